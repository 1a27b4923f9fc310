import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { randomBytes } from "node:crypto"
import type { StoreClient } from "./checkout-cart"

/** Creates a staff user (email + password, as the admin dashboard logs in) and returns headers with its token. */
export async function adminHeaders(
  api: StoreClient,
  container: MedusaContainer,
  email = `staff-${randomBytes(4).toString("hex")}@ginza-kanazawa.jp`
): Promise<{ headers: { authorization: string } }> {
  const password = randomBytes(16).toString("hex")
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (!authIdentity) throw new Error(`could not register ${email}: ${error}`)
  await createUserAccountWorkflow(container).run({ input: { authIdentityId: authIdentity.id, userData: { email } } })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}
