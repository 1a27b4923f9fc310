import type { CraftSlug } from '../../crafts'
import type { ContentLocale } from '../../locales'
import { gallery, mapUrl } from './gallery'

type Text = Record<ContentLocale, string>

/** Seed page blocks: text in both languages; stories and crafts named by slug. */
export type PageBlockSeed =
  | { blockType: 'hero'; heading: Text; subheading: Text; cta?: { label: Text; href: string } }
  | { blockType: 'featuredStory'; heading: Text; story: string }
  | { blockType: 'featuredCraft'; heading: Text; craft: CraftSlug }
  | { blockType: 'productRail'; heading: Text; collection: CraftSlug; limit: number }
  | { blockType: 'productRailHandles'; heading: Text; handles: readonly string[] }
  | { blockType: 'visitGallery'; heading: Text }

export type PageSeed = { slug: string; title: Text; layout: readonly PageBlockSeed[] }

const visit: PageBlockSeed = {
  blockType: 'visitGallery',
  heading: { ja: '銀座のギャラリーへ', en: 'Visit the gallery in Ginza' },
}

export const pages: readonly PageSeed[] = [
  {
    slug: 'home',
    title: { ja: 'ホーム', en: 'Home' },
    layout: [
      {
        blockType: 'hero',
        heading: { ja: '金沢の手仕事を、銀座から。', en: "Kanazawa's crafts, from Ginza to you." },
        subheading: {
          ja: '九谷焼、大樋焼、金沢漆器、金沢箔、加賀友禅。ユネスコ創造都市・金沢の工芸を、つくり手の物語とともに。',
          en: 'Kutani and Ohi ware, Kanazawa lacquer and gold leaf, Kaga-yuzen silk: the crafts of Kanazawa, a UNESCO City of Crafts, with the stories of those who make them.',
        },
        cta: { label: { ja: '作品を見る', en: 'Browse the pieces' }, href: '/products' },
      },
      {
        blockType: 'featuredStory',
        heading: { ja: '今月の読みもの', en: 'Story of the month' },
        story: 'the-five-colours-of-kutani',
      },
      {
        blockType: 'productRail',
        heading: { ja: '九谷焼', en: 'Kutani ware' },
        collection: 'kutani',
        limit: 8,
      },
      {
        blockType: 'featuredCraft',
        heading: { ja: '工芸を知る', en: 'Know the craft' },
        craft: 'gold-leaf',
      },
      {
        blockType: 'productRailHandles',
        heading: { ja: '贈りものに', en: 'For giving' },
        handles: ['mizuhiki-gift-envelope', 'gold-leaf-coaster-set', 'kiri-keepsake-box', 'futamata-washi-letter-set'],
      },
      visit,
    ],
  },
  {
    slug: 'about',
    title: { ja: '銀座の金沢について', en: 'About Ginza no Kanazawa' },
    layout: [
      {
        blockType: 'hero',
        heading: { ja: '金沢市の、東京の窓口。', en: "The City of Kanazawa's window in Tokyo." },
        subheading: {
          ja: '銀座の金沢は、金沢市が東京・銀座に開いた発信拠点です。2009年にユネスコ創造都市ネットワークのクラフト分野に登録された金沢の工芸を、ギャラリーとオンラインショップで紹介しています。',
          en: 'Ginza no Kanazawa is the City of Kanazawa\'s showcase in Ginza, Tokyo. Kanazawa joined the UNESCO Creative Cities Network as a City of Crafts and Folk Art in 2009; we bring its crafts to Tokyo and beyond, in the gallery and online.',
        },
      },
      {
        blockType: 'featuredCraft',
        heading: { ja: '三百五十年の茶の湯とともに', en: 'With three and a half centuries of tea' },
        craft: 'ohi',
      },
      {
        blockType: 'featuredStory',
        heading: { ja: 'つくり手を訪ねて', en: 'Meet the makers' },
        story: 'amber-glaze-of-ohi',
      },
      visit,
    ],
  },
  {
    slug: 'visit',
    title: { ja: 'ギャラリーのご案内', en: 'Visit us' },
    layout: [
      {
        blockType: 'hero',
        heading: { ja: '銀座で、手に取って。', en: 'See them in your hands, in Ginza.' },
        subheading: {
          ja: 'オンラインで扱う作品の多くは、銀座のギャラリーでもご覧いただけます。企画展の会期中は、つくり手が在廊する日もあります。',
          en: 'Many of the pieces sold online can be seen in the Ginza gallery; during exhibitions the makers are sometimes there in person.',
        },
      },
      visit,
    ],
  },
]

export const galleryBlockData = {
  address: gallery.address,
  access: gallery.access,
  hours: gallery.hours,
  days: { ja: '毎日（年末年始を除く）', en: 'Daily (closed over the New Year holidays)' },
  note: {
    ja: '休館日や営業時間の変更は、ページ上部のお知らせでご案内します。',
    en: 'Changes to opening days or hours are posted in the announcement bar at the top of the page.',
  },
  map: { latitude: gallery.latitude, longitude: gallery.longitude, url: mapUrl },
}
