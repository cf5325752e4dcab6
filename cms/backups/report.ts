/** What the backup and restore commands print. Pure. */
import type { DatabaseChoice } from '../database.ts'
import { formatCounts, type Manifest } from './manifest.ts'
import { inLondon } from '../../core/dates/london-format.ts'

export const formatBytes = (bytes: number): string => {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`
}

export const describeDatabase = (database: DatabaseChoice): string =>
  database.kind === 'sqlite' ? `the SQLite database ${database.file}` : 'the MongoDB database in DATABASE_URL'

const unit = (kind: Manifest['database']['kind']): string =>
  kind === 'sqlite' ? 'Rows per table' : 'Documents per collection'

/** The tables that hold rows, and how many are empty: Payload's schema has many small tables. */
export const formatDatabaseCounts = (
  manifest: Manifest,
  counts: Record<string, number> = manifest.database.counts,
): string => {
  const held = Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0))
  const empty = Object.keys(counts).length - Object.keys(held).length
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0)
  return [
    `${unit(manifest.database.kind)} (${total.toLocaleString('en-GB')} in all${empty > 0 ? `; ${empty} empty not listed` : ''}):`,
    formatCounts(held, '  '),
  ].join('\n')
}

/** "2026-03-03 14:05 London time", for when a backup was made. */
export const londonTime = (iso: string): string => `${inLondon(iso, 'yyyy-MM-dd HH:mm') ?? iso} London time`
