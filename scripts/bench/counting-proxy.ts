import { createServer, request as httpRequest, type Server } from "node:http"

/**
 * A pass-through HTTP proxy in front of Medusa that counts what reaches it: the storefront is
 * pointed at it, so every request the shop makes to the commerce API is seen here.
 */
export type CountingProxy = {
  url: string
  /** Requests seen since the last reset, by "METHOD /path" (query left out). */
  counts(): Map<string, number>
  total(): number
  reset(): void
  close(): Promise<void>
}

export async function startCountingProxy(port: number, targetPort: number): Promise<CountingProxy> {
  let seen = new Map<string, number>()
  const server: Server = createServer((incoming, outgoing) => {
    const key = `${incoming.method ?? "GET"} ${(incoming.url ?? "/").split("?")[0]}`
    seen.set(key, (seen.get(key) ?? 0) + 1)
    const upstream = httpRequest(
      {
        host: "127.0.0.1",
        port: targetPort,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: `localhost:${targetPort}` },
      },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers)
        response.pipe(outgoing)
      }
    )
    upstream.on("error", (error) => {
      outgoing.writeHead(502, { "content-type": "text/plain" })
      outgoing.end(`Medusa unreachable: ${error.message}`)
    })
    incoming.pipe(upstream)
  })
  await new Promise<void>((resolveListen) => server.listen(port, "127.0.0.1", resolveListen))
  return {
    url: `http://localhost:${port}`,
    counts: () => new Map(seen),
    total: () => [...seen.values()].reduce((sum, n) => sum + n, 0),
    reset: () => {
      seen = new Map()
    },
    close: () => new Promise<void>((resolveClose) => server.close(() => resolveClose())),
  }
}
