import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ArtisanModule from "../modules/artisan"

/** One artisan makes many products; a product has one maker (`product.artisan`, `artisan.products`). */
export default defineLink(ArtisanModule.linkable.artisan, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
