# Production images of Ginza no Kanazawa: one build context, one target per server.
#   docker compose build   (see docker-compose.yml)
FROM node:20.20-bookworm-slim AS deps
WORKDIR /app
ENV MEDUSA_DISABLE_TELEMETRY=true NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json .npmrc ./
COPY store/package.json store/package.json
COPY storefront/package.json storefront/package.json
RUN npm ci --no-audit --no-fund

FROM deps AS source
COPY . .

# Commerce server (Medusa): compiled to store/.medusa/server with the admin dashboard at /app.
FROM source AS store
ARG MEDUSA_BACKEND_URL=http://localhost:9000
ENV NODE_ENV=production MEDUSA_BACKEND_URL=${MEDUSA_BACKEND_URL}
RUN cd store && npx medusa build
WORKDIR /app/store/.medusa/server
EXPOSE 9000
# The server container runs migrations, then serves; the worker container overrides the command.
CMD ["sh", "-c", "npx medusa db:migrate && npx medusa start --port 9000"]

# Storefront (Next.js) with Payload inside.
FROM source AS storefront
ENV NODE_ENV=production
RUN cd storefront && npx next build
EXPOSE 3000
# Payload's migrations (SQL adapters), the first admin and the seed are idempotent.
CMD ["sh", "-c", "node --import tsx scripts/seed-cms.ts && cd storefront && npx next start --port 3000"]
