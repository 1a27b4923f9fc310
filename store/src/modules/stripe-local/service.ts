import { StripeProviderService } from "@medusajs/payment-stripe/dist/services"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"
import Stripe from "stripe"

export type LocalStripeOptions = StripeOptions & {
  /** Base URL of a Stripe-API stand-in, e.g. http://127.0.0.1:12111 (tests and offline development). */
  apiBaseUrl: string
}

/**
 * Medusa's Stripe provider (pp_stripe_stripe, webhooks at /hooks/payment/stripe_stripe) with one
 * change: its Stripe SDK client talks to `apiBaseUrl` instead of api.stripe.com. Medusa's provider
 * builds `new Stripe(apiKey)` with no way to pass host or port, so this subclass replaces the
 * client after construction. medusa-config uses it only when STRIPE_API_BASE_URL is set; in
 * production Medusa's own provider runs unchanged.
 */
export class LocalStripeProviderService extends StripeProviderService {
  static override identifier = "stripe"

  constructor(cradle: Record<string, unknown>, options: LocalStripeOptions) {
    super(cradle, options)
    const url = new URL(options.apiBaseUrl)
    const protocol = url.protocol === "http:" ? "http" : "https"
    this.stripe_ = new Stripe(options.apiKey, {
      host: url.hostname,
      port: url.port ? Number(url.port) : protocol === "http" ? 80 : 443,
      protocol,
      // The stand-in answers at once; retries would only hide a wrong answer.
      maxNetworkRetries: 0,
    })
  }
}
