import type { ContentLocale } from '../../locales'
import { gallery } from './gallery'

type Text = Record<ContentLocale, string>
type Link = { label: Text; href: string }

export const headerNav: readonly Link[] = [
  { label: { ja: '作品', en: 'Shop' }, href: '/products' },
  { label: { ja: '工芸', en: 'Crafts' }, href: '/crafts' },
  { label: { ja: 'つくり手', en: 'Artisans' }, href: '/artisans' },
  { label: { ja: '読みもの', en: 'Stories' }, href: '/stories' },
  { label: { ja: 'ギャラリー', en: 'Visit' }, href: '/visit' },
]

export const footer = {
  columns: [
    {
      heading: { ja: 'ショップ', en: 'Shop' },
      links: [
        { label: { ja: 'すべての作品', en: 'All pieces' }, href: '/products' },
        { label: { ja: '工芸から探す', en: 'By craft' }, href: '/crafts' },
        { label: { ja: 'つくり手から探す', en: 'By artisan' }, href: '/artisans' },
      ],
    },
    {
      heading: { ja: '銀座の金沢', en: 'Ginza no Kanazawa' },
      links: [
        { label: { ja: '私たちについて', en: 'About us' }, href: '/about' },
        { label: { ja: 'ギャラリーのご案内', en: 'Visit the gallery' }, href: '/visit' },
        { label: { ja: '読みもの', en: 'Stories' }, href: '/stories' },
      ],
    },
  ],
  address: {
    ja: `${gallery.name.ja}\n${gallery.address.ja}\n営業時間 ${gallery.hours.opens}–${gallery.hours.closes}`,
    en: `${gallery.name.en}\n${gallery.address.en}\nOpen ${gallery.hours.opens}–${gallery.hours.closes}`,
  },
  copyright: { ja: '© 金沢市 銀座の金沢', en: '© City of Kanazawa — Ginza no Kanazawa' },
} satisfies {
  columns: readonly { heading: Text; links: readonly Link[] }[]
  address: Text
  copyright: Text
}

export const announcement = {
  enabled: true,
  message: {
    ja: '冬の企画展「加賀の金と漆」開催中。銀座のギャラリーにて。',
    en: 'Winter exhibition "Gold and Lacquer of Kaga" now on at the Ginza gallery.',
  },
  href: '/visit',
  startsAt: '2026-11-01T02:00:00.000Z',
  endsAt: '2027-01-31T10:00:00.000Z',
}
