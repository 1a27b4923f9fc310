import { execFileSync } from "node:child_process"
import { randomBytes } from "node:crypto"

/**
 * Turns Stripe on for the spec that imports this module FIRST: the server's env (store/env.ts)
 * is parsed once, when medusa-config is loaded, so the variables must be set before that. The
 * stand-in (helpers/stripe-stand-in.ts) is started later on the port chosen here.
 */
function freePort(): number {
  const out = execFileSync(process.execPath, [
    "-e",
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
  ])
  return Number(out.toString())
}

export const stripeTestEnv = {
  apiKey: `sk_test_${randomBytes(12).toString("hex")}`,
  webhookSecret: `whsec_${randomBytes(16).toString("hex")}`,
  port: freePort(),
}

process.env.STRIPE_API_KEY = stripeTestEnv.apiKey
process.env.STRIPE_WEBHOOK_SECRET = stripeTestEnv.webhookSecret
process.env.STRIPE_API_BASE_URL = `http://127.0.0.1:${stripeTestEnv.port}`
