import type { ProductSeed } from "./types"

/** Ohi ware (大樋焼): hand-built, low-fired raku-style pieces under the amber (ame) glaze, since 1666. */
export const ohi: ProductSeed[] = [
  {
    handle: "ohi-amber-tea-bowl",
    artisan: "takeda-ren",
    craft: "ohi",
    categories: ["tea-ceremony"],
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
    hsCode: "6912.00",
    weight: 900,
    size: { length: 125, width: 125, height: 85 },
    details: {
      technique: "Tezukune hand-building, low-fired raku, amber glaze",
      material: "Earthenware, amber (ame) glaze",
      care_key: "earthenware-raku",
      one_of_a_kind: true,
      packaging: "tomobako",
      signed_box: true,
    },
  },
  {
    handle: "ohi-incense-holder",
    artisan: "takeda-ren",
    craft: "ohi",
    categories: ["tea-ceremony", "interior"],
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
    hsCode: "6913.90",
    weight: 350,
    size: { length: 90, width: 90, height: 75 },
    details: {
      technique: "Hand-modelled, low-fired, amber glaze",
      material: "Earthenware, amber glaze",
      care_key: "earthenware-raku",
      packaging: "tomobako",
      signed_box: true,
    },
  },
  {
    handle: "ohi-black-tea-bowl",
    artisan: "takeda-ren",
    craft: "ohi",
    categories: ["tea-ceremony"],
    title: "Ohi Black Tea Bowl",
    subtitle: "Kuro-Ohi chawan, one of a kind",
    description:
      "A tea bowl in the rarer black Ohi glaze, pulled from the kiln while still glowing so that the glaze cools to a deep, soft black. The walls are thick and warm to hold in winter. Hand-built and the only one of its kind; signed box.",
    ja: {
      title: "大樋焼 黒釉 茶碗",
      subtitle: "黒大樋 一点もの",
      description:
        "焼成中の窯から赤く焼けたまま引き出し、急冷して深くやわらかな黒に仕上げた黒大樋の茶碗です。厚手の胴は冬の茶席で手に温かく感じられます。手捏ねの一点もの。作家の落款入り共箱。",
    },
    prices: { jpy: 110000, usd: 740, eur: 680 },
    stock: 1,
    hsCode: "6912.00",
    weight: 950,
    size: { length: 120, width: 120, height: 90 },
    details: {
      technique: "Tezukune hand-building, hikidashi (pulled from the kiln), black glaze",
      material: "Earthenware, black glaze",
      care_key: "earthenware-raku",
      one_of_a_kind: true,
      packaging: "tomobako",
      signed_box: true,
    },
  },
  {
    handle: "ohi-sweets-dishes",
    artisan: "takeda-ren",
    craft: "ohi",
    categories: ["tea-ceremony", "tableware"],
    title: "Ohi Sweets Dishes, Set of Five",
    subtitle: "Kashizara in amber glaze, made to order",
    description:
      "Five small dishes for serving wagashi at tea, each pressed by hand into a gently square shape and glazed in amber. The set is made after your order and fired with the kiln's next load; allow about six weeks.",
    ja: {
      title: "大樋焼 菓子皿 五枚組",
      subtitle: "飴釉 受注制作",
      description:
        "茶席で和菓子を出すための小皿五枚組です。一枚ずつ手でやわらかな角形に押し、飴釉をかけました。ご注文を受けてから制作し、次の窯で焼き上げます。お届けまで六週間ほどいただきます。",
    },
    prices: { jpy: 44000, usd: 298, eur: 275 },
    stock: 0,
    hsCode: "6912.00",
    weight: 1300,
    size: { length: 180, width: 180, height: 110 },
    details: {
      technique: "Hand-pressed, low-fired, amber glaze",
      material: "Earthenware, amber glaze",
      care_key: "earthenware-raku",
      made_to_order: true,
      lead_time_days: 42,
      packaging: "tomobako",
      signed_box: true,
    },
  },
  {
    handle: "ohi-water-jar",
    artisan: "takeda-ren",
    craft: "ohi",
    categories: ["tea-ceremony"],
    title: "Ohi Fresh-Water Jar",
    subtitle: "Mizusashi with lacquered lid, one of a kind",
    description:
      "A mizusashi, the jar that holds fresh water in the tea room, built up by hand in coils and glazed amber, with a lid of black urushi made by a Kanazawa lacquerer. A centrepiece for a summer tea gathering. One of a kind.",
    ja: {
      title: "大樋焼 水指",
      subtitle: "塗蓋 一点もの",
      description:
        "茶席で清水を蓄える水指です。紐づくりで手で積み上げて飴釉をかけ、金沢の塗師による黒漆の塗蓋を添えました。夏の茶会の主役となる一点ものです。",
    },
    prices: { jpy: 198000, usd: 1330, eur: 1230 },
    stock: 1,
    hsCode: "6912.00",
    weight: 3200,
    size: { length: 200, width: 200, height: 190 },
    details: {
      technique: "Coil-built, low-fired, amber glaze; urushi lid",
      material: "Earthenware, amber glaze, lacquered wood lid",
      care_key: "earthenware-raku",
      one_of_a_kind: true,
      packaging: "tomobako",
      signed_box: true,
    },
  },
  {
    handle: "ohi-sake-cup",
    artisan: "takeda-ren",
    craft: "ohi",
    categories: ["sake-ware", "gifts"],
    title: "Ohi Sake Cup",
    subtitle: "Guinomi in amber glaze",
    description:
      "A sturdy guinomi shaped by hand, with the amber glaze thick at the foot and thin at the rim. Soft earthenware slowly takes on the colour of the sake it holds; that change is part of its charm.",
    ja: {
      title: "大樋焼 ぐい呑み",
      subtitle: "飴釉",
      description:
        "手捏ねでしっかりと形づくったぐい呑みです。飴釉は高台に厚く、口縁に薄く掛かっています。やわらかな土ものは使ううちに酒の色を吸って表情を変えていきます。それもまた味わいです。",
    },
    prices: { jpy: 13200, usd: 90, eur: 82 },
    stock: 6,
    hsCode: "6912.00",
    weight: 250,
    size: { length: 80, width: 80, height: 60 },
    details: {
      technique: "Tezukune hand-building, amber glaze",
      material: "Earthenware, amber glaze",
      care_key: "earthenware-raku",
      packaging: "tomobako",
      signed_box: true,
    },
  },
]
