import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceDTO,
  CreateFulfillmentResult,
  FulfillmentOption,
} from "@medusajs/framework/types"
import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"
import { bandFor, isBandCurrency, toMedusaAmount } from "./bands"
import { parcelWeightGrams } from "./parcel-weight"

/**
 * International courier priced by the parcel's weight band. Medusa's flat prices cannot depend on
 * a cart's total weight (price rules see `item_total`, not weights), so this provider calculates it.
 */
export class WeightBandFulfillmentService extends AbstractFulfillmentProviderService {
  static override identifier = "weight-band"

  override async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [{ id: "international-courier" }, { id: "international-courier-return", is_return: true }]
  }

  override async validateFulfillmentData(
    _optionData: Record<string, unknown>,
    data: Record<string, unknown>
  ): Promise<Record<string, unknown>> {
    return data
  }

  override async validateOption(): Promise<boolean> {
    return true
  }

  override async canCalculate(): Promise<boolean> {
    return true
  }

  override async calculatePrice(
    _optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceDTO["context"]
  ): Promise<CalculatedShippingOptionPrice> {
    const currency = String(context.currency_code ?? "").toLowerCase()
    if (!isBandCurrency(currency)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The international courier does not price in ${currency || "an unknown currency"}`)
    }
    const grams = parcelWeightGrams(context.items)
    const band = bandFor(grams)
    if (!band) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This parcel weighs about ${Math.ceil(grams / 1000)} kg, more than the courier carries; please contact the shop to arrange freight`
      )
    }
    return {
      calculated_amount: toMedusaAmount(currency, band.minor[currency]),
      // US and rest-of-world prices exclude tax (duties are paid on delivery); JPY and EUR shelf prices include it.
      is_calculated_price_tax_inclusive: currency !== "usd",
    }
  }

  override async createFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }

  override async cancelFulfillment(): Promise<Record<string, unknown>> {
    return {}
  }

  override async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }
}
