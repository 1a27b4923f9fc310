import type { ContentLocale } from '../../locales'

/**
 * The Ginza gallery, as the pages and the footer show it.
 *
 * PLACEHOLDER: the street address and coordinates are a plausible Ginza 2-chome location, not
 * checked against the gallery's real address. Brand managers must correct them in the admin (Pages →
 * visit, and the footer) before launch. Opening hours 11:00–19:00 are from the brief.
 */
export const gallery = {
  name: { ja: '銀座の金沢', en: 'Ginza no Kanazawa' },
  address: {
    ja: '〒104-0061 東京都中央区銀座2丁目（番地は仮）',
    en: 'Ginza 2-chome, Chuo-ku, Tokyo 104-0061 (street number to be confirmed)',
  },
  access: {
    ja: '東京メトロ有楽町線 銀座一丁目駅、銀座線・丸ノ内線・日比谷線 銀座駅から徒歩圏内',
    en: 'A short walk from Ginza-itchome station (Yurakucho line) and Ginza station (Ginza, Marunouchi and Hibiya lines)',
  },
  hours: { opens: '11:00', closes: '19:00' },
  latitude: 35.6741,
  longitude: 139.7671,
} as const satisfies {
  name: Record<ContentLocale, string>
  address: Record<ContentLocale, string>
  access: Record<ContentLocale, string>
  hours: { opens: string; closes: string }
  latitude: number
  longitude: number
}

export const mapUrl = `https://www.openstreetmap.org/?mlat=${gallery.latitude}&mlon=${gallery.longitude}#map=18/${gallery.latitude}/${gallery.longitude}`
