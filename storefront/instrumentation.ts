/**
 * Runs once when the server starts: parse the environment now, so a production server with a
 * missing or default secret refuses to start instead of failing on its first visitor.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  try {
    await import('./lib/env')
    await import('../cms/env')
  } catch (err) {
    console.error(
      `Storefront refused to start: ${err instanceof Error ? err.message : String(err)}`,
    )
    process.exit(1)
  }
}
