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
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --no-audit --no-fund

# ---- runtime ---------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY package.json ./
COPY --from=build /app/dist/apps/worker ./dist/apps/worker
USER node
# No HEALTHCHECK on purpose. The worker has no HTTP port, and a `node -e` probe could only
# tell whether a process exists, which Docker already knows: the container stops when the
# worker exits. Fatal errors (bad config, unrecoverable boot failures) make main() exit with
# code 1, and the restart policy in docker/compose.yml (`unless-stopped`) brings it back;
# lost Redis/PostgreSQL connections are retried inside the process by ioredis and the pool.
HEALTHCHECK NONE
CMD ["node", "dist/apps/worker/apps/worker/src/main.js"]
