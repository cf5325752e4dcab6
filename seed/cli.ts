/** `npm run seed`: load the demo directory into the database (idempotent). */
import { openPayload } from '../cms/open-payload.ts'
import { formatSeedCounts, seedDirectory } from './load.ts'

const payload = await openPayload()
try {
  const started = performance.now()
  const counts = await seedDirectory(payload, { log: console.log })
  console.log(`Seeded the demo directory in ${((performance.now() - started) / 1000).toFixed(1)} s:\n${formatSeedCounts(counts)}`)
} finally {
  await payload.destroy()
}
process.exit(0)
