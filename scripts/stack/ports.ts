import { createServer } from "node:net"

/** A TCP port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() => {
        if (address && typeof address === "object") resolvePort(address.port)
        else reject(new Error("could not get a free port"))
      })
    })
  })
}

/** True when something already accepts connections on the port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolveUse) => {
    const server = createServer()
    server.once("error", () => resolveUse(true))
    server.listen(port, "0.0.0.0", () => server.close(() => resolveUse(false)))
  })
}
