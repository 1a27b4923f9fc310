import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { WeightBandFulfillmentService } from "./service"

/** Fulfillment provider `weight-band_courier`: the international courier priced by weight band. */
export default ModuleProvider(Modules.FULFILLMENT, {
  services: [WeightBandFulfillmentService],
})
