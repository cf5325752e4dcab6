/**
 * `npm run seed`: load the demo directory into the database (idempotent).
 * `npm run seed -- --services 5000 [--seed 1]`: load a synthetic directory of that many services
 * (seed/generate-snapshot.ts; the same options always give the same directory) into an empty
 * database, through the same Local API, hooks and validation as the demo and staff's saves.
 * `DATA_DIR` (or `DATABASE_URL`) says which database.
 */
import { parseArgs } from 'node:util'
import { openPayload } from '../cms/open-payload.ts'
import { generateSnapshot } from './generate-snapshot.ts'
import { formatSeedCounts, isDirectoryEmpty, seedDirectory } from './load.ts'
import { loadSnapshot } from './load-snapshot.ts'

const { values } = parseArgs({ options: { services: { type: 'string' }, seed: { type: 'string', default: '1' } } })
const fail = (message: string): never => {
  console.error(message)
  process.exit(1)
}
const services = values.services === undefined ? undefined : Number(values.services)
if (services !== undefined && !(Number.isInteger(services) && services >= 1))
  fail(`--services "${values.services}" is not a number of services: give a whole number of 1 or more, like --services 5000.`)
const seed = Number(values.seed)
if (!Number.isInteger(seed)) fail(`--seed "${values.seed}" is not a whole number: use --seed 1.`)

const payload = await openPayload()
try {
  const started = performance.now()
  if (services === undefined) {
    const counts = await seedDirectory(payload, { log: console.log })
    console.log(`Seeded the demo directory in ${((performance.now() - started) / 1000).toFixed(1)} s:\n${formatSeedCounts(counts)}`)
  } else {
    if (!(await isDirectoryEmpty(payload)))
      fail('The database already holds a directory: a generated one goes into an empty database. Set DATA_DIR to a new folder, like DATA_DIR=data/generated-5000.')
    const snapshot = generateSnapshot({ services, seed })
    const counts = await loadSnapshot(payload, snapshot, {
      onCollection: (collection, records, seconds) => console.log(`  ${collection.padEnd(14)} ${String(records).padStart(6)} in ${seconds.toFixed(1)} s`),
    })
    console.log(`Loaded a generated directory of ${counts.services.toLocaleString('en-GB')} services (seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(1)} s.`)
  }
} finally {
  await payload.destroy()
}
process.exit(0)
