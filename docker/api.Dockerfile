# API image. Build from the repository root:
#   docker build -f docker/api.Dockerfile -t careers-hub-network/api .
# Every stage but the last is identical in worker.Dockerfile, so the two builds share the layer cache.

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
EXPOSE 3000
# No curl in the slim image: probe liveness with node's built-in fetch.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
STOPSIGNAL SIGTERM
# node is PID 1 (no npm wrapper), so SIGTERM reaches Nest's shutdown hooks.
CMD ["node", "dist/apps/api/src/main.js"]
