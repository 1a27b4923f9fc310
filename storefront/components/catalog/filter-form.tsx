import { crafts } from '@cms/crafts'
import type { Dictionary } from '@/i18n/dictionary'
import { USE_CATEGORIES } from '@/lib/commerce/categories'
import { type CatalogFilters, SORTS } from '@/lib/commerce/catalog-filters'

type Props = {
  filters: CatalogFilters
  action: string
  currency: string
  dictionary: Dictionary
}

/** The catalog's filters as a plain GET form: works without JavaScript, every state is a URL. */
export function FilterForm({ filters, action, currency, dictionary }: Props) {
  const t = dictionary.browse
  return (
    <form action={action} method="get" className="filters" aria-label={t.filters}>
      <fieldset>
        <legend>{t.craft}</legend>
        {crafts.map(({ slug }) => (
          <label key={slug} className="check">
            <input type="checkbox" name="craft" value={slug} defaultChecked={filters.crafts.includes(slug)} />
            {dictionary.crafts[slug] ?? slug}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.use}</legend>
        {USE_CATEGORIES.map((use) => (
          <label key={use} className="check">
            <input type="checkbox" name="use" value={use} defaultChecked={filters.uses.includes(use)} />
            {dictionary.uses[use] ?? use}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>
          {t.price} ({currency})
        </legend>
        <div className="filters__range">
          <label>
            <span>{t.minPrice}</span>
            <input type="number" name="min" min={0} step={1} inputMode="numeric" defaultValue={filters.minPrice ?? undefined} />
          </label>
          <label>
            <span>{t.maxPrice}</span>
            <input type="number" name="max" min={0} step={1} inputMode="numeric" defaultValue={filters.maxPrice ?? undefined} />
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t.availability}</legend>
        <label className="check">
          <input type="checkbox" name="stock" value="1" defaultChecked={filters.inStock} />
          {t.inStockOnly}
        </label>
        <label className="check">
          <input type="checkbox" name="unique" value="1" defaultChecked={filters.oneOfAKind} />
          {t.oneOfAKindOnly}
        </label>
        <label className="check">
          <input type="checkbox" name="made" value="1" defaultChecked={filters.madeToOrder} />
          {t.madeToOrderOnly}
        </label>
      </fieldset>
      <label className="filters__sort">
        <span>{t.sort}</span>
        <select name="sort" defaultValue={filters.sort}>
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t.sorts[sort]}
            </option>
          ))}
        </select>
      </label>
      <div className="filters__actions">
        <button type="submit" className="button">
          {t.apply}
        </button>
        <a href={action}>{t.clear}</a>
      </div>
    </form>
  )
}
