// Medusa's integration runner creates its own database from DB_HOST/DB_PORT/...; our env schema
// still wants a DATABASE_URL, so point it at the same server.
const { DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD } = process.env
if (!process.env.DATABASE_URL && DB_HOST) {
  process.env.DATABASE_URL = `postgres://${DB_USERNAME}:${DB_PASSWORD}@${DB_HOST}:${DB_PORT}/postgres`
}
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
process.env.MEDUSA_ADMIN_DISABLED = "true"
