/**
 * The demo catalog. Amounts are Medusa units: whole yen, dollars and euros (decimals allowed for
 * USD/EUR). Sizes in millimetres, weights in grams (packed piece, wooden box included).
 */
export type ProductSeed = {
  handle: string
  artisan: string
  craft: CraftSlug
  title: string
  subtitle: string
  description: string
  ja: { title: string; subtitle: string; description: string }
  prices: { jpy: number; usd: number; eur: number }
  stock: number
  oneOfAKind?: boolean
  material: string
  hsCode: string
  weight: number
  size: { length: number; width: number; height: number }
}

export type CraftSlug = "kutani" | "ohi" | "lacquer" | "gold-leaf" | "kaga-yuzen"

export const crafts: Record<CraftSlug, { en: string; ja: string }> = {
  kutani: { en: "Kutani ware", ja: "九谷焼" },
  ohi: { en: "Ohi ware", ja: "大樋焼" },
  lacquer: { en: "Kanazawa lacquerware", ja: "金沢漆器" },
  "gold-leaf": { en: "Kanazawa gold leaf", ja: "金沢箔" },
  "kaga-yuzen": { en: "Kaga-yuzen", ja: "加賀友禅" },
}

export const products: ProductSeed[] = [
  {
    handle: "kutani-gosai-plate",
    artisan: "hoshino-aya",
    craft: "kutani",
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
    material: "Porcelain, overglaze enamels",
    hsCode: "6911.10",
    weight: 1400,
    size: { length: 240, width: 240, height: 40 },
  },
  {
    handle: "kutani-sake-cups-pair",
    artisan: "hoshino-aya",
    craft: "kutani",
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
    material: "Porcelain, overglaze enamels, gold",
    hsCode: "6911.10",
    weight: 450,
    size: { length: 180, width: 110, height: 70 },
  },
  {
    handle: "kutani-akae-teacup",
    artisan: "hoshino-aya",
    craft: "kutani",
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
    material: "Porcelain, iron-red overglaze",
    hsCode: "6911.10",
    weight: 300,
    size: { length: 90, width: 90, height: 100 },
  },
  {
    handle: "ohi-amber-tea-bowl",
    artisan: "takeda-ren",
    craft: "ohi",
    title: "Ohi Amber-Glaze Tea Bowl",
    subtitle: "Hand-built chawan, one of a kind",
    description:
      "A tea bowl shaped by hand without a wheel and fired at low temperature in the Ohi tradition, which came to Kanazawa in 1666 with the tea master Sensō Sōshitsu. The amber glaze pools and breaks differently on every bowl; this one is the only one of its kind. Signed box with the potter's seal.",
    ja: {
      title: "大樋焼 飴釉 茶碗",
      subtitle: "手捏ね 一点もの",
      description:
        "轆轤を使わず手捏ねで形づくり、低い温度で焼き上げた茶碗です。大樋焼は寛文六年（1666年）、裏千家の仙叟宗室とともに金沢へ伝わりました。飴釉の溜まりと景色は一碗ごとに異なり、この茶碗も世界にひとつだけです。作家の落款入り共箱。",
    },
    prices: { jpy: 132000, usd: 890, eur: 820 },
    stock: 1,
    oneOfAKind: true,
    material: "Earthenware, amber (ame) glaze",
    hsCode: "6912.00",
    weight: 900,
    size: { length: 125, width: 125, height: 85 },
  },
  {
    handle: "ohi-incense-holder",
    artisan: "takeda-ren",
    craft: "ohi",
    title: "Ohi Incense Case",
    subtitle: "Kōgō in the shape of a persimmon",
    description:
      "A small lidded kōgō for incense used in the tea room, modelled as an autumn persimmon under Ohi's amber glaze. Lovely on a shelf or a desk when it is not in use.",
    ja: {
      title: "大樋焼 柿香合",
      subtitle: "飴釉",
      description:
        "茶席で香を入れる蓋物、香合です。秋の柿をかたどり、大樋の飴釉をかけました。使わない日も棚や机に置いて愛でていただけます。",
    },
    prices: { jpy: 27500, usd: 185, eur: 170 },
    stock: 3,
    material: "Earthenware, amber glaze",
    hsCode: "6913.90",
    weight: 350,
    size: { length: 90, width: 90, height: 75 },
  },
  {
    handle: "kanazawa-maki-e-bowl",
    artisan: "kimura-sho",
    craft: "lacquer",
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
    material: "Zelkova wood, urushi lacquer, gold powder",
    hsCode: "4419.90",
    weight: 380,
    size: { length: 125, width: 125, height: 95 },
  },
  {
    handle: "kanazawa-lacquer-chopsticks",
    artisan: "kimura-sho",
    craft: "lacquer",
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
    material: "Hinoki cypress, urushi lacquer",
    hsCode: "4419.90",
    weight: 60,
    size: { length: 240, width: 40, height: 20 },
  },
  {
    handle: "kanazawa-maki-e-jewelry-box",
    artisan: "kimura-sho",
    craft: "lacquer",
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
    material: "Wood, urushi lacquer, gold, abalone shell",
    hsCode: "4420.90",
    weight: 500,
    size: { length: 150, width: 100, height: 70 },
  },
  {
    handle: "gold-leaf-sake-cup",
    artisan: "fujita-haru",
    craft: "gold-leaf",
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
    material: "Wood, urushi lacquer, gold leaf",
    hsCode: "4419.90",
    weight: 90,
    size: { length: 90, width: 90, height: 30 },
  },
  {
    handle: "gold-leaf-coaster-set",
    artisan: "fujita-haru",
    craft: "gold-leaf",
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
    material: "Wood, gold leaf, clear lacquer",
    hsCode: "4419.90",
    weight: 120,
    size: { length: 100, width: 100, height: 20 },
  },
  {
    handle: "kaga-yuzen-silk-furoshiki",
    artisan: "mori-yuki",
    craft: "kaga-yuzen",
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
    material: "Silk crepe (chirimen), hand-dyed",
    hsCode: "6214.10",
    weight: 150,
    size: { length: 680, width: 680, height: 5 },
  },
  {
    handle: "kaga-yuzen-silk-scarf",
    artisan: "mori-yuki",
    craft: "kaga-yuzen",
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
    material: "Silk, hand-dyed",
    hsCode: "6214.10",
    weight: 120,
    size: { length: 1600, width: 450, height: 5 },
  },
]
