/** The default name of a backup archive: family-hub-2026-03-03-1405.tar.gz, the London time it was made. */
import path from 'node:path'
import { inLondon } from '../../core/dates/london-format.ts'

export const archiveName = (now: Date): string => `family-hub-${inLondon(now, 'yyyy-MM-dd-HHmm')!}.tar.gz`

/** Where `npm run backup` writes without --out: DATA_DIR/backups/. */
export const defaultArchivePath = (dataDir: string, now: Date): string =>
  path.join(dataDir, 'backups', archiveName(now))
