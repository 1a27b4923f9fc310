import type { ProductSeed } from "./types"

/** Kutani ware (九谷焼): porcelain painted in overglaze enamels, the five colours (gosai) and red (aka-e). */
export const kutani: ProductSeed[] = [
  {
    handle: "kutani-gosai-plate",
    artisan: "hoshino-aya",
    craft: "kutani",
    categories: ["tableware", "interior"],
    title: "Kutani Gosai Plate",
    subtitle: "Overglaze in the five Kutani colours, 24 cm",
    description:
      "A porcelain plate painted by hand in the five colours of Kutani: green, yellow, purple, navy blue and red. Peonies and a pair of birds fill the whole face in the bold manner of old Kutani (ko-Kutani). Each layer of enamel is fired separately, so no two plates are alike. Delivered in a signed paulownia box.",
    ja: {
      title: "九谷焼 五彩 大皿",
      subtitle: "九谷五彩の上絵付け 径24cm",
      description:
        "緑・黄・紫・紺青・赤の九谷五彩で、一枚ずつ手描きした磁器の大皿です。古九谷の作風にならい、牡丹と番いの鳥を器面いっぱいに描きました。上絵の具は色ごとに焼き重ねるため、同じ表情のものはひとつとしてありません。作家の署名入り桐箱でお届けします。",
    },
    prices: { jpy: 38500, usd: 260, eur: 240 },
    stock: 4,
    hsCode: "6911.10",
    weight: 1400,
    size: { length: 240, width: 240, height: 40 },
    details: {
      technique: "Gosai overglaze enamels (ko-Kutani style)",
      material: "Porcelain, overglaze enamels",
      care_key: "porcelain-overglaze",
      packaging: "tomobako",
      signed_box: true,
    },
  },
  {
    handle: "kutani-sake-cups-pair",
    artisan: "hoshino-aya",
    craft: "kutani",
    categories: ["sake-ware", "gifts"],
    title: "Kutani Sake Cups, Pair",
    subtitle: "Guinomi with gold-outlined flowers",
    description:
      "Two guinomi sake cups, one in deep green and one in Kutani red, each ringed with plum blossom outlined in gold. Small enough for a cold sake in the evening, and a classic wedding or anniversary gift. Boxed as a pair.",
    ja: {
      title: "九谷焼 ぐい呑み 一対",
      subtitle: "金彩の花文",
      description:
        "深い緑と九谷赤のぐい呑みを一対にしました。梅の花を金で縁取り、ぐるりと巡らせています。晩酌の冷酒にちょうどよい大きさで、結婚や記念日の贈り物にも選ばれています。一対で桐箱入り。",
    },
    prices: { jpy: 16500, usd: 115, eur: 105 },
    stock: 8,
    hsCode: "6911.10",
    weight: 450,
    size: { length: 180, width: 110, height: 70 },
    details: {
      technique: "Overglaze enamels with gold outlining (kinsai)",
      material: "Porcelain, overglaze enamels, gold",
      care_key: "porcelain-overglaze",
      packaging: "tomobako",
      signed_box: true,
    },
  },
  {
    handle: "kutani-akae-teacup",
    artisan: "hoshino-aya",
    craft: "kutani",
    categories: ["tableware"],
    title: "Kutani Akae Teacup",
    subtitle: "Fine red line-painting (akae saibyō)",
    description:
      "A yunomi teacup covered in patterns drawn in iron red with a single-hair brush, the akae saibyō technique for which Kutani painters train for years. Light in the hand, with a white interior that shows the colour of green tea.",
    ja: {
      title: "九谷焼 赤絵 湯呑",
      subtitle: "赤絵細描",
      description:
        "面相筆で一本ずつ線を引く「赤絵細描」で、器面を細かな文様で埋めた湯呑です。九谷の絵付け師が長い修業を重ねる技法です。手に軽く、白い見込みがお茶の色を引き立てます。",
    },
    prices: { jpy: 8800, usd: 62, eur: 56 },
    stock: 12,
    hsCode: "6911.10",
    weight: 300,
    size: { length: 90, width: 90, height: 100 },
    details: {
      technique: "Aka-e saibyō (fine iron-red line painting)",
      material: "Porcelain, iron-red overglaze",
      care_key: "porcelain-overglaze",
      packaging: "gift-box",
    },
  },
  {
    handle: "kutani-aode-small-plates",
    artisan: "hoshino-aya",
    craft: "kutani",
    categories: ["tableware", "gifts"],
    title: "Kutani Ao-de Small Plates, Set of Five",
    subtitle: "Mamezara in the green style of Yoshidaya",
    description:
      "Five little plates for pickles, sweets or soy sauce, painted in the ao-de manner revived by the Yoshidaya kiln in 1824: green, yellow, purple and navy enamels cover the whole surface, with no red at all. Each plate carries a different motif, from waves to pine needles.",
    ja: {
      title: "九谷焼 青手 豆皿 五枚組",
      subtitle: "吉田屋風",
      description:
        "文政七年（1824年）に吉田屋窯が再興した「青手」の作風で描いた豆皿五枚組です。赤を使わず、緑・黄・紫・紺青の上絵の具で器面を塗り埋めています。波や松葉など、一枚ずつ異なる文様です。香の物や和菓子、醤油皿に。",
    },
    prices: { jpy: 22000, usd: 150, eur: 138 },
    stock: 6,
    hsCode: "6911.10",
    weight: 700,
    size: { length: 260, width: 120, height: 50 },
    details: {
      technique: "Ao-de overglaze (Yoshidaya style, no red)",
      material: "Porcelain, overglaze enamels",
      care_key: "porcelain-overglaze",
      packaging: "tomobako",
      signed_box: true,
    },
  },
  {
    handle: "kutani-kinrande-sake-flask",
    artisan: "hoshino-aya",
    craft: "kutani",
    categories: ["sake-ware"],
    title: "Kutani Kinrande Sake Flask",
    subtitle: "Gold over red, 300 ml tokkuri",
    description:
      "A tokkuri flask in kinrande, the gold-on-red style that Kutani learned from the Kyoto potter Eiraku Wazen in the 1860s. Gold is painted over a fired red ground and fired once more at a low heat so that it stays bright. Holds about 300 ml, enough for two.",
    ja: {
      title: "九谷焼 金襴手 徳利",
      subtitle: "赤地金彩 約300ml",
      description:
        "幕末に京都の永楽和全が九谷に伝えた、赤地に金を重ねる「金襴手」の徳利です。焼き付けた赤の上に金を描き、低い温度でもう一度焼いて輝きを留めています。容量は約300ml、二人で楽しむのにちょうどよい量です。",
    },
    prices: { jpy: 27500, usd: 185, eur: 170 },
    stock: 3,
    hsCode: "6911.10",
    weight: 550,
    size: { length: 100, width: 100, height: 160 },
    details: {
      technique: "Kinrande (gold over red ground)",
      material: "Porcelain, red enamel, gold",
      care_key: "porcelain-overglaze",
      packaging: "tomobako",
      signed_box: true,
    },
  },
  {
    handle: "kutani-gosai-mug",
    artisan: "hoshino-aya",
    craft: "kutani",
    categories: ["tableware", "gifts"],
    title: "Kutani Mug",
    subtitle: "Everyday porcelain, painted by hand",
    description:
      "A straight-sided porcelain mug for coffee or tea, painted by hand with a single Kutani motif: a red peony, or a green pine in the ao-de palette. Overglaze enamels are fired on, so the mug can go through a gentle dishwasher cycle, though not the microwave.",
    ja: {
      title: "九谷焼 マグカップ",
      subtitle: "毎日の器 手描き",
      description:
        "珈琲やお茶に使いやすい、まっすぐな形の磁器マグです。赤の牡丹、または青手の緑で描いた松、どちらか一つの九谷の文様を手描きしています。上絵は焼き付けてあるので食洗機の弱洗浄には使えますが、電子レンジには入れないでください。",
    },
    option: { en: "Motif", ja: "文様" },
    variants: [
      {
        skuSuffix: "PEONY",
        value: { en: "Red peony", ja: "赤絵 牡丹" },
        prices: { jpy: 7700, usd: 52, eur: 48 },
        stock: 10,
        weight: 420,
        size: { length: 120, width: 90, height: 95 },
      },
      {
        skuSuffix: "PINE",
        value: { en: "Green pine", ja: "青手 松" },
        prices: { jpy: 7700, usd: 52, eur: 48 },
        stock: 10,
        weight: 420,
        size: { length: 120, width: 90, height: 95 },
      },
    ],
    hsCode: "6911.10",
    details: {
      technique: "Overglaze enamels, single motif",
      material: "Porcelain, overglaze enamels",
      care_key: "porcelain-overglaze",
      packaging: "gift-box",
    },
  },
  {
    handle: "kutani-aode-vase",
    artisan: "hoshino-aya",
    craft: "kutani",
    categories: ["interior"],
    title: "Kutani Ao-de Vase",
    subtitle: "Birds and plum tree, one of a kind",
    description:
      "A tall vase for the alcove, its whole body painted in deep green and yellow with a plum tree and two bush warblers, in the ao-de style. Thrown, painted and fired over two months; this is the only one. Signed paulownia box with the painter's seal.",
    ja: {
      title: "九谷焼 青手 花瓶",
      subtitle: "梅に鶯 一点もの",
      description:
        "器全体を深い緑と黄で塗り埋め、梅の木と二羽の鶯を描いた青手の花瓶です。床の間に映える背丈があります。成形から絵付け、焼成まで二か月をかけた、この一点かぎりの作品です。作家の落款入り桐共箱。",
    },
    prices: { jpy: 165000, usd: 1100, eur: 1020 },
    stock: 1,
    hsCode: "6913.90",
    weight: 2600,
    size: { length: 160, width: 160, height: 300 },
    details: {
      technique: "Ao-de overglaze (Yoshidaya style)",
      material: "Porcelain, overglaze enamels",
      care_key: "porcelain-overglaze",
      one_of_a_kind: true,
      packaging: "tomobako",
      signed_box: true,
    },
  },
]
