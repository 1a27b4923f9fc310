/**
 * Runs tasks with the same key one after another in this server process. A shopper's cart page and
 * the header's cart summary load together; when the cart is in another market's region, one of them
 * moves it, and Medusa sets the new currency before it reprices the lines: a read in between shows
 * the old amount in the new currency (€260 for a $260 / €240 piece). Queued, the other request reads
 * the cart after the move, repriced, and has nothing left to do.
 */
// Kept on globalThis: Next bundles each route separately, so a module-level Map would be one per
// route (the cart page and the summary route would not see each other's moves).
const QUEUES = Symbol.for('ginza.one-at-a-time')
const shared = globalThis as typeof globalThis & { [QUEUES]?: Map<string, Promise<unknown>> }
const queues = (shared[QUEUES] ??= new Map<string, Promise<unknown>>())

export async function oneAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve()
  const run = previous.catch(() => undefined).then(task)
  queues.set(key, run)
  try {
    return await run
  } finally {
    if (queues.get(key) === run) queues.delete(key)
  }
}
