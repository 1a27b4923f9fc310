import type { MedusaContainer } from "@medusajs/framework/types"
import { createCollectionsWorkflow, createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import { categories, type CategoryHandle } from "./data/categories"
import { crafts } from "./data/crafts"
import type { CraftSlug } from "../../lib/craft-attributes"
import { idsBy } from "./query"

/** One collection per craft, handle = craft slug. Returns ids by handle. */
export async function ensureCollections(container: MedusaContainer): Promise<Map<string, string>> {
  const slugs = Object.keys(crafts) as CraftSlug[]
  const existing = await idsBy(container, "product_collection", "handle", slugs)
  const missing = slugs.filter((slug) => !existing.has(slug))
  if (missing.length) {
    const { result } = await createCollectionsWorkflow(container).run({
      input: {
        collections: missing.map((slug) => ({
          handle: slug,
          title: crafts[slug].en,
          metadata: { title_ja: crafts[slug].ja },
        })),
      },
    })
    for (const collection of result) existing.set(collection.handle, collection.id)
  }
  return existing
}

/** Categories by use (tableware, tea-ceremony, ...). Returns ids by handle. */
export async function ensureCategories(container: MedusaContainer): Promise<Map<string, string>> {
  const handles = Object.keys(categories) as CategoryHandle[]
  const existing = await idsBy(container, "product_category", "handle", handles)
  const missing = handles.filter((handle) => !existing.has(handle))
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((handle) => ({
          handle,
          name: categories[handle].en,
          description: categories[handle].description.en,
          is_active: true,
          is_internal: false,
          metadata: { name_ja: categories[handle].ja },
        })),
      },
    })
    for (const category of result) existing.set(category.handle, category.id)
  }
  return existing
}
