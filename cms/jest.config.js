// Jest for the CMS (Payload is ESM only). Run from the repo root:
//   NODE_OPTIONS=--experimental-vm-modules npx jest -c cms/jest.config.js
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** @type {import('jest').Config} */
export default {
  displayName: 'cms',
  rootDir: repoRoot,
  roots: ['<rootDir>/cms'],
  testMatch: ['<rootDir>/cms/**/*.test.ts'],
  testEnvironment: 'node',
  // Names a throwaway SQLite file per test file before anything reads the CMS env.
  setupFiles: ['<rootDir>/cms/tests/setup-env.ts'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true } },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
  },
  // Each integration file boots Payload on its own SQLite file; booting and migrating takes seconds.
  testTimeout: 120_000,
}
