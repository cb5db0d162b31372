# syntax=docker/dockerfile:1
#
# Miteinander web app (Angular SPA) served by nginx (non-root, port 8080) with the precompressed
# .br/.gz files (brotli_static, gzip_static); nginx also proxies /api/ to the api service. Build from the repository root:
#   docker build -f docker/web.Dockerfile -t miteinander-web .
# Ignore rules: docker/web.Dockerfile.dockerignore (BuildKit picks it up next to this file).

ARG NODE_IMAGE=node:20-bookworm-slim
ARG ALPINE_IMAGE=alpine:3.20

# ---- deps: the full install (the Angular build tooling is in devDependencies) ----------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NG_CLI_ANALYTICS=false \
    SCARF_ANALYTICS=false \
    CI=true
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund

# ---- build: static files in dist/apps/web/browser, plus .br/.gz siblings -------------------
FROM deps AS build
COPY . .
RUN npx nx run web:build \
 && node tools/compress-web.mjs

# ---- runtime: Alpine's nginx with its brotli module (stock nginx images have none) ------------
# A few MB plus the app (no Node). Runs as uid/gid 101 and writes only to /tmp, so the root filesystem
# can be read-only (docker/k8s mounts an emptyDir on /tmp).
FROM ${ALPINE_IMAGE} AS runtime
RUN apk add --no-cache nginx nginx-mod-http-brotli \
 && rm -rf /etc/nginx/http.d /usr/share/nginx/html
COPY docker/nginx/nginx.conf /etc/nginx/nginx.conf
COPY docker/nginx/default.conf /etc/nginx/conf.d/default.conf
COPY docker/nginx/security-headers.conf /etc/nginx/snippets/security-headers.conf
COPY --from=build /app/dist/apps/web/browser /usr/share/nginx/miteinander
USER 101:101
# Fails the build on a configuration error or a module that did not load (brotli_static unknown).
RUN nginx -t -q -e stderr
EXPOSE 8080
STOPSIGNAL SIGQUIT
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1:8080/index.html || exit 1
# -e stderr: the compiled-in error log path is not writable for uid 101.
CMD ["nginx", "-e", "stderr", "-g", "daemon off;"]
