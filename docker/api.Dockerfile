# syntax=docker/dockerfile:1
#
# Miteinander API (NestJS on Fastify). Build from the repository root:
#   docker build -f docker/api.Dockerfile -t miteinander-api .
# The same image also runs the migration CLI (see the `migrate` service in docker/compose.yml):
#   node dist/apps/api/apps/api/src/migrate.js up
# Ignore rules: docker/api.Dockerfile.dockerignore (BuildKit picks it up next to this file).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- deps: the full install (nx, tsc and tsc-alias are dev dependencies) -------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    SCARF_ANALYTICS=false \
    CI=true
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund

# ---- build: compile the api (plus the libs it imports) into dist/apps/api ------------------
FROM deps AS build
COPY . .
RUN npx nx run api:build \
 && rm -f dist/apps/api/.tsbuildinfo

# ---- prod-deps: runtime dependencies only ----------------------------------------------------
# argon2 and msgpackr-extract load prebuilt binaries (glibc, matching the runtime base image),
# so no compiler toolchain is needed here.
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
ENV SCARF_ANALYTICS=false
# The web app's runtime packages (~75 MB) share package.json with the server but are bundled into
# the web build; nothing under dist/apps/api or dist/apps/worker requires them.
ARG BROWSER_ONLY_PACKAGES="@angular @fontsource @ngx-translate chart.js jsqr material-icons"
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --no-audit --no-fund \
 && rm -rf $(printf 'node_modules/%s ' $BROWSER_ONLY_PACKAGES)

# ---- runtime ---------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    GRANT_FILES_DIR=/var/lib/miteinander/grant-files
WORKDIR /app
# Owned by root and only readable by the `node` user: the process cannot rewrite its own code.
# With DATABASE_URL set nothing is written to DATA_DIR, so no writable directory is needed.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY package.json ./
COPY --from=build /app/dist/apps/api ./dist/apps/api
# Micro-project attachments (GRANT_FILES_DIR): a volume shared by api and worker (the retention job
# deletes files); created here so a fresh Docker volume inherits the owner.
RUN mkdir -p /var/lib/miteinander/grant-files && chown 1000:1000 /var/lib/miteinander/grant-files
# uid 1000 is `node`; numeric so Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
EXPOSE 3000
# /api/health/ready answers 200 when database and queue are up, 503 otherwise (mail is the worker's; /api/health shows it).
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/api/apps/api/src/main.js"]
