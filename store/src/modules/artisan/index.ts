import { Module } from "@medusajs/framework/utils"
import ArtisanModuleService from "./service"

export const ARTISAN_MODULE = "artisan"

export default Module(ARTISAN_MODULE, { service: ArtisanModuleService })
