# syntax=docker/dockerfile:1
#
# Miteinander web app (Angular SPA) served by unprivileged nginx on port 8080, which also
# proxies /api/ to the api service. Build from the repository root:
#   docker build -f docker/web.Dockerfile -t miteinander-web .
# Ignore rules: docker/web.Dockerfile.dockerignore (BuildKit picks it up next to this file).

ARG NODE_IMAGE=node:20-bookworm-slim
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.27-alpine

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

# ---- runtime: nginx as uid 101, listening on 8080 ----------------------------------------------
# Stock nginx has no brotli module: the .br files are shipped but never served; gzip_static
# serves the precompressed .gz files (see docker/nginx/default.conf).
FROM ${NGINX_IMAGE} AS runtime
COPY docker/nginx/default.conf /etc/nginx/conf.d/default.conf
COPY docker/nginx/security-headers.conf /etc/nginx/snippets/security-headers.conf
COPY --from=build /app/dist/apps/web/browser /usr/share/nginx/miteinander
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1:8080/index.html || exit 1
# USER (101, nginx) and CMD come from the base image.
