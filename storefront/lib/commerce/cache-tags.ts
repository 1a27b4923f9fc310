/** Cache tags of commerce reads (contract names). Medusa's subscribers revalidate them by name. */
export const catalogTag = 'catalog'
export const regionsTag = 'regions'
export const productTag = (handle: string): string => `product:${handle}`
