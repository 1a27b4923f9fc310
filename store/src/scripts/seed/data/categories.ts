/** Categories by use. Handles are the storefront's URL slugs; names are English with a Japanese translation. */
export const categories = {
  tableware: {
    en: "Tableware",
    ja: "食器",
    description: { en: "Plates, bowls and cups for the everyday table.", ja: "日々の食卓を彩る皿・椀・器。" },
  },
  "tea-ceremony": {
    en: "Tea ceremony",
    ja: "茶道具",
    description: { en: "Tea bowls, caddies and utensils for the tea room.", ja: "茶碗・棗など、茶の湯の道具。" },
  },
  "sake-ware": {
    en: "Sake ware",
    ja: "酒器",
    description: { en: "Cups and flasks for sake, warm or cold.", ja: "盃・ぐい呑み・徳利など、酒を楽しむ器。" },
  },
  accessories: {
    en: "Accessories",
    ja: "装身具・小物",
    description: { en: "Things to wear and carry.", ja: "身につけ、持ち歩く工芸。" },
  },
  interior: {
    en: "Interior",
    ja: "インテリア",
    description: { en: "Pieces for the alcove, the wall and the desk.", ja: "床の間・壁・机を飾る工芸。" },
  },
  gifts: {
    en: "Gifts",
    ja: "贈り物",
    description: { en: "Chosen for giving: boxed, light to send, and meaningful.", ja: "贈答に選ばれる品。箱入りで送りやすく、意味のあるもの。" },
  },
} as const

export type CategoryHandle = keyof typeof categories
