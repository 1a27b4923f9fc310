/**
 * Runs tasks with the same key one after another in this process. A shopper's cart page and the
 * header's cart summary load together; when both find the cart in another market's region, two
 * concurrent region moves in Medusa can leave a line priced in the old amount with the new currency.
 * Queued, the second one reads the cart after the first move and has nothing left to do.
 */
const queues = new Map<string, Promise<unknown>>()

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
