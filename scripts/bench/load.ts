import autocannon from "autocannon"

export type LoadResult = {
  url: string
  connections: number
  seconds: number
  requestsPerSecond: number
  latencyP50: number
  latencyP99: number
  non2xx: number
  errors: number
}

/** autocannon against one URL from this machine. */
export async function load(url: string, connections: number, seconds: number): Promise<LoadResult> {
  const result = await autocannon({ url, connections, duration: seconds })
  return {
    url,
    connections,
    seconds,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  }
}
