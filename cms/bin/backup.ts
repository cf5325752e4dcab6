/**
 * `npm run backup`: the database and the media files in one archive, for `npm run restore`.
 * Writes DATA_DIR/backups/family-hub-<YYYY-MM-DD-HHmm, London time>.tar.gz, or `--out <file>`.
 * Safe while the product runs (SQLite: VACUUM INTO reads a consistent snapshot). DATA_DIR and
 * DATABASE_URL say which database, as for npm start. See cms/backups/.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { defaultArchivePath } from '../backups/archive-name.ts'
import { createBackup } from '../backups/backup.ts'
import { runOrExit } from '../backups/command.ts'
import { mediaTotals } from '../backups/media.ts'
import { describeDatabase, formatBytes, formatDatabaseCounts } from '../backups/report.ts'
import { chooseDatabase } from '../database.ts'
import { dataDir, mediaDir } from '../paths.ts'

await runOrExit('The backup', async () => {
  const { values } = parseArgs({ options: { out: { type: 'string' } } })
  const database = chooseDatabase(process.env)
  const now = new Date()
  const out = values.out ? path.resolve(values.out) : defaultArchivePath(dataDir, now)
  console.log(`Backing up ${describeDatabase(database)} and the media files in ${mediaDir}...`)
  const summary = await createBackup({ database, mediaDir, out, now })
  const media = mediaTotals(summary.manifest)
  const relative = path.relative(process.cwd(), summary.out)
  console.log(
    [
      `Backup written in ${summary.seconds.toFixed(1)} s, and read back against its manifest: ${summary.out} (${formatBytes(summary.bytes)}).`,
      formatDatabaseCounts(summary.manifest),
      `Media files: ${media.files} (${formatBytes(media.bytes)}).`,
      `Restore it into an empty database with: npm run restore -- ${relative.startsWith('..') ? summary.out : relative}`,
    ].join('\n'),
  )
})
