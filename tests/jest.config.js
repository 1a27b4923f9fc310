// Cross-part tests: one real stack (embedded PostgreSQL, Medusa, the storefront with Payload) is
// started once for all of them by global-setup.ts. Run from the repo root:
//   NODE_OPTIONS=--experimental-vm-modules npx jest -c tests/jest.config.js --runInBand
import path from "node:path"
import { fileURLToPath } from "node:url"

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")

/** @type {import('jest').Config} */
export default {
  displayName: "system",
  rootDir: repoRoot,
  roots: ["<rootDir>/tests"],
  testMatch: ["<rootDir>/tests/**/*.test.ts"],
  testEnvironment: "node",
  extensionsToTreatAsEsm: [".ts"],
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      { jsc: { target: "es2022", parser: { syntax: "typescript" } }, module: { type: "es6" } },
    ],
  },
  globalSetup: "<rootDir>/tests/support/global-setup.ts",
  globalTeardown: "<rootDir>/tests/support/global-teardown.ts",
  testTimeout: 120_000,
}
