import { serializeJsonLd } from '@/lib/seo/json-ld'

/** Structured data in the page's body (server-rendered, no JavaScript sent for it). */
export function JsonLdScript({ data }: { data: Record<string, unknown> }) {
  return (
    <script
      type="application/ld+json"
      // The JSON is escaped by serializeJsonLd (no `</script>` possible).
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  )
}
