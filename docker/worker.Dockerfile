# syntax=docker/dockerfile:1
#
# Miteinander worker (NestJS application context, no HTTP): consumes the BullMQ queues and
# relays the mail outbox. Needs REDIS_URL. Build from the repository root:
#   docker build -f docker/worker.Dockerfile -t miteinander-worker .
# Ignore rules: docker/worker.Dockerfile.dockerignore (BuildKit picks it up next to this file).

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

# ---- build: compile the worker (plus the libs it imports) into dist/apps/worker ------------
FROM deps AS build
COPY . .
RUN npx nx run worker:build \
 && rm -f dist/apps/worker/.tsbuildinfo

# ---- prod-deps: runtime dependencies only ----------------------------------------------------
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
    GRANT_FILES_DIR=/var/lib/miteinander/grant-files
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY package.json ./
COPY --from=build /app/dist/apps/worker ./dist/apps/worker
# Micro-project attachments (GRANT_FILES_DIR): a volume shared by api and worker (the retention job
# deletes files); created here so a fresh Docker volume inherits the owner.
RUN mkdir -p /var/lib/miteinander/grant-files && chown 1000:1000 /var/lib/miteinander/grant-files
# uid 1000 is `node`; numeric so Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
# No HTTP port: the worker writes a heartbeat file every 10 s with the state of PostgreSQL and Redis
# (apps/worker/src/health/worker-heartbeat.ts); healthcheck.js fails when it is older than 30 s or,
# with `ready`, when either is unreachable. Kubernetes' liveness probe uses `live` (beats only).
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "dist/apps/worker/apps/worker/src/healthcheck.js", "ready"]
CMD ["node", "dist/apps/worker/apps/worker/src/main.js"]
