import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/**
 * Reads rows through Medusa's Query and validates them with `schema`, so the seed does not
 * depend on the generated `.medusa/types` (which change with links and builds).
 */
export async function queryRows<T extends z.ZodTypeAny>(
  container: MedusaContainer,
  schema: T,
  request: { entity: string; fields: string[]; filters?: Record<string, unknown> }
): Promise<z.infer<T>[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: request.entity,
    fields: request.fields,
    filters: request.filters ?? {},
  } as Parameters<typeof query.graph>[0])
  return z.array(schema).parse(data)
}

const idRow = z.object({ id: z.string() }).passthrough()

/** Ids of the records of `entity` whose `field` is one of `values`, keyed by that field. */
export async function idsBy(
  container: MedusaContainer,
  entity: string,
  field: string,
  values: string[]
): Promise<Map<string, string>> {
  const rows = await queryRows(container, idRow, { entity, fields: ["id", field], filters: { [field]: values } })
  const found = new Map<string, string>()
  for (const row of rows) {
    const key = (row as Record<string, unknown>)[field]
    if (typeof key === "string") found.set(key, row.id)
  }
  return found
}

/** `[{ id }]` relation lists as Query returns them (entries may be null for dangling links). */
export const linkedIds = z
  .array(z.object({ id: z.string() }).nullable())
  .nullish()
  .transform((list) => (list ?? []).flatMap((entry) => (entry ? [entry.id] : [])))
