// Unit tests of the storefront (markets, money, reshaping, revalidation). Run from the repo root:
//   NODE_OPTIONS=--experimental-vm-modules npx jest -c storefront/jest.config.js
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const storefrontDir = path.dirname(fileURLToPath(import.meta.url))

/** @type {import('jest').Config} */
export default {
  displayName: 'storefront',
  rootDir: storefrontDir,
  testMatch: ['<rootDir>/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/.next/'],
  modulePathIgnorePatterns: ['<rootDir>/.next/'],
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    '^@cms/(.*)$': '<rootDir>/../cms/$1',
    '^@payload-config$': '<rootDir>/../payload.config.ts',
  },
}
