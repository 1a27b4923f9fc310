import type { ProductSeed } from "./types"

/** Kaga embroidery (加賀繍): hand embroidery in silk and gold thread, born from Buddhist altar cloths. */
export const kagaEmbroidery: ProductSeed[] = [
  {
    handle: "kaga-embroidery-brooch",
    artisan: "ishida-kaho",
    craft: "kaga-embroidery",
    categories: ["accessories", "gifts"],
    title: "Kaga Embroidery Brooch",
    subtitle: "Flower in silk and gold thread",
    description:
      "A round brooch embroidered by hand in twisted silk and gold thread, the stitches laid so densely that the petals catch the light like satin. Kaga embroidery began with the cloths that adorned temple altars and later dressed the women of the Kaga court.",
    ja: {
      title: "加賀繍 ブローチ",
      subtitle: "絹糸と金糸の花",
      description:
        "撚りをかけた絹糸と金糸で、花を一針ずつ手刺繍した丸いブローチです。密に重ねた刺し目が、繻子のように光を受けます。加賀繍は寺院の打敷から始まり、のちに加賀藩の奥方の装いを彩りました。",
    },
    option: { en: "Flower", ja: "花" },
    variants: [
      {
        skuSuffix: "CAMELLIA",
        value: { en: "Camellia", ja: "椿" },
        prices: { jpy: 18700, usd: 126, eur: 116 },
        stock: 5,
        weight: 60,
        size: { length: 90, width: 90, height: 30 },
      },
      {
        skuSuffix: "PLUM",
        value: { en: "Plum blossom", ja: "梅" },
        prices: { jpy: 18700, usd: 126, eur: 116 },
        stock: 5,
        weight: 60,
        size: { length: 90, width: 90, height: 30 },
      },
    ],
    hsCode: "5810.99",
    details: {
      technique: "Hand embroidery, nui-kiri and koma-nui (couched gold)",
      material: "Silk thread, gold thread, brass pin",
      care_key: "silk-embroidered",
      packaging: "gift-box",
    },
  },
  {
    handle: "kaga-embroidery-framed-crane",
    artisan: "ishida-kaho",
    craft: "kaga-embroidery",
    categories: ["interior"],
    title: "Kaga Embroidery Panel, Crane",
    subtitle: "Framed, one of a kind",
    description:
      "A crane in flight over pine, embroidered in more than forty shades of silk and couched gold thread, with the feathers built up stitch over stitch so that they stand slightly proud of the ground. Some three months of work; framed, signed, and the only one.",
    ja: {
      title: "加賀繍 額装「鶴」",
      subtitle: "一点もの",
      description:
        "松の上を舞う鶴を、四十色を超える絹糸と駒繍の金糸で刺しました。羽は刺し目を重ねてわずかに盛り上げています。三か月ほどをかけた作品で、額装・落款入り、この一点かぎりです。",
    },
    prices: { jpy: 220000, usd: 1480, eur: 1370 },
    stock: 1,
    hsCode: "5810.99",
    weight: 1600,
    size: { length: 450, width: 380, height: 40 },
    details: {
      technique: "Hand embroidery, niku-iri (padded) and koma-nui (couched gold)",
      material: "Silk ground, silk and gold thread; wooden frame",
      care_key: "silk-embroidered",
      one_of_a_kind: true,
      packaging: "tomobako",
      signed_box: true,
    },
  },
  {
    handle: "kaga-embroidery-card-case",
    artisan: "ishida-kaho",
    craft: "kaga-embroidery",
    categories: ["accessories", "gifts"],
    title: "Kaga Embroidery Card Case",
    subtitle: "Autumn maple on black silk",
    description:
      "A slim case for business cards covered in black silk, with a single maple branch embroidered in red, orange and gold. Lined in silk, it holds about twenty cards.",
    ja: {
      title: "加賀繍 名刺入れ",
      subtitle: "黒地に紅葉",
      description:
        "黒の絹地に、一枝の紅葉を紅・橙・金で刺繍した薄型の名刺入れです。内側も絹張りで、名刺を二十枚ほど収められます。",
    },
    prices: { jpy: 24200, usd: 163, eur: 150 },
    stock: 4,
    hsCode: "4202.32",
    weight: 80,
    size: { length: 110, width: 75, height: 15 },
    details: {
      technique: "Hand embroidery, silk and gold thread",
      material: "Silk, silk thread, gold thread",
      care_key: "silk-embroidered",
      packaging: "gift-box",
    },
  },
  {
    handle: "kaga-embroidery-hair-ornament",
    artisan: "ishida-kaho",
    craft: "kaga-embroidery",
    categories: ["accessories"],
    title: "Kaga Embroidery Hair Ornament",
    subtitle: "Kanzashi with embroidered chrysanthemum",
    description:
      "A single-prong kanzashi hairpin topped with a chrysanthemum embroidered in silk over a padded base. Worn with kimono at New Year or a wedding, or with a simple bun every day.",
    ja: {
      title: "加賀繍 かんざし",
      subtitle: "菊",
      description:
        "肉入れで盛り上げた土台に、絹糸で菊を刺繍した一本挿しのかんざしです。正月や婚礼の着物に、また普段のまとめ髪にも。",
    },
    prices: { jpy: 27500, usd: 185, eur: 170 },
    stock: 3,
    hsCode: "9615.90",
    weight: 50,
    size: { length: 170, width: 50, height: 30 },
    details: {
      technique: "Niku-iri padded embroidery",
      material: "Silk thread, silk, brass pin",
      care_key: "silk-embroidered",
      packaging: "gift-box",
    },
  },
  {
    handle: "kaga-embroidery-bookmark",
    artisan: "ishida-kaho",
    craft: "kaga-embroidery",
    categories: ["gifts"],
    title: "Kaga Embroidery Bookmark",
    subtitle: "Dragonfly in gold thread",
    description:
      "A silk bookmark with a dragonfly, the 'victory insect' of the samurai, embroidered in gold and silver thread. Light enough to post in a card.",
    ja: {
      title: "加賀繍 しおり",
      subtitle: "金糸の蜻蛉",
      description:
        "武士が「勝ち虫」と呼んで好んだ蜻蛉を、金糸と銀糸で刺繍した絹のしおりです。カードに添えて郵便で送れる軽さです。",
    },
    prices: { jpy: 5500, usd: 38, eur: 35 },
    stock: 15,
    hsCode: "5810.99",
    weight: 20,
    size: { length: 160, width: 50, height: 5 },
    details: {
      technique: "Hand embroidery, gold and silver thread",
      material: "Silk, gold and silver thread",
      care_key: "silk-embroidered",
      packaging: "standard",
    },
  },
]
