import { IAuthModuleService, INotificationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

jest.setTimeout(240 * 1000)

type HttpError = { response?: { status: number; data: { message?: string; errors?: Array<{ field: string; message: string }> } } }
async function failure(request: Promise<unknown>) {
  try {
    await request
  } catch (error) {
    const response = (error as HttpError).response
    if (response) return response
  }
  throw new Error("the request was expected to fail")
}

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

async function staffToken(container: MedusaContainer, post: (url: string, body: unknown) => Promise<{ data: { token: string } }>) {
  const email = "staff@ginza-kanazawa.test"
  const password = "staff-password-long-1"
  const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: { email, password } } as Parameters<IAuthModuleService["register"]>[1])
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity!.id, userData: { email, first_name: "Shop", last_name: "Staff" } },
  })
  return (await post("/auth/user/emailpass", { email, password })).data.token
}

/** The notifications the local provider "sent" to an address with a template (newest first). */
async function sentTo(container: MedusaContainer, to: string, template: string, atLeast = 1) {
  const notifications = container.resolve<INotificationModuleService>(Modules.NOTIFICATION)
  for (let i = 0; i < 50; i++) {
    const found = await notifications.listNotifications({ to, template }, { order: { created_at: "DESC" } })
    if (found.length >= atLeast) return found
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`no ${template} notification reached ${to}`)
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let staff = bearer("")
    beforeAll(async () => {
      staff = bearer(await staffToken(getContainer(), (url, body) => api.post(url, body)))
    })

    describe("staff invite an artisan", () => {
      it("creates the artisan and an invitation the artisan accepts to sign in, once", async () => {
        const { data, status } = await api.post(
          "/admin/artisans",
          { handle: "tani-kei", name_ja: "谷 慶", name_en: "Kei Tani", email: "Kei.Tani@example.jp", workshop: "Yamanaka" },
          staff
        )
        expect(status).toBe(201)
        expect(data.artisan).toMatchObject({ handle: "tani-kei", email: "kei.tani@example.jp", status: "invited" })
        expect(data.artisan.invite_token_hash).toBeUndefined()
        const token: string = data.invite.token
        const [mail] = await sentTo(getContainer(), "kei.tani@example.jp", "artisan-invite")
        expect(mail!.channel).toBe("email")
        expect(mail!.data).toMatchObject({ token })

        const { data: listed } = await api.get("/admin/artisans", staff)
        expect(listed.artisans.map((a: { handle: string }) => a.handle)).toContain("tani-kei")

        const weak = await failure(api.post("/artisan/invites/accept", { token, password: "short" }))
        expect(weak.status).toBe(400)
        expect(weak.data.errors?.[0]?.field).toBe("password")
        const forged = await failure(api.post("/artisan/invites/accept", { token: token.slice(0, -4) + "AAAA", password: "a-good-password-1" }))
        expect(forged.status).toBe(400)
        expect(forged.data.errors?.[0]?.field).toBe("token")

        const { data: accepted } = await api.post("/artisan/invites/accept", { token, password: "a-good-password-1" })
        const { data: me } = await api.get("/artisan/me", bearer(accepted.token))
        expect(me.artisan).toMatchObject({ handle: "tani-kei", status: "active" })
        const again = await failure(api.post("/artisan/invites/accept", { token, password: "another-password-2" }))
        expect(again.status).toBe(400)

        const { data: login } = await api.post("/auth/artisan/emailpass", { email: "kei.tani@example.jp", password: "a-good-password-1" })
        expect((await api.get("/artisan/products", bearer(login.token))).data.products).toEqual([])
      })

      it("issues a fresh invitation that replaces the previous one", async () => {
        const { data } = await api.post(
          "/admin/artisans",
          { handle: "oka-mio", name_ja: "岡 美緒", name_en: "Mio Oka", email: "mio@example.jp" },
          staff
        )
        const { data: again } = await api.post(`/admin/artisans/${data.artisan.id}/invite`, {}, staff)
        expect(again.invite.token).not.toBe(data.invite.token)
        expect((await failure(api.post("/artisan/invites/accept", { token: data.invite.token, password: "a-good-password-1" }))).status).toBe(400)
        const { data: accepted } = await api.post("/artisan/invites/accept", { token: again.invite.token, password: "a-good-password-1" })
        expect(accepted.token).toEqual(expect.any(String))
        expect((await failure(api.post(`/admin/artisans/art_missing/invite`, {}, staff))).status).toBe(404)
      })

      it("refuses bad input, duplicates and callers who are not staff", async () => {
        const bad = await failure(api.post("/admin/artisans", { handle: "Not A Handle", name_ja: "", email: "nope" }, staff))
        expect(bad.status).toBe(400)
        expect(bad.data.errors?.map((e) => e.field)).toEqual(expect.arrayContaining(["handle", "name_ja", "name_en", "email"]))
        const status = (request: Promise<{ status: number }>) =>
          request.then((r) => r.status).catch((e: HttpError) => e.response?.status ?? 0)
        await api.post("/admin/artisans", { handle: "ono-ai", name_ja: "小野 藍", name_en: "Ai Ono", email: "ai@example.jp" }, staff)
        const duplicate = await status(
          api.post("/admin/artisans", { handle: "ono-ai", name_ja: "小野", name_en: "Ono", email: "other@example.jp" }, staff)
        )
        const anonymousCreate = await status(api.post("/admin/artisans", { handle: "x-y", name_ja: "x", name_en: "x", email: "x@example.jp" }))
        const anonymousList = await status(api.get("/admin/artisans"))
        expect({ duplicate, anonymousCreate, anonymousList }).toEqual({ duplicate: 400, anonymousCreate: 401, anonymousList: 401 })
      })
    })

    describe("password reset", () => {
      it("e-mails a reset token through the notification module; the new password then works", async () => {
        const { data } = await api.post(
          "/admin/artisans",
          { handle: "hara-sou", name_ja: "原 壮", name_en: "Sou Hara", email: "sou@example.jp" },
          staff
        )
        await api.post("/artisan/invites/accept", { token: data.invite.token, password: "first-password-1" })

        const { status } = await api.post("/auth/artisan/emailpass/reset-password", { identifier: "sou@example.jp" })
        expect(status).toBe(201)
        const [mail] = await sentTo(getContainer(), "sou@example.jp", "artisan-password-reset")
        const resetToken = (mail!.data as { token: string }).token
        expect(resetToken).toEqual(expect.any(String))

        await api.post("/auth/artisan/emailpass/update", { email: "sou@example.jp", password: "second-password-2" }, bearer(resetToken))
        const old = await failure(api.post("/auth/artisan/emailpass", { email: "sou@example.jp", password: "first-password-1" }))
        expect(old.status).toBe(401)
        const { data: login } = await api.post("/auth/artisan/emailpass", { email: "sou@example.jp", password: "second-password-2" })
        expect((await api.get("/artisan/me", bearer(login.token))).data.artisan.handle).toBe("hara-sou")
      })

      it("sends nothing for an unknown address and still answers 201 (no account probing)", async () => {
        const { status } = await api.post("/auth/artisan/emailpass/reset-password", { identifier: "nobody@example.jp" })
        expect(status).toBe(201)
        const notifications = getContainer().resolve<INotificationModuleService>(Modules.NOTIFICATION)
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect(await notifications.listNotifications({ to: "nobody@example.jp" })).toHaveLength(0)
      })
    })
  },
})
