# One image for every part of the hub; its command picks the part:
#   docker run corridor-hub gateway | corridor | city <slug> | keys <add|list|revoke> …
# The compiled build (npm run build) on plain node, as the unprivileged `node` user; files the
# parts keep (read index, outboxes) go to /data. deploy/compose.yaml and deploy/kubernetes/ run it.

# Build: every dependency (TypeScript included) and the toolchain better-sqlite3 compiles with
# where no prebuilt binary can be fetched; then only what production needs is kept.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY adapters adapters
COPY gateway gateway
COPY members members
COPY ops ops
COPY sandbox sandbox
COPY schema schema
COPY subgraphs subgraphs
COPY web web
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY bin bin
RUN mkdir /data && chown node:node /data
VOLUME /data
USER node
# Each part listens on PORT: the gateway 4000, the corridor 4300, a city its member's subgraphPort (4201…).
EXPOSE 4000 4300
ENTRYPOINT ["node", "bin/hub.mjs"]
CMD ["gateway"]
