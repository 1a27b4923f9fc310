import type { Dictionary } from '@/i18n/dictionary'
import type { Market } from '@/i18n/markets'

type Props = { market: Market; path: string; dictionary: Dictionary }

/** The shop's sections; the current one is marked for screen readers and styled. */
export function MainNav({ market, path, dictionary }: Props) {
  const items = [
    { href: '/products', label: dictionary.nav.shop },
    { href: '/crafts', label: dictionary.browse.craftsTitle },
    { href: '/stories', label: dictionary.nav.stories },
  ]
  return (
    <nav aria-label={dictionary.nav.primary} className="main-nav">
      <ul>
        {items.map((item) => {
          const current = path === item.href || path.startsWith(`${item.href}/`)
          return (
            <li key={item.href}>
              <a
                href={`/${market.segment}${item.href}`}
                aria-current={current ? 'page' : undefined}
              >
                {item.label}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
