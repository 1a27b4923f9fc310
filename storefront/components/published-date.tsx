type Props = { value: string | null; languageTag: string; label?: string }

/** A publication date in the reader's language (2026年11月7日 / November 7, 2026). */
export function PublishedDate({ value, languageTag, label }: Props) {
  if (!value) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  const text = new Intl.DateTimeFormat(languageTag, {
    dateStyle: 'long',
    timeZone: 'Asia/Tokyo',
  }).format(date)
  return (
    <p className="date">
      {label ? `${label} ` : null}
      <time dateTime={value}>{text}</time>
    </p>
  )
}
