import type { ProductSeed } from "./types"

/** Kanazawa lacquerware (金沢漆器): many layers of urushi, decorated in maki-e (gold sprinkled into wet lacquer). */
export const lacquer: ProductSeed[] = [
  {
    handle: "kanazawa-maki-e-bowl",
    artisan: "kimura-sho",
    craft: "lacquer",
    categories: ["tableware"],
    title: "Maki-e Soup Bowl",
    subtitle: "Kanazawa lacquer on zelkova, autumn grasses",
    description:
      "A lidded soup bowl turned from zelkova, coated in many layers of urushi and decorated in maki-e: autumn grasses drawn in lacquer and dusted with gold powder. Kanazawa lacquerware grew from the Maeda lords' patronage of maki-e masters in the 17th century. Wash by hand in lukewarm water.",
    ja: {
      title: "蒔絵 吸物椀",
      subtitle: "欅 秋草蒔絵",
      description:
        "欅を挽いた木地に漆を幾度も塗り重ね、秋草を蒔絵で描いた蓋付きの吸物椀です。漆で描いた線に金粉を蒔いて仕上げました。金沢漆器は十七世紀、加賀藩前田家が蒔絵の名工を招いたことに始まります。ぬるま湯で手洗いしてください。",
    },
    prices: { jpy: 24200, usd: 165, eur: 150 },
    stock: 6,
    hsCode: "4419.90",
    weight: 380,
    size: { length: 125, width: 125, height: 95 },
    details: {
      technique: "Hira-maki-e on multi-layer urushi",
      material: "Zelkova wood, urushi lacquer, gold powder",
      care_key: "urushi",
      packaging: "tomobako",
      signed_box: true,
    },
  },
  {
    handle: "kanazawa-lacquer-chopsticks",
    artisan: "kimura-sho",
    craft: "lacquer",
    categories: ["tableware", "gifts"],
    title: "Lacquered Chopsticks",
    subtitle: "Urushi on Japanese cypress, 23 cm",
    description:
      "Everyday chopsticks of hinoki cypress finished in urushi, with a faint sprinkle of gold at the top. Urushi grows more lustrous with use and washing.",
    ja: {
      title: "漆塗り箸",
      subtitle: "檜 23cm",
      description:
        "檜の箸に漆を塗り、天に金粉をわずかに蒔きました。漆は使って洗うほどに艶が増していきます。",
    },
    prices: { jpy: 5500, usd: 38, eur: 35 },
    stock: 30,
    hsCode: "4419.90",
    weight: 60,
    size: { length: 240, width: 40, height: 20 },
    details: {
      technique: "Urushi wiping finish with gold dusting",
      material: "Hinoki cypress, urushi lacquer",
      care_key: "urushi",
      packaging: "gift-box",
    },
  },
  {
    handle: "kanazawa-maki-e-jewelry-box",
    artisan: "kimura-sho",
    craft: "lacquer",
    categories: ["accessories", "interior"],
    title: "Maki-e Jewellery Box",
    subtitle: "Black urushi with gold and mother-of-pearl",
    description:
      "A small box of black urushi with a flowing water pattern in raised gold maki-e and inlaid abalone shell. Lined in vermilion lacquer. Made over several months, layer by layer.",
    ja: {
      title: "蒔絵 小箱",
      subtitle: "黒漆 金蒔絵 螺鈿",
      description:
        "黒漆の小箱に、高蒔絵の流水文と鮑貝の螺鈿をあしらいました。内側は朱漆塗り。数か月をかけて一層ずつ仕上げています。",
    },
    prices: { jpy: 88000, usd: 595, eur: 550 },
    stock: 2,
    hsCode: "4420.90",
    weight: 500,
    size: { length: 150, width: 100, height: 70 },
    details: {
      technique: "Taka-maki-e (raised gold) with raden (shell inlay)",
      material: "Wood, urushi lacquer, gold, abalone shell",
      care_key: "urushi",
      packaging: "tomobako",
      signed_box: true,
    },
  },
  {
    handle: "kanazawa-maki-e-natsume",
    artisan: "kimura-sho",
    craft: "lacquer",
    categories: ["tea-ceremony"],
    title: "Maki-e Tea Caddy (Natsume)",
    subtitle: "Autumn moon and rabbits",
    description:
      "A natsume for powdered tea, lacquered black inside and out and decorated with a full moon over pampas grass and two rabbits in gold maki-e that runs across the lid and body. Kanazawa's natsume are prized in the tea world; this one has been polished by hand (rō-iro) to a deep mirror shine.",
    ja: {
      title: "蒔絵 棗",
      subtitle: "月に兎",
      description:
        "薄茶を入れる棗です。内外とも黒漆で塗り、蓋から胴へと続く金蒔絵で、芒の上の満月と二羽の兎を描きました。金沢の棗は茶の世界で重んじられています。呂色仕上げで、手で磨き上げた深い艶があります。",
    },
    prices: { jpy: 77000, usd: 520, eur: 480 },
    stock: 2,
    hsCode: "4420.90",
    weight: 300,
    size: { length: 100, width: 100, height: 110 },
    details: {
      technique: "Hira-maki-e, rō-iro hand polishing",
      material: "Wood, urushi lacquer, gold powder",
      care_key: "urushi",
      packaging: "tomobako",
      signed_box: true,
    },
  },
  {
    handle: "kanazawa-lacquer-sake-cups",
    artisan: "kimura-sho",
    craft: "lacquer",
    categories: ["sake-ware", "gifts"],
    title: "Vermilion Sake Cups, Nested Three",
    subtitle: "Sanju-no-sakazuki for celebrations",
    description:
      "Three flat sake cups in vermilion urushi that nest inside one another, the set used to exchange vows at a Japanese wedding and to toast the New Year. The largest carries a crane and the smallest a turtle, in gold maki-e.",
    ja: {
      title: "朱塗 三ツ組盃",
      subtitle: "祝いの盃",
      description:
        "朱漆で塗った平盃を三つ重ねた三ツ組盃です。婚礼の三献の儀や、正月の祝い酒に用いられてきました。大盃に鶴、小盃に亀を金蒔絵で描いています。",
    },
    prices: { jpy: 49500, usd: 335, eur: 310 },
    stock: 3,
    hsCode: "4419.90",
    weight: 450,
    size: { length: 130, width: 130, height: 60 },
    details: {
      technique: "Shu-nuri vermilion urushi, maki-e",
      material: "Wood, vermilion urushi, gold powder",
      care_key: "urushi",
      packaging: "tomobako",
      signed_box: true,
    },
  },
  {
    handle: "kanazawa-tame-nuri-tray",
    artisan: "kimura-sho",
    craft: "lacquer",
    categories: ["tableware", "tea-ceremony"],
    title: "Tame-nuri Tray",
    subtitle: "Translucent urushi over red, two sizes",
    description:
      "A round tray in tame-nuri: red lacquer under a translucent amber urushi that lets the red glow through and slowly brightens over the years. For tea and sweets, or to serve a meal for one.",
    ja: {
      title: "溜塗 丸盆",
      subtitle: "二寸法",
      description:
        "朱の上に透漆を塗り重ねた溜塗の丸盆です。下の朱が透けて見え、年月とともに明るく冴えていきます。お茶とお菓子に、またお一人分の膳として。",
    },
    option: { en: "Diameter", ja: "寸法" },
    variants: [
      {
        skuSuffix: "30CM",
        value: { en: "30 cm (shaku)", ja: "尺 30cm" },
        prices: { jpy: 26400, usd: 178, eur: 165 },
        stock: 4,
        weight: 700,
        size: { length: 300, width: 300, height: 30 },
      },
      {
        skuSuffix: "36CM",
        value: { en: "36 cm (shaku-ni)", ja: "尺二 36cm" },
        prices: { jpy: 33000, usd: 222, eur: 205 },
        stock: 3,
        weight: 950,
        size: { length: 360, width: 360, height: 30 },
      },
    ],
    hsCode: "4419.90",
    details: {
      technique: "Tame-nuri (translucent urushi over red)",
      material: "Wood, urushi lacquer",
      care_key: "urushi",
      packaging: "gift-box",
    },
  },
  {
    handle: "kanazawa-name-chopsticks",
    artisan: "kimura-sho",
    craft: "lacquer",
    categories: ["gifts", "tableware"],
    title: "Chopsticks with a Name in Maki-e",
    subtitle: "Made to order, a pair for a couple",
    description:
      "Two pairs of urushi chopsticks, each with a name or initials drawn in gold maki-e near the top. Tell us the names at checkout in the order note; the lacquerer draws them by hand and lets each layer cure, so allow three weeks.",
    ja: {
      title: "名入れ蒔絵 夫婦箸",
      subtitle: "受注制作",
      description:
        "漆塗りの箸二膳の天近くに、お名前やイニシャルを金蒔絵で描き入れます。ご注文時に備考欄でお名前をお知らせください。塗師が手で描き、一層ずつ乾かして仕上げるため、三週間ほどいただきます。",
    },
    prices: { jpy: 16500, usd: 112, eur: 103 },
    stock: 0,
    hsCode: "4419.90",
    weight: 150,
    size: { length: 250, width: 70, height: 30 },
    details: {
      technique: "Maki-e lettering on urushi",
      material: "Hinoki cypress, urushi lacquer, gold powder",
      care_key: "urushi",
      made_to_order: true,
      lead_time_days: 21,
      packaging: "gift-box",
    },
  },
]
