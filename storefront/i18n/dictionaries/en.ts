/** Craft names by slug; a slug added later simply has no entry yet (pages fall back to the slug). */
function craftNames(names: Record<string, string>): Record<string, string | undefined> {
  return names
}

export const en = {
  siteName: 'Ginza no Kanazawa',
  siteTagline: 'Traditional crafts of Kanazawa, from our gallery in Ginza',
  metaDescription:
    'Kutani ware, Ohi ware, lacquerware, gold leaf and Kaga-yuzen, made by the artisans of Kanazawa and sold by Ginza no Kanazawa, the city’s showcase in Tokyo.',
  skipToContent: 'Skip to content',
  nav: { home: 'Home', shop: 'Shop', stories: 'Stories', primary: 'Main' },
  home: {
    heroTitle: 'Crafts of Kanazawa',
    heroText:
      'Kanazawa has been a UNESCO Creative City of Crafts since 2009. We bring the work of its potters, painters, lacquerers, gold-leaf beaters and dyers from our gallery in Ginza to your table.',
    featured: 'Featured works',
    latestStories: 'Latest stories',
    noProducts: 'Our works are on their way. Please come back soon.',
    noStories: 'New stories are being written.',
  },
  product: {
    madeBy: 'Made by',
    aboutMaker: 'About the maker',
    readStory: 'Read the story',
    inStories: 'In our stories',
    soldOut: 'Sold out',
    oneOfAKind: 'One of a kind',
    inStock: 'In stock',
    priceUnavailable: 'Price on request in this region',
  },
  story: {
    by: 'A story about',
    featured: 'Works in this story',
    publishedOn: 'Published',
    moreStories: 'More stories',
  },
  price: { taxIncluded: ' (tax incl.)' },
  market: {
    label: 'Language and region',
    ja: '日本語',
    en: 'English',
  },
  notFound: {
    title: 'Page not found',
    text: 'We could not find this page. It may have moved, or the piece may no longer be available.',
    back: 'Back to the shop',
  },
  footer: {
    about:
      'Ginza no Kanazawa is the City of Kanazawa’s showcase in Tokyo for the crafts of Kanazawa and Ishikawa.',
  },
  crafts: craftNames({
    kutani: 'Kutani ware',
    ohi: 'Ohi ware',
    lacquer: 'Kanazawa lacquerware',
    'gold-leaf': 'Kanazawa gold leaf',
    'kaga-yuzen': 'Kaga-yuzen',
    'kaga-embroidery': 'Kaga embroidery',
    mizuhiki: 'Kaga mizuhiki',
    kiri: 'Kanazawa paulownia craft',
    'futamata-washi': 'Futamata washi',
  }),
}

export type Dictionary = typeof en
