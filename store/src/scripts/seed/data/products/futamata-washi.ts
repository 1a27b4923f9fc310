import type { ProductSeed } from "./types"

/** Futamata washi (二俣和紙): hand-made paper of Futamata, Kanazawa, over 1,300 years, paper of the gold-leaf beaters. */
export const futamataWashi: ProductSeed[] = [
  {
    handle: "futamata-washi-letter-set",
    artisan: "ueda-minori",
    craft: "futamata-washi",
    categories: ["gifts"],
    title: "Futamata Washi Letter Set",
    subtitle: "Twenty sheets and ten envelopes",
    description:
      "Writing paper and envelopes made by hand from kōzo (mulberry) fibre in Futamata, a village in the hills of Kanazawa that has made paper for more than 1,300 years and supplied the Kaga lords with their official paper. Takes fountain pen and brush alike.",
    ja: {
      title: "二俣和紙 レターセット",
      subtitle: "便箋二十枚・封筒十枚",
      description:
        "楮を原料に、金沢の山あいの里・二俣で手漉きした便箋と封筒です。二俣は千三百年以上紙を漉きつづけ、加賀藩の御料紙を納めてきました。万年筆でも筆でも書き心地よくお使いいただけます。",
    },
    prices: { jpy: 4950, usd: 34, eur: 31 },
    stock: 25,
    hsCode: "4817.30",
    weight: 180,
    size: { length: 260, width: 190, height: 15 },
    details: {
      technique: "Nagashi-zuki hand papermaking",
      material: "Kōzo (mulberry) washi",
      care_key: "washi",
      packaging: "gift-box",
    },
  },
  {
    handle: "futamata-washi-notebook",
    artisan: "ueda-minori",
    craft: "futamata-washi",
    categories: ["accessories", "gifts"],
    title: "Futamata Washi Notebook",
    subtitle: "Stab-bound, 48 leaves",
    description:
      "A notebook of 48 leaves of plain washi sewn in the Japanese four-hole binding (yotsume-toji), with a cover dyed in persimmon tannin (kakishibu). The pages lie soft and take ink without bleeding.",
    ja: {
      title: "二俣和紙 和綴じノート",
      subtitle: "四つ目綴じ 四十八丁",
      description:
        "無地の和紙四十八丁を四つ目綴じで綴じ、表紙を柿渋で染めたノートです。紙はしなやかで、墨もインクもにじまずに受け止めます。",
    },
    prices: { jpy: 3850, usd: 26, eur: 24 },
    stock: 30,
    hsCode: "4820.10",
    weight: 150,
    size: { length: 210, width: 150, height: 12 },
    details: {
      technique: "Hand papermaking, yotsume-toji binding, kakishibu dyeing",
      material: "Kōzo washi, persimmon tannin, silk thread",
      care_key: "washi",
      packaging: "standard",
    },
  },
  {
    handle: "futamata-washi-gold-cards",
    artisan: "ueda-minori",
    craft: "futamata-washi",
    categories: ["gifts"],
    title: "Futamata Washi Cards with Gold Leaf",
    subtitle: "Five folded cards and envelopes",
    description:
      "Greeting cards of Futamata washi with flakes of Kanazawa gold leaf laid into the wet sheet as it is made. Futamata paper has long been the paper between which Kanazawa's gold is beaten, so the two crafts meet here on the same sheet.",
    ja: {
      title: "二俣和紙 金箔入りカード",
      subtitle: "二つ折り 五組",
      description:
        "紙を漉く途中で金沢箔の小片を漉き込んだ、二俣和紙のカードです。二俣の紙は長く金沢の箔打ち紙として使われてきました。二つの工芸が一枚の紙の上で出会います。",
    },
    prices: { jpy: 3300, usd: 22, eur: 20 },
    stock: 30,
    hsCode: "4817.30",
    weight: 90,
    size: { length: 170, width: 120, height: 10 },
    details: {
      technique: "Suki-komi (leaf laid into the wet sheet)",
      material: "Kōzo washi, gold leaf",
      care_key: "washi",
      packaging: "standard",
    },
  },
  {
    handle: "futamata-washi-lampshade",
    artisan: "ueda-minori",
    craft: "futamata-washi",
    categories: ["interior"],
    title: "Futamata Washi Lampshade",
    subtitle: "Pendant shade, made to order",
    description:
      "A round pendant shade of thick washi laid over a bamboo frame, with the long kōzo fibres left visible so that the light falls soft and warm. The paper is made for each shade after the order; allow four weeks. Fits a standard E26/E27 pendant cord (not included).",
    ja: {
      title: "二俣和紙 ランプシェード",
      subtitle: "吊り下げ型 受注制作",
      description:
        "竹の骨に厚手の和紙を張った丸い吊り下げシェードです。楮の長い繊維を残し、光がやわらかく温かく広がります。ご注文を受けてから紙を漉くため、四週間ほどいただきます。一般的なE26/E27の吊り下げコードに合います（コードは別売り）。",
    },
    prices: { jpy: 38500, usd: 260, eur: 240 },
    stock: 0,
    hsCode: "9405.92",
    weight: 800,
    size: { length: 400, width: 400, height: 350 },
    details: {
      technique: "Nagashi-zuki, fibre-showing thick sheet, hand-laid on bamboo",
      material: "Kōzo washi, bamboo",
      care_key: "washi",
      made_to_order: true,
      lead_time_days: 28,
      packaging: "standard",
    },
  },
  {
    handle: "futamata-washi-pochibukuro",
    artisan: "ueda-minori",
    craft: "futamata-washi",
    categories: ["gifts"],
    title: "Futamata Washi Pochi-bukuro",
    subtitle: "Small gift envelopes, set of six",
    description:
      "Six little envelopes for New Year money, a thank-you tip or a pressed flower, in six soft colours of hand-dyed washi, each stamped by hand with a small seasonal motif.",
    ja: {
      title: "二俣和紙 ぽち袋 六枚組",
      subtitle: "手染め",
      description:
        "お年玉や心付け、押し花を入れる小さな封筒六枚組です。やわらかな六色の手染め和紙に、季節の小さな印を一枚ずつ手で押しました。",
    },
    prices: { jpy: 1980, usd: 14, eur: 13 },
    stock: 40,
    hsCode: "4817.10",
    weight: 40,
    size: { length: 120, width: 80, height: 5 },
    details: {
      technique: "Hand-dyed washi, hand-stamped",
      material: "Kōzo washi, plant dyes",
      care_key: "washi",
      packaging: "standard",
    },
  },
]
