# Worker image (BullMQ job processor). Build from the repository root:
#   docker build -f docker/worker.Dockerfile -t careers-hub-network/worker .
# Every stage but the last is identical in api.Dockerfile, so the two builds share the layer cache.

FROM node:20-bookworm-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

# All dependencies, for the TypeScript build.
FROM base AS deps
RUN npm ci

# Production dependencies only, for the runtime image. argon2 loads a prebuilt glibc binary here,
# which is why the image is Debian-based rather than alpine.
FROM base AS prod-deps
RUN npm ci --omit=dev

FROM deps AS build
COPY tsconfig.json tsconfig.build.json schema.graphql ./
COPY apps ./apps
COPY libs ./libs
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
# package.json marks the project root: the app walks up to it to find libs/institutions/data.
COPY package.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY libs/institutions/data ./libs/institutions/data
USER node
# The worker serves no HTTP, so there is no HEALTHCHECK; Compose restarts it if it exits.
STOPSIGNAL SIGTERM
# node is PID 1 (no npm wrapper), so SIGTERM reaches Nest's shutdown hooks.
CMD ["node", "dist/apps/worker/src/main.js"]
