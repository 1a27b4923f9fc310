/**
 * Counts failed attempts per key in fixed windows, in this process's memory. Enough to make
 * guessing slow for one server process; several processes each keep their own count.
 */
export class MissLimiter {
  private readonly misses = new Map<string, { count: number; resetAt: number }>()

  constructor(
    private readonly maxMisses: number,
    readonly windowMs: number,
    /** Beyond this many keys, expired ones are dropped so the map cannot grow without end. */
    private readonly maxKeys = 10_000
  ) {}

  /** Whether the key has used up its misses for the current window. */
  isBlocked(key: string, now = Date.now()): boolean {
    const entry = this.misses.get(key)
    return entry !== undefined && entry.resetAt > now && entry.count >= this.maxMisses
  }

  recordMiss(key: string, now = Date.now()): void {
    const entry = this.misses.get(key)
    if (entry && entry.resetAt > now) {
      entry.count += 1
      return
    }
    if (this.misses.size >= this.maxKeys) this.dropExpired(now)
    this.misses.set(key, { count: 1, resetAt: now + this.windowMs })
  }

  private dropExpired(now: number): void {
    for (const [key, entry] of this.misses) if (entry.resetAt <= now) this.misses.delete(key)
  }
}
