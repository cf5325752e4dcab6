/**
 * `npm run seed`: load the demo directory into the database (idempotent).
 * `npm run seed -- --snapshot <file>`: load a snapshot file (a generated directory, from
 * `npm run generate:snapshot`, or one exported from another instance) into an empty database,
 * through the same Local API, hooks and validation as the demo and staff's saves.
 * `DATA_DIR` (or `DATABASE_URL`) says which database.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import type { RawSnapshot } from '../../core/records/snapshot.ts'
import { loadSnapshot } from '../demo/load-snapshot.ts'
import { formatSeedCounts, isDirectoryEmpty, seedDirectory } from '../demo/load.ts'
import { openPayload } from '../open-payload.ts'

const { values } = parseArgs({ options: { snapshot: { type: 'string' } } })
const fail = (message: string): never => {
  console.error(message)
  process.exit(1)
}

let raw: RawSnapshot | undefined
if (values.snapshot !== undefined) {
  try {
    raw = JSON.parse(await readFile(values.snapshot, 'utf8')) as RawSnapshot
  } catch (error) {
    fail(
      `--snapshot ${values.snapshot} could not be read as JSON: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

const payload = await openPayload()
try {
  const started = performance.now()
  if (!raw) {
    const counts = await seedDirectory(payload, { log: console.log })
    console.log(
      `Seeded the demo directory in ${((performance.now() - started) / 1000).toFixed(1)} s:\n${formatSeedCounts(counts)}`,
    )
  } else {
    if (!(await isDirectoryEmpty(payload)))
      fail(
        'The database already holds a directory: a snapshot goes into an empty database. Set DATA_DIR to a new folder, like DATA_DIR=data/generated-5000.',
      )
    const counts = await loadSnapshot(payload, raw, {
      onCollection: (collection, records, seconds) =>
        console.log(`  ${collection.padEnd(14)} ${String(records).padStart(6)} in ${seconds.toFixed(1)} s`),
    })
    console.log(
      `Loaded ${counts.services.toLocaleString('en-GB')} services from ${values.snapshot} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    )
  }
} finally {
  await payload.destroy()
}
process.exit(0)
