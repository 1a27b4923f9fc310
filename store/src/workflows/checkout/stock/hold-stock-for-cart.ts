import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { acquireInOrder, type HeldLocks, LockWaitTimeoutError, releaseHeld } from "../../../lib/locking/item-locks"
import { cartStockNeeds, soldOutMessage, unmetNeeds } from "./cart-stock-needs"

/** Prefix of the per-inventory-item keys (Medusa's own reservation step locks the bare ids). */
const KEY_PREFIX = "checkout-stock:"
/** Held from the availability check until the reservation is written: seconds, not minutes. */
const LOCK_TTL_SECONDS = 120
/** A shopper waits at most this long behind other checkouts of the same piece. */
const LOCK_WAIT_SECONDS = 60

const ownerFor = (cartId: string) => `complete-cart:${cartId}`

async function alreadyOrdered(container: MedusaContainer, cartId: string): Promise<boolean> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  return data.length > 0
}

/**
 * Called by completeCartWorkflow before the order is created. Takes a lock per inventory item
 * the cart reserves, then re-reads stocked − reserved inside the lock: a checkout that would
 * oversell stops here, before any order or reservation exists, with a "sold out" error (400).
 * The lock stays held until the reservation is written (see releaseStockForCart), so the next
 * checkout of the same piece sees it. Returns the locks held (nothing for a cart already ordered).
 */
export async function holdStockForCart(container: MedusaContainer, cartId: string): Promise<HeldLocks> {
  const none: HeldLocks = { keys: [], ownerId: ownerFor(cartId) }
  // A repeated completion of a cart that already has its order just returns that order.
  if (await alreadyOrdered(container, cartId)) return none
  const { needs, locationIds } = await cartStockNeeds(container, cartId)
  if (!needs.length) return none

  const locking = container.resolve(Modules.LOCKING)
  let held: HeldLocks
  try {
    held = await acquireInOrder(
      locking,
      needs.map((n) => `${KEY_PREFIX}${n.inventoryItemId}`),
      ownerFor(cartId),
      { waitSeconds: LOCK_WAIT_SECONDS, ttlSeconds: LOCK_TTL_SECONDS }
    )
  } catch (error) {
    if (error instanceof LockWaitTimeoutError) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Many shoppers are checking out this piece right now; please try again in a moment. " +
          "ただいまご注文が集中しています。しばらくしてから再度お試しください。"
      )
    }
    throw error
  }

  try {
    const unmet = await unmetNeeds(container, needs, locationIds)
    if (unmet.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, soldOutMessage(unmet))
  } catch (error) {
    await releaseHeld(locking, held)
    throw error
  }
  return held
}

/** Gives the item locks back (after the reservation, or when the completion is rolled back). */
export async function releaseStockForCart(container: MedusaContainer, held: HeldLocks): Promise<void> {
  await releaseHeld(container.resolve(Modules.LOCKING), held)
}

/** The same keys, derived again from the cart (for the step that has only the cart id). */
export async function releaseStockForCartId(container: MedusaContainer, cartId: string): Promise<void> {
  const { needs } = await cartStockNeeds(container, cartId)
  await releaseStockForCart(container, {
    keys: needs.map((n) => `${KEY_PREFIX}${n.inventoryItemId}`),
    ownerId: ownerFor(cartId),
  })
}
