/**
 * Where the product keeps its files. DATA_DIR moves the database and uploads (default: ./data).
 * Paths are found from the working directory (npm scripts run at the project root; Next.js may
 * run in cms/), not from import.meta, which the Next.js bundle does not keep.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

const findRoot = (): string => {
  const cwd = process.cwd()
  if (existsSync(path.join(cwd, 'cms', 'payload.config.ts'))) return cwd
  if (existsSync(path.join(cwd, 'payload.config.ts'))) return path.dirname(cwd)
  return cwd
}

export const rootDir = findRoot()
export const cmsDir = path.join(rootDir, 'cms')
export const dataDir = path.resolve(rootDir, process.env.DATA_DIR ?? 'data')
export const mediaDir = path.join(dataDir, 'media')
export const defaultSqliteFile = path.join(dataDir, 'family-hub.db')
export const sqliteMigrationsDir = path.join(cmsDir, 'migrations', 'sqlite')
