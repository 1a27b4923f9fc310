import { en, type Dictionary } from './dictionaries/en'
import { ja } from './dictionaries/ja'
import type { Locale } from './markets'

const dictionaries: Record<Locale, Dictionary> = { ja, en }

export type { Dictionary }

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale]
}
