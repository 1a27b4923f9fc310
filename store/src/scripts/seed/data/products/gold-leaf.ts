import type { ProductSeed } from "./types"

/** Kanazawa gold leaf (金沢箔): gold beaten between sheets of washi (hakuuchi) to about 0.1 µm. */
export const goldLeaf: ProductSeed[] = [
  {
    handle: "gold-leaf-sake-cup",
    artisan: "fujita-haru",
    craft: "gold-leaf",
    categories: ["sake-ware", "gifts"],
    title: "Gold Leaf Sake Cup",
    subtitle: "Lacquered cup lined with Kanazawa gold leaf",
    description:
      "A flat sakazuki cup whose inside is laid with Kanazawa gold leaf, beaten to about a ten-thousandth of a millimetre. Kanazawa makes nearly all of Japan's gold leaf. Pour sake and watch the leaf glow through it.",
    ja: {
      title: "金箔 盃",
      subtitle: "金沢箔 内貼り",
      description:
        "一万分の一ミリほどまで打ち延ばした金沢箔を、内側に貼った平盃です。国内の金箔のほとんどが金沢で作られています。お酒を注ぐと、箔がやわらかく光ります。",
    },
    prices: { jpy: 6600, usd: 45, eur: 42 },
    stock: 20,
    hsCode: "4419.90",
    weight: 90,
    size: { length: 90, width: 90, height: 30 },
    details: {
      technique: "Hakuoshi (laying leaf) on urushi",
      material: "Wood, urushi lacquer, gold leaf",
      care_key: "gold-leaf",
      packaging: "gift-box",
    },
  },
  {
    handle: "gold-leaf-coaster-set",
    artisan: "fujita-haru",
    craft: "gold-leaf",
    categories: ["tableware", "gifts"],
    title: "Gold Leaf Coasters, Set of Two",
    subtitle: "Scattered-leaf (kirikane) pattern",
    description:
      "Two round coasters with squares of gold leaf scattered by hand and sealed under a clear coat, so they can be wiped clean. A light gift that travels well.",
    ja: {
      title: "金箔 コースター 二枚組",
      subtitle: "砂子 切箔",
      description:
        "金箔を手で切り散らし、透明な塗膜で仕上げた丸いコースター二枚組です。拭いてお手入れできます。軽く、遠方への贈り物にも向いています。",
    },
    prices: { jpy: 4400, usd: 30, eur: 28 },
    stock: 25,
    hsCode: "4419.90",
    weight: 120,
    size: { length: 100, width: 100, height: 20 },
    details: {
      technique: "Kirihaku and sunago (cut and dusted leaf)",
      material: "Wood, gold leaf, clear lacquer",
      care_key: "gold-leaf",
      packaging: "gift-box",
    },
  },
  {
    handle: "gold-leaf-hand-mirror",
    artisan: "fujita-haru",
    craft: "gold-leaf",
    categories: ["accessories", "gifts"],
    title: "Gold Leaf Hand Mirror",
    subtitle: "Back laid with leaf in a wave pattern",
    description:
      "A compact hand mirror whose wooden back is laid with gold and platinum leaf in the pattern of overlapping waves (seigaiha), then sealed. Small enough for a handbag; comes in a cloth pouch and a gift box.",
    ja: {
      title: "金箔 手鏡",
      subtitle: "青海波",
      description:
        "木製の背に金箔とプラチナ箔を青海波の文様に貼り、塗膜で仕上げた手鏡です。バッグに入る大きさで、布袋と化粧箱に入れてお届けします。",
    },
    prices: { jpy: 9900, usd: 68, eur: 62 },
    stock: 12,
    hsCode: "7009.92",
    weight: 180,
    size: { length: 140, width: 80, height: 25 },
    details: {
      technique: "Hakuoshi in seigaiha pattern, gold and platinum leaf",
      material: "Wood, gold leaf, platinum leaf, glass mirror",
      care_key: "gold-leaf",
      packaging: "gift-box",
    },
  },
  {
    handle: "gold-leaf-table-screen",
    artisan: "fujita-haru",
    craft: "gold-leaf",
    categories: ["interior"],
    title: "Gold Leaf Table Screen",
    subtitle: "Two-panel byōbu, made to order",
    description:
      "A small two-panel folding screen covered square by square in gold leaf, the way the great screens of Kanazawa's temples are gilded, with the faint grid of the leaf edges left visible. Stands on a sideboard or in an alcove. Each screen is gilded after the order; allow two months.",
    ja: {
      title: "金箔 二曲屏風（卓上）",
      subtitle: "受注制作",
      description:
        "寺院の大屏風と同じように、金箔を一枚ずつ押して仕上げた卓上の二曲屏風です。箔足の格子をうっすらと残しています。飾り棚や床の間に。ご注文を受けてから箔押しするため、二か月ほどいただきます。",
    },
    prices: { jpy: 121000, usd: 815, eur: 750 },
    stock: 0,
    hsCode: "4421.99",
    weight: 2400,
    size: { length: 600, width: 80, height: 450 },
    details: {
      technique: "Hakuoshi, full gilding with visible leaf joins (hakuashi)",
      material: "Wood frame, washi, gold leaf",
      care_key: "gold-leaf",
      made_to_order: true,
      lead_time_days: 60,
      packaging: "tomobako",
      signed_box: true,
    },
  },
  {
    handle: "gold-leaf-booklet",
    artisan: "fujita-haru",
    craft: "gold-leaf",
    categories: ["gifts"],
    title: "Kanazawa Gold Leaf, Ten Sheets",
    subtitle: "Craft leaf, 109 mm square, interleaved with washi",
    description:
      "Ten sheets of Kanazawa gold leaf, each about 0.1 µm thick, beaten by hand (hakuuchi) between sheets of washi paper and laid in a booklet of tissue. For gilding, calligraphy and craft work. Handle with bamboo tweezers: a breath lifts it.",
    ja: {
      title: "金沢箔 純金箔 十枚",
      subtitle: "109mm角 和紙合紙",
      description:
        "和紙の間で打ち延ばした（箔打ち）厚さ約0.1マイクロメートルの金沢箔を、十枚一冊にしました。箔押しや書、工作に。竹製のピンセットで扱ってください。息ひとつで舞い上がるほどの薄さです。",
    },
    prices: { jpy: 8800, usd: 60, eur: 55 },
    stock: 40,
    hsCode: "7108.13",
    weight: 40,
    size: { length: 150, width: 150, height: 5 },
    details: {
      technique: "Hakuuchi (hand beating between washi)",
      material: "Gold leaf (94.43% gold), washi",
      care_key: "gold-leaf",
      packaging: "standard",
    },
  },
  {
    handle: "gold-leaf-chopstick-rests",
    artisan: "fujita-haru",
    craft: "gold-leaf",
    categories: ["tableware", "gifts"],
    title: "Gold Leaf Chopstick Rests, Set of Five",
    subtitle: "Gourds in gold, silver and platinum leaf",
    description:
      "Five chopstick rests in the shape of small gourds, a charm for good fortune, each finished in a different leaf: two golds, silver, platinum and a red-gold. Sealed so they can be rinsed after dinner.",
    ja: {
      title: "金箔 箸置き 五個組",
      subtitle: "瓢箪",
      description:
        "縁起のよい瓢箪をかたどった箸置き五個組です。金二色・銀・プラチナ・赤金と、一つずつ異なる箔で仕上げました。塗膜で保護しているので、食後に水洗いできます。",
    },
    prices: { jpy: 5500, usd: 38, eur: 35 },
    stock: 18,
    hsCode: "4419.90",
    weight: 150,
    size: { length: 160, width: 90, height: 30 },
    details: {
      technique: "Hakuoshi with five kinds of leaf",
      material: "Wood, gold, silver and platinum leaf, clear lacquer",
      care_key: "gold-leaf",
      packaging: "gift-box",
    },
  },
]
