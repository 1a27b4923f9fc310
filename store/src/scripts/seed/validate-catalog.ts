import { CRAFT_ARTISANS, parseCraftAttributes, type CraftAttributes } from "../../lib/craft-attributes"
import { isVaried, type ProductSeed, type VariantSeed } from "./data/products"

/** The variants of a product seed; a single-version product becomes one variant with the product's SKU. */
export function variantsOf(seed: ProductSeed): Array<VariantSeed & { sku: string }> {
  const base = seed.handle.toUpperCase()
  if (isVaried(seed)) return seed.variants.map((v) => ({ ...v, sku: `${base}-${v.skuSuffix}` }))
  return [
    {
      skuSuffix: "",
      sku: base,
      value: seed.details.one_of_a_kind ? { en: "One of a kind", ja: "一点もの" } : { en: "Standard", ja: "標準" },
      prices: seed.prices,
      stock: seed.stock,
      weight: seed.weight,
      size: seed.size,
    },
  ]
}

/** The craft attributes of a seed as they go into `product.metadata`, validated by the shared zod schema. */
export function craftAttributesOf(seed: ProductSeed): CraftAttributes {
  return parseCraftAttributes({ craft: seed.craft, artisan_handle: seed.artisan, ...seed.details })
}

/**
 * Refuses a catalog that breaks the shop's rules before anything is written: craft attributes per
 * the schema, the craft's own artisan, unique handles and SKUs, one-of-a-kind pieces stocked once,
 * made-to-order pieces without stock (they are made after the order), whole-number prices.
 */
export function validateCatalog(seeds: ProductSeed[]): void {
  const problems: string[] = []
  const handles = new Set<string>()
  const skus = new Set<string>()
  for (const seed of seeds) {
    const where = `product ${seed.handle}`
    if (handles.has(seed.handle)) problems.push(`${where}: duplicate handle`)
    handles.add(seed.handle)
    try {
      craftAttributesOf(seed)
    } catch (error) {
      problems.push(`${where}: ${error instanceof Error ? error.message : String(error)}`)
    }
    if (CRAFT_ARTISANS[seed.craft] !== seed.artisan) problems.push(`${where}: ${seed.artisan} is not the ${seed.craft} artisan`)
    if (!seed.categories.length) problems.push(`${where}: needs at least one category`)
    const variants = variantsOf(seed)
    for (const variant of variants) {
      if (skus.has(variant.sku)) problems.push(`${where}: duplicate SKU ${variant.sku}`)
      skus.add(variant.sku)
      for (const [currency, amount] of Object.entries(variant.prices)) {
        if (!Number.isInteger(amount) || amount <= 0) problems.push(`${where}: ${currency} price must be a positive whole number`)
      }
      if (variant.weight <= 0) problems.push(`${where}: weight must be positive`)
    }
    if (seed.details.one_of_a_kind && (variants.length !== 1 || variants[0]!.stock !== 1)) {
      problems.push(`${where}: a one-of-a-kind piece is a single variant with stock 1`)
    }
    if (seed.details.made_to_order && variants.some((v) => v.stock !== 0)) {
      problems.push(`${where}: a made-to-order piece holds no stock`)
    }
  }
  if (problems.length) throw new Error(`The seed catalog is invalid:\n- ${problems.join("\n- ")}`)
}
