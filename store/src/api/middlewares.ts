import { defineMiddlewares } from "@medusajs/framework/http"
import { artisanMiddlewares } from "./middlewares/artisans"
import { catalogMiddlewares } from "./middlewares/catalog"
import { checkoutMiddlewares } from "./middlewares/checkout"
import { orderMiddlewares } from "./middlewares/orders"

/**
 * Medusa reads one middlewares file; each domain keeps its routes' validation and
 * authentication in its own file under ./middlewares/.
 */
export default defineMiddlewares({
  routes: [...catalogMiddlewares, ...artisanMiddlewares, ...checkoutMiddlewares, ...orderMiddlewares],
})
