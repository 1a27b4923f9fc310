import { bandFor, toMedusaAmount, WEIGHT_BANDS } from "../bands"
import { parcelWeightGrams } from "../parcel-weight"
import { WeightBandFulfillmentService } from "../service"

const context = (currency: string, items: Array<{ weight: number | null; quantity: number }>) =>
  ({
    currency_code: currency,
    items: items.map((i) => ({ quantity: i.quantity, variant: { weight: i.weight } })),
  }) as never

describe("international courier by weight band", () => {
  it("weighs a parcel as its pieces times their quantities, plus packing", () => {
    expect(parcelWeightGrams([{ quantity: 2, variant: { weight: 450 } }, { quantity: 1, variant: { weight: null } }])).toBe(1100)
    expect(parcelWeightGrams([])).toBe(0)
  })

  it("puts a parcel in the first band that holds it, and none above 30 kg", () => {
    expect(bandFor(1000)).toBe(WEIGHT_BANDS[0])
    expect(bandFor(1001)).toBe(WEIGHT_BANDS[1])
    expect(bandFor(10000)).toBe(WEIGHT_BANDS[2])
    expect(bandFor(30001)).toBeNull()
  })

  it("converts minor units to Medusa's whole units exactly", () => {
    expect(toMedusaAmount("usd", 3850)).toBe(38.5)
    expect(toMedusaAmount("jpy", 4800)).toBe(4800)
  })

  it("charges more as the parcel gets heavier, in the cart's currency", async () => {
    const service = new WeightBandFulfillmentService()
    const price = async (currency: string, weight: number) =>
      (await service.calculatePrice({}, {}, context(currency, [{ weight, quantity: 1 }]))).calculated_amount
    expect([await price("usd", 60), await price("usd", 1400), await price("usd", 6500)]).toEqual([38, 62, 120])
    expect(await price("eur", 1400)).toBe(57)
  })

  it("refuses a parcel too heavy for the courier, and an unknown currency, with a readable message", async () => {
    const service = new WeightBandFulfillmentService()
    await expect(service.calculatePrice({}, {}, context("usd", [{ weight: 8000, quantity: 4 }]))).rejects.toThrow(/contact the shop/)
    await expect(service.calculatePrice({}, {}, context("gbp", [{ weight: 100, quantity: 1 }]))).rejects.toThrow(/gbp/)
  })
})
