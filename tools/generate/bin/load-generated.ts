/**
 * `npm run seed:generated -- --services 5000 [--seed 1]`: load a synthetic directory of that many
 * services (tools/generate/generate-snapshot.ts; the same options always give the same directory)
 * into an empty database, through the same Local API, hooks and validation as the demo and staff's
 * saves (cms/demo/load-snapshot.ts). `DATA_DIR` (or `DATABASE_URL`) says which database.
 */
import { parseArgs } from 'node:util'
import { loadSnapshot } from '../../../cms/demo/load-snapshot.ts'
import { isDirectoryEmpty } from '../../../cms/demo/load.ts'
import { openPayload } from '../../../cms/open-payload.ts'
import { generateSnapshot } from '../generate-snapshot.ts'

const { values } = parseArgs({ options: { services: { type: 'string' }, seed: { type: 'string', default: '1' } } })
const fail = (message: string): never => {
  console.error(message)
  process.exit(1)
}
const services = Number(values.services)
if (!(Number.isInteger(services) && services >= 1))
  fail(
    `--services "${values.services ?? ''}" is not a number of services: give a whole number of 1 or more, like --services 5000.`,
  )
const seed = Number(values.seed)
if (!Number.isInteger(seed)) fail(`--seed "${values.seed}" is not a whole number: use --seed 1.`)

const payload = await openPayload()
try {
  const started = performance.now()
  if (!(await isDirectoryEmpty(payload)))
    fail(
      'The database already holds a directory: a generated one goes into an empty database. Set DATA_DIR to a new folder, like DATA_DIR=data/generated-5000.',
    )
  const counts = await loadSnapshot(payload, generateSnapshot({ services, seed }), {
    onCollection: (collection, records, seconds) =>
      console.log(`  ${collection.padEnd(14)} ${String(records).padStart(6)} in ${seconds.toFixed(1)} s`),
  })
  console.log(
    `Loaded a generated directory of ${counts.services.toLocaleString('en-GB')} services (seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  )
} finally {
  await payload.destroy()
}
process.exit(0)
