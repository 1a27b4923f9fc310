import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"

export type ShipArtisanItemsInput = {
  order_id: string
  location_id: string
  artisan_id: string
  items: Array<{ id: string; quantity: number }>
  carrier: string
  tracking_number: string
}

/**
 * An artisan ships their items of an order: Medusa's fulfillment (stock leaves the workshop) then
 * its shipment with the tracking label; the carrier is kept on the fulfillment's metadata.
 * If the shipment fails the fulfillment is rolled back.
 */
export const shipArtisanItemsWorkflow = createWorkflow(
  "ship-artisan-items",
  (input: WorkflowData<ShipArtisanItemsInput>) => {
    const fulfillmentInput = transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      location_id: input.location_id,
      items: input.items,
      metadata: { carrier: input.carrier, artisan_id: input.artisan_id },
    }))
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({ input: fulfillmentInput })
    const shipmentInput = transform({ input, fulfillment }, ({ input, fulfillment }) => ({
      order_id: input.order_id,
      fulfillment_id: fulfillment.id,
      items: input.items,
      labels: [{ tracking_number: input.tracking_number, tracking_url: "", label_url: "" }],
    }))
    createOrderShipmentWorkflow.runAsStep({ input: shipmentInput })
    return new WorkflowResponse(fulfillment)
  }
)
