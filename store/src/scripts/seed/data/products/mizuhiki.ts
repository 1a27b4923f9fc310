import type { ProductSeed } from "./types"

/** Kaga mizuhiki (加賀水引): paper cords tied into knots and shaped in three dimensions. */
export const mizuhiki: ProductSeed[] = [
  {
    handle: "mizuhiki-crane-and-turtle",
    artisan: "nakamura-yui",
    craft: "mizuhiki",
    categories: ["interior", "gifts"],
    title: "Mizuhiki Crane and Turtle",
    subtitle: "Wedding ornament, made to order",
    description:
      "A crane and a turtle, the emblems of a long life together, tied in gold, silver and white mizuhiki cords and set on a lacquered stand. Kaga mizuhiki is known for shaping the knots into birds and creatures in the round. Made for each couple after the order; allow a month.",
    ja: {
      title: "加賀水引 鶴亀飾り",
      subtitle: "婚礼飾り 受注制作",
      description:
        "末長い契りのしるしである鶴と亀を、金・銀・白の水引で結い上げ、塗りの台に据えました。加賀水引は結びを立体に組み、鳥や生きものをかたどる作風で知られています。ご注文を受けてから一組ずつ制作するため、ひと月ほどいただきます。",
    },
    prices: { jpy: 55000, usd: 370, eur: 342 },
    stock: 0,
    hsCode: "4823.90",
    weight: 900,
    size: { length: 300, width: 200, height: 250 },
    details: {
      technique: "Three-dimensional mizuhiki knotting (awaji-musubi base)",
      material: "Mizuhiki paper cord, gold and silver foil; lacquered stand",
      care_key: "paper-cord",
      made_to_order: true,
      lead_time_days: 30,
      packaging: "tomobako",
      signed_box: true,
    },
  },
  {
    handle: "mizuhiki-gift-envelope",
    artisan: "nakamura-yui",
    craft: "mizuhiki",
    categories: ["gifts"],
    title: "Mizuhiki Gift-Money Envelope",
    subtitle: "Shūgi-bukuro with an awaji knot",
    description:
      "An envelope of heavy washi for a wedding gift, tied with an awaji-musubi, the knot that cannot be undone, for occasions that should happen only once. The cords are tied by hand, not printed.",
    ja: {
      title: "加賀水引 祝儀袋",
      subtitle: "あわじ結び",
      description:
        "厚手の和紙に、ほどけない結び「あわじ結び」を掛けた祝儀袋です。一度きりであってほしい婚礼などのお祝いに。水引は印刷ではなく、一本ずつ手で結んでいます。",
    },
    option: { en: "Cords", ja: "水引の色" },
    variants: [
      {
        skuSuffix: "RED-WHITE",
        value: { en: "Red and white", ja: "紅白" },
        prices: { jpy: 2200, usd: 15, eur: 14 },
        stock: 40,
        weight: 30,
        size: { length: 190, width: 110, height: 15 },
      },
      {
        skuSuffix: "GOLD-SILVER",
        value: { en: "Gold and silver", ja: "金銀" },
        prices: { jpy: 3300, usd: 22, eur: 20 },
        stock: 30,
        weight: 30,
        size: { length: 190, width: 110, height: 15 },
      },
    ],
    hsCode: "4817.10",
    details: {
      technique: "Awaji-musubi, tied by hand",
      material: "Mizuhiki paper cord, washi",
      care_key: "paper-cord",
      packaging: "standard",
    },
  },
  {
    handle: "mizuhiki-earrings",
    artisan: "nakamura-yui",
    craft: "mizuhiki",
    categories: ["accessories", "gifts"],
    title: "Mizuhiki Earrings",
    subtitle: "Plum-blossom knots in gold cord",
    description:
      "Featherlight earrings, each a plum-blossom knot (ume-musubi) tied in fine gold mizuhiki and lightly lacquered so that it keeps its shape. Hooks for pierced ears or clips.",
    ja: {
      title: "加賀水引 耳飾り",
      subtitle: "金の梅結び",
      description:
        "細い金の水引で梅結びを結い、形が崩れないよう薄く塗りを施した、羽のように軽い耳飾りです。ピアスとイヤリングからお選びください。",
    },
    option: { en: "Fitting", ja: "金具" },
    variants: [
      {
        skuSuffix: "PIERCED",
        value: { en: "Pierced (hooks)", ja: "ピアス" },
        prices: { jpy: 6600, usd: 45, eur: 42 },
        stock: 12,
        weight: 20,
        size: { length: 80, width: 60, height: 20 },
      },
      {
        skuSuffix: "CLIP",
        value: { en: "Clip-on", ja: "イヤリング" },
        prices: { jpy: 6600, usd: 45, eur: 42 },
        stock: 8,
        weight: 20,
        size: { length: 80, width: 60, height: 20 },
      },
    ],
    hsCode: "7117.90",
    details: {
      technique: "Ume-musubi (plum-blossom knot)",
      material: "Mizuhiki paper cord, gold foil, titanium fittings",
      care_key: "paper-cord",
      packaging: "gift-box",
    },
  },
  {
    handle: "mizuhiki-new-year-ornament",
    artisan: "nakamura-yui",
    craft: "mizuhiki",
    categories: ["interior", "gifts"],
    title: "Mizuhiki New Year Ornament",
    subtitle: "Pine, bamboo and plum",
    description:
      "A small wall ornament for the New Year with pine, bamboo and plum, the three friends of winter, tied in green, gold and red mizuhiki around a sacred straw knot. Hang it on the door from late December to welcome the year's deity.",
    ja: {
      title: "加賀水引 正月飾り",
      subtitle: "松竹梅",
      description:
        "歳寒三友の松・竹・梅を、緑・金・紅の水引で結い、しめ縄に添えた小さな正月飾りです。十二月の下旬から戸口に掛け、年神様をお迎えください。",
    },
    prices: { jpy: 8800, usd: 60, eur: 55 },
    stock: 10,
    hsCode: "4823.90",
    weight: 150,
    size: { length: 250, width: 150, height: 50 },
    details: {
      technique: "Mizuhiki knotting on a shimenawa straw base",
      material: "Mizuhiki paper cord, rice straw",
      care_key: "paper-cord",
      packaging: "gift-box",
    },
  },
  {
    handle: "mizuhiki-chopstick-rests",
    artisan: "nakamura-yui",
    craft: "mizuhiki",
    categories: ["tableware", "gifts"],
    title: "Mizuhiki Chopstick Rests, Set of Five",
    subtitle: "Awaji knots in five colours",
    description:
      "Five chopstick rests, each an awaji knot tied in a different colour of cord and stiffened with a coat of lacquer. For a festive table at New Year or a celebration dinner.",
    ja: {
      title: "加賀水引 箸置き 五個組",
      subtitle: "五色のあわじ結び",
      description:
        "あわじ結びを一つずつ異なる色の水引で結い、塗りで固めた箸置き五個組です。お正月やお祝いの食卓に。",
    },
    prices: { jpy: 4400, usd: 30, eur: 28 },
    stock: 20,
    hsCode: "4823.90",
    weight: 60,
    size: { length: 150, width: 80, height: 30 },
    details: {
      technique: "Awaji-musubi, lacquer-stiffened",
      material: "Mizuhiki paper cord, lacquer",
      care_key: "paper-cord",
      packaging: "gift-box",
    },
  },
]
