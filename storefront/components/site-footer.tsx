import type { Dictionary } from '@/i18n/dictionary'

export function SiteFooter({ dictionary }: { dictionary: Dictionary }) {
  return (
    <footer className="site-footer">
      <p>{dictionary.footer.about}</p>
      <p lang="en">© Ginza no Kanazawa</p>
    </footer>
  )
}
