import type { Payload } from 'payload'

import { crafts, type CraftSeed } from './content/crafts'
import { richText } from './lexical'
import { inTransaction } from './transaction'

async function exists(payload: Payload, slug: string): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'crafts',
    where: { slug: { equals: slug } },
    overrideAccess: true,
  })
  return totalDocs > 0
}

async function createCraft(payload: Payload, craft: CraftSeed): Promise<void> {
  await inTransaction(payload, async (req) => {
    const doc = await payload.create({
      collection: 'crafts',
      locale: 'ja',
      data: {
        slug: craft.slug,
        name: craft.name.ja,
        summary: craft.summary.ja,
        history: richText(craft.history.ja),
        techniqueSteps: craft.steps.map((step) => ({
          title: step.title.ja,
          description: step.description.ja,
        })),
        care: craft.care.map((care) => ({
          careKey: care.careKey,
          material: care.material.ja,
          instructions: care.instructions.ja,
        })),
      },
      overrideAccess: true,
      req,
    })
    // Arrays are shared by both languages; their localized fields are matched by row id.
    await payload.update({
      collection: 'crafts',
      id: doc.id,
      locale: 'en',
      data: {
        name: craft.name.en,
        summary: craft.summary.en,
        history: richText(craft.history.en),
        techniqueSteps: craft.steps.map((step, i) => ({
          id: doc.techniqueSteps?.[i]?.id,
          title: step.title.en,
          description: step.description.en,
        })),
        care: craft.care.map((care, i) => ({
          id: doc.care?.[i]?.id,
          careKey: care.careKey,
          material: care.material.en,
          instructions: care.instructions.en,
        })),
      },
      overrideAccess: true,
      req,
    })
  })
}

/** Creates the craft guides that do not exist yet (matched by slug). Returns the slugs created. */
export async function seedCrafts(payload: Payload): Promise<string[]> {
  const created: string[] = []
  for (const craft of crafts) {
    if (await exists(payload, craft.slug)) continue
    await createCraft(payload, craft)
    created.push(craft.slug)
  }
  return created
}
