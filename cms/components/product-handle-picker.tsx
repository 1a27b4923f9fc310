'use client'

import { useField } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type ShopProduct = { handle: string; title: string }
type Props = { path?: string }

/**
 * Under a product-handles field: a list of the shop's products, fetched from Medusa through
 * `/api/shop-products`; choosing one adds its handle to the field (the save still checks every
 * handle against Medusa).
 */
export function ProductHandlePicker({ path }: Props) {
  // The field's own path comes from Payload's FieldPathContext (up to date when rows move).
  const { value, setValue, path: fieldPath } = useField<string[] | null>({ potentiallyStalePath: path })
  const [products, setProducts] = useState<ShopProduct[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    let active = true
    fetch('/api/shop-products', { credentials: 'include' })
      .then(async (response) => {
        const body = (await response.json()) as { products?: ShopProduct[]; error?: string }
        if (!active) return
        if (response.ok && body.products) setProducts(body.products)
        else setProblem(body.error ?? `The shop answered ${response.status}.`)
      })
      .catch(() => active && setProblem('The shop cannot be reached; type handles by hand.'))
    return () => {
      active = false
    }
  }, [])

  const chosen = new Set(value ?? [])
  const selectId = `${fieldPath.replace(/\W+/g, '-')}-picker`
  return (
    <div style={{ marginTop: 8 }}>
      <label htmlFor={selectId} style={{ display: 'block', marginBottom: 4 }}>
        Add a product from the shop
      </label>
      {problem ? <p role="alert">{problem}</p> : null}
      <select
        id={selectId}
        value=""
        disabled={!products}
        onChange={(event) => {
          const handle = event.target.value
          if (handle && !chosen.has(handle)) setValue([...(value ?? []), handle])
        }}
      >
        <option value="">{products ? `Choose one of ${products.length} products…` : 'Loading products…'}</option>
        {(products ?? []).map((product) => (
          <option key={product.handle} value={product.handle} disabled={chosen.has(product.handle)}>
            {product.title} ({product.handle})
          </option>
        ))}
      </select>
    </div>
  )
}
