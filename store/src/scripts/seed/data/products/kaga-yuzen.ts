import type { ProductSeed } from "./types"

/** Kaga-yuzen (加賀友禅): silk dyed freehand in the five Kaga colours, nature drawn as it is (mushikui). */
export const kagaYuzen: ProductSeed[] = [
  {
    handle: "kaga-yuzen-silk-furoshiki",
    artisan: "mori-yuki",
    craft: "kaga-yuzen",
    categories: ["accessories", "gifts"],
    title: "Kaga-yuzen Silk Furoshiki",
    subtitle: "Hand-dyed crepe, 68 cm",
    description:
      "A silk crepe wrapping cloth dyed freehand in the Kaga-yuzen palette of indigo, crimson, ochre, deep green and ancient purple. Kaga-yuzen paints nature as it is, leaves with worm-eaten edges included. Wrap a gift, or frame it.",
    ja: {
      title: "加賀友禅 正絹 風呂敷",
      subtitle: "手描き ちりめん 68cm",
      description:
        "藍・臙脂・黄土・草・古代紫の加賀五彩で手描きした、正絹ちりめんの風呂敷です。加賀友禅は自然をありのままに描き、虫食いの葉までも写します。贈り物を包んでも、額に入れて飾っても。",
    },
    prices: { jpy: 19800, usd: 135, eur: 125 },
    stock: 7,
    hsCode: "6214.10",
    weight: 150,
    size: { length: 680, width: 680, height: 5 },
    details: {
      technique: "Tegaki yuzen (freehand paste-resist dyeing)",
      material: "Silk crepe (chirimen), hand-dyed",
      care_key: "silk-dyed",
      packaging: "gift-box",
    },
  },
  {
    handle: "kaga-yuzen-silk-scarf",
    artisan: "mori-yuki",
    craft: "kaga-yuzen",
    categories: ["accessories"],
    title: "Kaga-yuzen Silk Scarf",
    subtitle: "Camellias on indigo",
    description:
      "A long silk scarf with camellias painted by hand over a graded indigo ground, using the paste-resist outlining that keeps each colour crisp. Dry-clean only.",
    ja: {
      title: "加賀友禅 シルクスカーフ",
      subtitle: "藍地 椿",
      description:
        "藍のぼかし地に、糸目糊で輪郭を置いて椿を手描きした絹のロングスカーフです。色の境がくっきりと映えます。ドライクリーニングのみ。",
    },
    prices: { jpy: 33000, usd: 225, eur: 205 },
    stock: 5,
    hsCode: "6214.10",
    weight: 120,
    size: { length: 1600, width: 450, height: 5 },
    details: {
      technique: "Itome-nori outlining, bokashi gradation",
      material: "Silk, hand-dyed",
      care_key: "silk-dyed",
      packaging: "gift-box",
    },
  },
  {
    handle: "kaga-yuzen-fukusa",
    artisan: "mori-yuki",
    craft: "kaga-yuzen",
    categories: ["accessories", "gifts"],
    title: "Kaga-yuzen Fukusa",
    subtitle: "Silk wrap for gift envelopes",
    description:
      "A folding silk fukusa to carry a gift-money envelope to a wedding or a memorial, dyed with a spray of chrysanthemums in Kaga-yuzen. Choose crimson for celebrations, or purple, which is proper for both joyful and sad occasions.",
    ja: {
      title: "加賀友禅 金封袱紗",
      subtitle: "正絹",
      description:
        "ご祝儀袋や香典袋を包んで持参するための、正絹の金封袱紗です。菊の枝を加賀友禅で染めました。慶事には臙脂、慶弔どちらにもお使いいただけるのは紫です。",
    },
    option: { en: "Colour", ja: "色" },
    variants: [
      {
        skuSuffix: "CRIMSON",
        value: { en: "Crimson (celebrations)", ja: "臙脂（慶事）" },
        prices: { jpy: 16500, usd: 112, eur: 103 },
        stock: 6,
        weight: 110,
        size: { length: 220, width: 130, height: 15 },
      },
      {
        skuSuffix: "PURPLE",
        value: { en: "Purple (all occasions)", ja: "紫（慶弔両用）" },
        prices: { jpy: 16500, usd: 112, eur: 103 },
        stock: 8,
        weight: 110,
        size: { length: 220, width: 130, height: 15 },
      },
    ],
    hsCode: "6217.10",
    details: {
      technique: "Tegaki yuzen",
      material: "Silk, hand-dyed",
      care_key: "silk-dyed",
      packaging: "gift-box",
    },
  },
  {
    handle: "kaga-yuzen-noren",
    artisan: "mori-yuki",
    craft: "kaga-yuzen",
    categories: ["interior"],
    title: "Kaga-yuzen Noren Curtain",
    subtitle: "Irises by the stream, made to order",
    description:
      "A two-panel doorway curtain in silk pongee, dyed with irises by a stream in the five Kaga colours, the petals shaded from the outside in (bokashi), as Kaga-yuzen does. Dyed after your order and steamed to fix the colours; allow about two months.",
    ja: {
      title: "加賀友禅 暖簾",
      subtitle: "流水に杜若 受注制作",
      description:
        "紬地の二枚仕立ての暖簾に、流れのほとりの杜若を加賀五彩で染めます。花びらは加賀友禅らしく外から内へとぼかしています。ご注文後に染め、蒸して色を定着させるため、二か月ほどいただきます。",
    },
    prices: { jpy: 88000, usd: 595, eur: 550 },
    stock: 0,
    hsCode: "6303.99",
    weight: 600,
    size: { length: 900, width: 1500, height: 10 },
    details: {
      technique: "Tegaki yuzen, outside-in bokashi",
      material: "Silk pongee (tsumugi), hand-dyed",
      care_key: "silk-dyed",
      made_to_order: true,
      lead_time_days: 60,
      packaging: "gift-box",
    },
  },
  {
    handle: "kaga-yuzen-framed-leaves",
    artisan: "mori-yuki",
    craft: "kaga-yuzen",
    categories: ["interior"],
    title: "Kaga-yuzen Panel, Worm-eaten Leaves",
    subtitle: "Framed silk, one of a kind",
    description:
      "Persimmon and maple leaves in late autumn, some with the worm-eaten holes (mushikui) that Kaga-yuzen paints on purpose as a sign of life's passing. Dyed on a single panel of silk and framed in paulownia. Signed by the dyer; only one exists.",
    ja: {
      title: "加賀友禅 額装「虫喰い葉」",
      subtitle: "一点もの",
      description:
        "晩秋の柿と楓の葉を描きました。加賀友禅は移ろう命のしるしとして、虫喰いの穴をあえて描き込みます。一枚の絹に染め、桐の額に納めました。作家の落款入り、この一点かぎりです。",
    },
    prices: { jpy: 143000, usd: 960, eur: 890 },
    stock: 1,
    hsCode: "5907.00",
    weight: 1800,
    size: { length: 520, width: 420, height: 40 },
    details: {
      technique: "Tegaki yuzen, mushikui motif",
      material: "Silk, hand-dyed; paulownia frame",
      care_key: "silk-dyed",
      one_of_a_kind: true,
      packaging: "tomobako",
      signed_box: true,
    },
  },
]
