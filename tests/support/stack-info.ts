import { readFileSync } from "node:fs"
import { join } from "node:path"
import { z } from "zod"
import { repoRoot } from "../../scripts/stack/paths.ts"

/** What global-setup started, shared with the test files through a small JSON file. */
export const stackInfoFile = join(repoRoot, ".cache", "test-stack.json")

const schema = z.object({
  shopUrl: z.string().url(),
  medusaUrl: z.string().url(),
  publishableKey: z.string(),
  payloadAdminEmail: z.string(),
  payloadAdminPassword: z.string(),
  logDir: z.string(),
})
export type StackInfo = z.infer<typeof schema>

export function stackInfo(): StackInfo {
  return schema.parse(JSON.parse(readFileSync(stackInfoFile, "utf8")))
}
