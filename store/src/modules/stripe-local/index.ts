import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { LocalStripeProviderService } from "./service"

/** Payment provider module: Medusa's Stripe card provider pointed at a local Stripe-API stand-in. */
export default ModuleProvider(Modules.PAYMENT, { services: [LocalStripeProviderService] })
