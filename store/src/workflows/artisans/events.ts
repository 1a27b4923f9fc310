/** Emitted by the artisans workflows with `{ id }` of the artisan (public data may have changed). */
export const ARTISAN_UPDATED_EVENT = "artisan.updated"
