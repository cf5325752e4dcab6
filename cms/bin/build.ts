/** `npm run build:cms`: build the admin now (npm start does it when needed). */
import { buildAdmin } from '../admin-build.ts'

process.env.FHD_DEPLOYMENT ??= 'demo'
await buildAdmin()
