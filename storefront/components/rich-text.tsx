import { RichText as PayloadRichText } from '@payloadcms/richtext-lexical/react'

import type { RichTextContent } from '@/lib/cms/types'

/** Renders Lexical rich text from Payload as plain HTML elements (server component, no JS). */
export function RichText({
  data,
  className,
}: {
  data: RichTextContent | null
  className?: string
}) {
  if (!data) return null
  return <PayloadRichText data={data} className={className ?? 'prose'} />
}
