/** Where the product keeps its files. DATA_DIR moves the database and uploads (default: ./data). */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const cmsDir = path.dirname(fileURLToPath(import.meta.url))
export const rootDir = path.resolve(cmsDir, '..')
export const dataDir = path.resolve(rootDir, process.env.DATA_DIR ?? 'data')
export const mediaDir = path.join(dataDir, 'media')
export const defaultSqliteFile = path.join(dataDir, 'family-hub.db')
