import type { Dictionary } from './en'

export const ja: Dictionary = {
  siteName: '銀座の金沢',
  siteTagline: '金沢の伝統工芸を、銀座のギャラリーから',
  metaDescription:
    '九谷焼、大樋焼、金沢漆器、金沢箔、加賀友禅。金沢の職人の手仕事を、金沢市の東京発信拠点「銀座の金沢」がお届けします。',
  skipToContent: '本文へ移動',
  nav: { home: 'ホーム', shop: 'ショップ', stories: '読みもの', primary: 'メイン' },
  home: {
    heroTitle: '金沢の工芸',
    heroText:
      '金沢は2009年にユネスコ創造都市ネットワークのクラフト分野に登録された工芸のまちです。陶工、絵付け師、塗師、箔打ち職人、染め師の仕事を、銀座のギャラリーから食卓へお届けします。',
    featured: '注目の作品',
    latestStories: '新着の読みもの',
    noProducts: '作品の準備をしています。またお越しください。',
    noStories: '新しい読みものを準備しています。',
  },
  product: {
    madeBy: '作り手',
    aboutMaker: '作り手について',
    readStory: '読みものを読む',
    inStories: 'この作品が登場する読みもの',
    soldOut: '売り切れ',
    oneOfAKind: '一点もの',
    inStock: '在庫あり',
    priceUnavailable: 'この地域での価格はお問い合わせください',
  },
  story: {
    by: '作り手',
    featured: 'この読みものの作品',
    publishedOn: '公開日',
    moreStories: 'ほかの読みもの',
  },
  price: { taxIncluded: '（税込）' },
  market: {
    label: '言語と地域',
    ja: '日本語',
    en: 'English',
  },
  notFound: {
    title: 'ページが見つかりません',
    text: 'お探しのページは見つかりませんでした。移動したか、作品の販売が終了した可能性があります。',
    back: 'ショップに戻る',
  },
  footer: {
    about: '「銀座の金沢」は、金沢・石川の工芸を発信する金沢市の東京拠点です。',
  },
  crafts: {
    kutani: '九谷焼',
    ohi: '大樋焼',
    lacquer: '金沢漆器',
    'gold-leaf': '金沢箔',
    'kaga-yuzen': '加賀友禅',
    'kaga-embroidery': '加賀繍',
    mizuhiki: '加賀水引',
    kiri: '金沢桐工芸',
    'futamata-washi': '二俣和紙',
  },
}
