/**
 * `npm run snapshot -- [--out data/snapshot.json]`: write what is published in the CMS to a
 * snapshot file, checked against the schemas first (a snapshot that would fail the build is not
 * written; the problems are listed and the command exits 1).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { openPayload } from '../../cms/open-payload.ts'
import { readPublishedSnapshot } from '../../cms/published-snapshot.ts'
import { parseSnapshot, SnapshotError } from '../../schemas/snapshot.ts'

const { values } = parseArgs({ options: { out: { type: 'string', default: 'data/snapshot.json' } } })
const out = path.resolve(values.out)

const payload = await openPayload()
let code = 0
try {
  const raw = await readPublishedSnapshot(payload)
  const snapshot = parseSnapshot(raw)
  await mkdir(path.dirname(out), { recursive: true })
  await writeFile(out, `${JSON.stringify(raw, null, 1)}\n`)
  console.log(`Wrote ${out}: ${snapshot.services.length} services, ${snapshot.sessions.length} sessions, ${snapshot.hubs.length} hubs, ${snapshot.venues.length} venues, ${snapshot.articles.length} articles.`)
} catch (error) {
  if (!(error instanceof SnapshotError)) throw error
  console.error(error.message)
  code = 1
} finally {
  await payload.destroy()
}
process.exit(code)
