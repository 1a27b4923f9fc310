import { futamataWashi } from "./futamata-washi"
import { goldLeaf } from "./gold-leaf"
import { kagaEmbroidery } from "./kaga-embroidery"
import { kagaYuzen } from "./kaga-yuzen"
import { kiri } from "./kiri"
import { kutani } from "./kutani"
import { lacquer } from "./lacquer"
import { mizuhiki } from "./mizuhiki"
import { ohi } from "./ohi"
import type { ProductSeed } from "./types"

export * from "./types"

/** The demo catalog, one file per craft. */
export const products: ProductSeed[] = [
  ...kutani,
  ...ohi,
  ...lacquer,
  ...goldLeaf,
  ...kagaYuzen,
  ...kagaEmbroidery,
  ...mizuhiki,
  ...kiri,
  ...futamataWashi,
]
