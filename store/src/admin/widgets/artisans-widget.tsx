import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Input, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState, type FormEvent } from "react"

type Artisan = { id: string; handle: string; name_ja: string; name_en: string; email: string; status: string }
type ApiError = { message?: string; errors?: Array<{ field: string; message: string }> }

/** Calls our admin routes with the admin's session cookie. */
async function adminFetch<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method: body === undefined ? "GET" : "POST",
    credentials: "include",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json()) as T & ApiError
  if (!response.ok) throw new Error(json.message ?? `HTTP ${response.status}`)
  return json
}

/** The server tsconfig has no DOM lib; read an input's value structurally. */
const inputValue = (target: unknown) => String((target as { value?: unknown }).value ?? "")

const EMPTY = { handle: "", name_ja: "", name_en: "", email: "" }

/**
 * Artisans' accounts on the product list: who can sign in to the portal, and an invitation
 * (token shown here and e-mailed through the notification module) for new or locked-out makers.
 */
const ArtisansWidget = () => {
  const [artisans, setArtisans] = useState<Artisan[]>([])
  const [form, setForm] = useState(EMPTY)
  const [notice, setNotice] = useState("")

  const load = useCallback(async () => {
    const data = await adminFetch<{ artisans: Artisan[] }>("/admin/artisans")
    setArtisans(data.artisans)
  }, [])
  useEffect(() => {
    load().catch((error: Error) => setNotice(error.message))
  }, [load])

  const invite = async (artisan: Artisan) => {
    try {
      const data = await adminFetch<{ invite: { token: string } }>(`/admin/artisans/${artisan.id}/invite`, {})
      setNotice(`Invitation for ${artisan.email}: ${data.invite.token}`)
    } catch (error) {
      setNotice((error as Error).message)
    }
  }

  const create = async (event: FormEvent) => {
    event.preventDefault()
    try {
      const data = await adminFetch<{ artisan: Artisan; invite: { token: string } }>("/admin/artisans", form)
      setNotice(`Created ${data.artisan.handle}. Invitation: ${data.invite.token}`)
      setForm(EMPTY)
      await load()
    } catch (error) {
      setNotice((error as Error).message)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Artisans</Heading>
        {notice && <Text size="small" className="mt-2 break-all">{notice}</Text>}
      </div>
      <ul className="px-6 py-4">
        {artisans.map((artisan) => (
          <li key={artisan.id} className="flex items-center justify-between gap-4 py-1">
            <Text size="small">
              {artisan.name_en} ({artisan.name_ja}) · {artisan.email} · {artisan.status}
            </Text>
            <Button size="small" variant="secondary" onClick={() => void invite(artisan)}>
              Invite
            </Button>
          </li>
        ))}
      </ul>
      <form className="grid grid-cols-2 gap-2 px-6 py-4" onSubmit={(event) => void create(event)}>
        {(Object.keys(EMPTY) as Array<keyof typeof EMPTY>).map((field) => (
          <Input
            key={field}
            placeholder={field}
            aria-label={field}
            value={form[field]}
            onChange={(event) => setForm({ ...form, [field]: inputValue(event.target) })}
          />
        ))}
        <Button size="small" type="submit">
          Create and invite
        </Button>
      </form>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.list.before" })

export default ArtisansWidget
