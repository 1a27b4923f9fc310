export default async function globalTeardown() {
  await globalThis.__GINZA_STACK__?.stop()
  globalThis.__GINZA_STACK__ = undefined
}
