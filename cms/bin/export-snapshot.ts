/**
 * `npm run snapshot -- [--out data/snapshot.json]`: write what is published in the CMS to a
 * snapshot file, checked against the schemas first (a snapshot that would fail the build is not
 * written; the problems are listed and the command exits 1).
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { SnapshotError } from '../../core/records/snapshot.ts'
import { openPayload } from '../open-payload.ts'
import { writeCheckedSnapshot } from '../publishing/published-snapshot.ts'

const { values } = parseArgs({ options: { out: { type: 'string', default: 'data/snapshot.json' } } })
const out = path.resolve(values.out)

const payload = await openPayload()
let code = 0
try {
  const snapshot = await writeCheckedSnapshot(payload, out, { pretty: true })
  console.log(
    `Wrote ${out}: ${snapshot.services.length} services, ${snapshot.sessions.length} sessions, ${snapshot.hubs.length} hubs, ${snapshot.venues.length} venues, ${snapshot.articles.length} articles.`,
  )
} catch (error) {
  if (!(error instanceof SnapshotError)) throw error
  console.error(error.message)
  code = 1
} finally {
  await payload.destroy()
}
process.exit(code)
