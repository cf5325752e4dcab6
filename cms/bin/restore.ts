/**
 * `npm run restore -- <archive>`: put a backup from `npm run backup` into an empty database and
 * an empty media folder (DATA_DIR and DATABASE_URL say where, as for npm start). Stop the product
 * first. The whole archive is checked before anything is changed; a database that is not empty,
 * or in use, is refused. See cms/backups/restore.ts.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { BackupError } from '../backups/backup-error.ts'
import { runOrExit } from '../backups/command.ts'
import { describeDatabase, formatBytes, formatDatabaseCounts, londonTime } from '../backups/report.ts'
import { restoreBackup } from '../backups/restore.ts'
import { chooseDatabase } from '../database.ts'
import { mediaDir } from '../paths.ts'

await runOrExit('The restore', async () => {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} })
  if (positionals.length !== 1)
    throw new BackupError(
      'Give the one backup archive to restore, like: npm run restore -- data/backups/family-hub-2026-03-03-1405.tar.gz',
    )
  const archive = path.resolve(positionals[0]!)
  const database = chooseDatabase(process.env)
  console.log(
    `Restoring ${archive} into ${describeDatabase(database)} and ${mediaDir} (the product must be stopped)...`,
  )
  const summary = await restoreBackup({ archive, database, mediaDir })
  console.log(
    [
      `Restored the backup made ${londonTime(summary.manifest.createdAt)} (${summary.manifest.product.name} ${summary.manifest.product.version}) in ${summary.seconds.toFixed(1)} s; every count matches its manifest.`,
      formatDatabaseCounts(summary.manifest, summary.counts),
      `Media files: ${summary.media.files} (${formatBytes(summary.media.bytes)}).`,
      'Start the product with npm start.',
    ].join('\n'),
  )
})
