import type { ProductSeed } from "./types"

/** Kanazawa kiri woodwork (金沢桐工芸): light paulownia, its surface charred and polished, often with maki-e. */
export const kiri: ProductSeed[] = [
  {
    handle: "kiri-hibachi-maki-e",
    artisan: "sakai-itsuki",
    craft: "kiri",
    categories: ["interior"],
    title: "Paulownia Hibachi with Maki-e",
    subtitle: "Charcoal brazier, one of a kind",
    description:
      "A round hibachi carved from a single log of paulownia, its surface lightly charred and rubbed to bring up the grain (yaki-kiri), with bush clover in gold maki-e around the body and a copper liner. Kanazawa's kiri hibachi were made for Kaga's long snowy winters; today this one serves as a planter, a display piece or, with care, a brazier. The only one.",
    ja: {
      title: "桐火鉢 蒔絵",
      subtitle: "一点もの",
      description:
        "一本の桐の丸太から刳り出した丸火鉢です。表面を軽く焼いて磨き、木目を浮かび上がらせた焼桐に、萩の金蒔絵を巡らせ、銅の落としを納めました。金沢の桐火鉢は加賀の長い雪の冬のために作られてきました。いまは鉢カバーや飾りとして、また気をつけて使えば火鉢としても。この一点かぎりです。",
    },
    prices: { jpy: 264000, usd: 1780, eur: 1640 },
    stock: 1,
    hsCode: "4421.99",
    weight: 6500,
    size: { length: 360, width: 360, height: 300 },
    details: {
      technique: "Kurimono (hollowed from the log), yaki-kiri, maki-e",
      material: "Paulownia, urushi lacquer, gold powder, copper",
      care_key: "paulownia",
      one_of_a_kind: true,
      packaging: "tomobako",
      signed_box: true,
    },
  },
  {
    handle: "kiri-tea-canister",
    artisan: "sakai-itsuki",
    craft: "kiri",
    categories: ["tableware", "tea-ceremony"],
    title: "Paulownia Tea Canister",
    subtitle: "Airtight cha-zutsu, charred finish",
    description:
      "A tea canister turned from paulownia, a wood that swells with humidity and seals the lid tightly, which is why Japanese families kept their best tea and documents in it. The charred, polished surface deepens with handling. Holds about 100 g of sencha.",
    ja: {
      title: "桐 茶筒",
      subtitle: "焼桐",
      description:
        "桐を挽いて作った茶筒です。桐は湿気を含むと膨らんで蓋をぴたりと閉ざすため、古くから大切な茶葉や書類の保存に用いられてきました。焼いて磨いた表面は、手に触れるほど深い色になります。煎茶およそ100gが入ります。",
    },
    prices: { jpy: 11000, usd: 75, eur: 69 },
    stock: 10,
    hsCode: "4419.90",
    weight: 200,
    size: { length: 80, width: 80, height: 120 },
    details: {
      technique: "Turned, yaki-kiri finish",
      material: "Paulownia",
      care_key: "paulownia",
      packaging: "gift-box",
    },
  },
  {
    handle: "kiri-incense-box",
    artisan: "sakai-itsuki",
    craft: "kiri",
    categories: ["interior", "tea-ceremony"],
    title: "Paulownia Incense Box",
    subtitle: "With a maki-e moon on the lid",
    description:
      "A box for incense sticks and a small burner, in charred paulownia with a silver maki-e moon rising over grasses on the lid. The inside is left as bare, pale wood, which keeps the incense dry.",
    ja: {
      title: "桐 香箱",
      subtitle: "月の蒔絵",
      description:
        "線香と小さな香炉を納める焼桐の箱です。蓋に草むらから昇る月を銀蒔絵で描きました。内側は白木のままで、香を乾いたまま保ちます。",
    },
    prices: { jpy: 19800, usd: 134, eur: 123 },
    stock: 5,
    hsCode: "4420.90",
    weight: 350,
    size: { length: 240, width: 90, height: 60 },
    details: {
      technique: "Yaki-kiri joinery, silver maki-e",
      material: "Paulownia, urushi lacquer, silver powder",
      care_key: "paulownia",
      packaging: "gift-box",
    },
  },
  {
    handle: "kiri-flower-vase",
    artisan: "sakai-itsuki",
    craft: "kiri",
    categories: ["interior", "tea-ceremony"],
    title: "Paulownia Flower Vase",
    subtitle: "Hanaire with a copper liner",
    description:
      "A slender hanaire for a single stem or a tea-room arrangement, carved from paulownia and finished in the charred style, with a copper liner (otoshi) to hold water. Light enough to hang on a pillar.",
    ja: {
      title: "桐 花入",
      subtitle: "銅落とし付き",
      description:
        "一輪挿しや茶花のための、細身の花入です。桐を刳って焼桐に仕上げ、水を受ける銅の落としを添えました。柱に掛けられる軽さです。",
    },
    prices: { jpy: 16500, usd: 112, eur: 103 },
    stock: 6,
    hsCode: "4420.90",
    weight: 400,
    size: { length: 90, width: 90, height: 260 },
    details: {
      technique: "Carved, yaki-kiri finish",
      material: "Paulownia, copper",
      care_key: "paulownia",
      packaging: "gift-box",
    },
  },
  {
    handle: "kiri-keepsake-box",
    artisan: "sakai-itsuki",
    craft: "kiri",
    categories: ["gifts", "interior"],
    title: "Paulownia Keepsake Box",
    subtitle: "For letters and treasures, two sizes",
    description:
      "A plain box of pale paulownia with a fitted lid, the wood Japanese families chose for what mattered most: the umbilical-cord box, letters, a child's first kimono. Kiri resists moisture and insects and barely burns. Two sizes.",
    ja: {
      title: "桐 文箱",
      subtitle: "二寸法",
      description:
        "白木の桐に印籠蓋を合わせた、飾り気のない箱です。へその緒、手紙、子どものお宮参りの着物など、日本の家族は大切なものを桐に納めてきました。湿気や虫に強く、燃えにくい木です。大小二寸法。",
    },
    option: { en: "Size", ja: "寸法" },
    variants: [
      {
        skuSuffix: "S",
        value: { en: "Small (A5)", ja: "小（A5）" },
        prices: { jpy: 13200, usd: 90, eur: 82 },
        stock: 8,
        weight: 450,
        size: { length: 240, width: 180, height: 70 },
      },
      {
        skuSuffix: "L",
        value: { en: "Large (A4)", ja: "大（A4）" },
        prices: { jpy: 19800, usd: 134, eur: 123 },
        stock: 5,
        weight: 750,
        size: { length: 330, width: 250, height: 90 },
      },
    ],
    hsCode: "4420.90",
    details: {
      technique: "Sashimono joinery, inro-buta fitted lid",
      material: "Paulownia",
      care_key: "paulownia",
      packaging: "standard",
    },
  },
]
