'use server'

import { redirect } from 'next/navigation'

import { acceptInvite, requestPasswordReset, resetPassword, signIn } from '@/lib/portal/auth'
import { checkNewPassword, isPlausibleToken, normaliseEmail } from '@/lib/portal/credentials'
import type { FormState } from '@/lib/portal/form-state'
import { formMarket, formString } from '@/lib/portal/market'
import { retrieveMe } from '@/lib/portal/me'
import { portalPath } from '@/lib/portal/paths'
import { clearSessionToken, writeSessionToken } from '@/lib/portal/session'

/** Sign in, invitation, sign out and password reset of the artisan portal. */

export async function signInAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { market, dictionary } = formMarket(form)
  const rawEmail = formString(form, 'email')
  const password = formString(form, 'password')
  const values = { email: rawEmail }
  const email = normaliseEmail(rawEmail)
  if (!email) return { status: 'error', errors: { email: dictionary.email.invalid }, values }
  if (password.length === 0) {
    return { status: 'error', errors: { password: dictionary.errors.required }, values }
  }
  const result = await signIn(email, password)
  if (!result.ok) {
    const message =
      result.status === 400 || result.status === 401 ? dictionary.signIn.failed : dictionary.errors.unexpected
    return { status: 'error', message, errors: {}, values }
  }
  // Medusa signs in any auth identity with these credentials (a shopper's too): only a token that
  // resolves to an artisan account opens the portal.
  const me = await retrieveMe(result.data.token)
  if (!me.ok) {
    const message = me.status === 401 || me.status === 403 ? dictionary.signIn.failed : dictionary.errors.unexpected
    return { status: 'error', message, errors: {}, values }
  }
  await writeSessionToken(result.data.token)
  redirect(portalPath(market.segment))
}

export async function signOutAction(form: FormData): Promise<void> {
  const { market } = formMarket(form)
  // Medusa's bearer tokens are stateless JWTs: forgetting the cookie ends the session here.
  await clearSessionToken()
  redirect(`${portalPath(market.segment, '/sign-in')}?signed-out=1`)
}

export async function acceptInviteAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { market, dictionary } = formMarket(form)
  const token = formString(form, 'token')
  if (!isPlausibleToken(token)) {
    return { status: 'error', message: dictionary.invite.invalid, errors: {}, values: {} }
  }
  const problem = checkNewPassword(formString(form, 'password'), formString(form, 'confirm'))
  if (problem === 'passwordTooShort') {
    return { status: 'error', errors: { password: dictionary.password.tooShort }, values: {} }
  }
  if (problem === 'passwordMismatch') {
    return { status: 'error', errors: { confirm: dictionary.password.mismatch }, values: {} }
  }
  const result = await acceptInvite(token, formString(form, 'password'))
  if (!result.ok) {
    if (result.status === 400 && result.errors.some((e) => e.field === 'password')) {
      const message = result.errors.find((e) => e.field === 'password')?.message ?? result.message
      return {
        status: 'error',
        errors: { password: dictionary.errors.serverField(message) },
        values: {},
      }
    }
    const message = result.status < 500 ? dictionary.invite.invalid : dictionary.errors.unexpected
    return { status: 'error', message, errors: {}, values: {} }
  }
  await writeSessionToken(result.data.token)
  redirect(portalPath(market.segment))
}

export async function requestResetAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { dictionary } = formMarket(form)
  const rawEmail = formString(form, 'email')
  const email = normaliseEmail(rawEmail)
  if (!email) {
    return { status: 'error', errors: { email: dictionary.email.invalid }, values: { email: rawEmail } }
  }
  const result = await requestPasswordReset(email)
  if (!result.ok && result.status >= 500) {
    return { status: 'error', message: dictionary.errors.unexpected, errors: {}, values: { email: rawEmail } }
  }
  // The same answer whether or not the address has an account.
  return { status: 'success', message: dictionary.forgot.sent, errors: {}, values: {} }
}

export async function resetPasswordAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { market, dictionary } = formMarket(form)
  const token = formString(form, 'token')
  const rawEmail = formString(form, 'email')
  const values = { email: rawEmail }
  if (!isPlausibleToken(token)) {
    return { status: 'error', message: dictionary.reset.invalid, errors: {}, values }
  }
  const email = normaliseEmail(rawEmail)
  if (!email) return { status: 'error', errors: { email: dictionary.email.invalid }, values }
  const password = formString(form, 'password')
  const problem = checkNewPassword(password, formString(form, 'confirm'))
  if (problem === 'passwordTooShort') {
    return { status: 'error', errors: { password: dictionary.password.tooShort }, values }
  }
  if (problem === 'passwordMismatch') {
    return { status: 'error', errors: { confirm: dictionary.password.mismatch }, values }
  }
  const result = await resetPassword(token, email, password)
  if (!result.ok) {
    const message = result.status < 500 ? dictionary.reset.invalid : dictionary.errors.unexpected
    return { status: 'error', message, errors: {}, values }
  }
  redirect(`${portalPath(market.segment, '/sign-in')}?password-changed=1`)
}
