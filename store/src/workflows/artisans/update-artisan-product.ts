import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  batchTranslationsWorkflow,
  createInventoryLevelsWorkflow,
  updateInventoryLevelsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"

/**
 * Everything an artisan may change on one product, already validated and resolved to Medusa's
 * shapes by the route. Each part runs Medusa's own workflow as a step, so a failure in a later part
 * rolls back the earlier ones (their compensations): nothing is saved half-way.
 */
export type UpdateArtisanProductInput = {
  product_id: string
  product?: {
    title?: string
    description?: string
    status?: "published" | "draft"
    images?: Array<{ url: string }>
    thumbnail?: string | null
    metadata?: Record<string, unknown>
  }
  translation?: {
    create: Array<{ reference: string; reference_id: string; locale_code: string; translations: Record<string, string> }>
    update: Array<{ id: string; translations: Record<string, string> }>
  }
  prices?: { variant_id: string; prices: Array<{ currency_code: string; amount: string }> }
  stock?: { inventory_item_id: string; location_id: string; stocked_quantity: number; level_exists: boolean }
}

export const updateArtisanProductWorkflow = createWorkflow(
  "update-artisan-product",
  (input: WorkflowData<UpdateArtisanProductInput>) => {
    when("artisan-product-fields", input, (data) => Boolean(data.product)).then(() => {
      const update = transform({ input }, ({ input }) => ({
        selector: { id: input.product_id },
        update: input.product!,
      }))
      updateProductsWorkflow.runAsStep({ input: update })
    })

    when("artisan-product-translation", input, (data) => Boolean(data.translation)).then(() => {
      const batch = transform({ input }, ({ input }) => ({
        create: input.translation!.create,
        update: input.translation!.update,
        delete: [] as string[],
      }))
      batchTranslationsWorkflow.runAsStep({ input: batch })
    })

    when("artisan-product-prices", input, (data) => Boolean(data.prices)).then(() => {
      const variants = transform({ input }, ({ input }) => ({
        product_variants: [{ id: input.prices!.variant_id, prices: input.prices!.prices }],
      }))
      updateProductVariantsWorkflow.runAsStep({ input: variants })
    })

    when("artisan-product-stock-update", input, (data) => Boolean(data.stock?.level_exists)).then(() => {
      const updates = transform({ input }, ({ input }) => ({
        updates: [
          {
            inventory_item_id: input.stock!.inventory_item_id,
            location_id: input.stock!.location_id,
            stocked_quantity: input.stock!.stocked_quantity,
          },
        ],
      }))
      updateInventoryLevelsWorkflow.runAsStep({ input: updates })
    })

    when("artisan-product-stock-create", input, (data) => Boolean(data.stock && !data.stock.level_exists)).then(() => {
      const levels = transform({ input }, ({ input }) => ({
        inventory_levels: [
          {
            inventory_item_id: input.stock!.inventory_item_id,
            location_id: input.stock!.location_id,
            stocked_quantity: input.stock!.stocked_quantity,
          },
        ],
      }))
      createInventoryLevelsWorkflow.runAsStep({ input: levels })
    })

    return new WorkflowResponse(input.product_id)
  }
)
