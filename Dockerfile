# syntax=docker/dockerfile:1
# Build stage: install with dev tools, train the intent model into the image.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json ./
COPY src ./src
COPY intents ./intents
COPY knowledge ./knowledge
COPY locales ./locales
RUN npm run typecheck && npm run build && npm run train

# Runtime stage: production dependencies only, non-root user, health check.
FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/src/channels/webchat/public ./src/channels/webchat/public
COPY --from=build /app/intents ./intents
COPY --from=build /app/knowledge ./knowledge
COPY --from=build /app/locales ./locales
COPY --from=build /app/models ./models
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "--max-old-space-size=192", "dist/main.js"]
