import type { CraftSlug } from "../../../lib/craft-attributes"

/** Collection titles per craft (collection handle = craft slug); English base, Japanese translation. */
export const crafts: Record<CraftSlug, { en: string; ja: string }> = {
  kutani: { en: "Kutani ware", ja: "九谷焼" },
  ohi: { en: "Ohi ware", ja: "大樋焼" },
  lacquer: { en: "Kanazawa lacquerware", ja: "金沢漆器" },
  "gold-leaf": { en: "Kanazawa gold leaf", ja: "金沢箔" },
  "kaga-yuzen": { en: "Kaga-yuzen", ja: "加賀友禅" },
  "kaga-embroidery": { en: "Kaga embroidery", ja: "加賀繍" },
  mizuhiki: { en: "Kaga mizuhiki", ja: "加賀水引" },
  kiri: { en: "Kanazawa kiri woodwork", ja: "金沢桐工芸" },
  "futamata-washi": { en: "Futamata washi", ja: "二俣和紙" },
}
