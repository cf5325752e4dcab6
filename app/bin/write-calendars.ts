/**
 * `npm run calendars -- [--out data/exports]`: write the calendar files of what is published
 * (a feed per hub and per service) straight from the CMS database, as the
 * public sees it: the same snapshot and directory the site build uses. The site build writes the
 * same files under /calendars/. SITE_URL sets the address used in links and UIDs (default
 * http://localhost:4321).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { openPayload } from '../../cms/open-payload.ts'
import { readPublishedSnapshot } from '../../cms/publishing/published-snapshot.ts'
import { toPlainDate } from '../../core/dates/plain-date.ts'
import { parseSnapshot } from '../../core/records/snapshot.ts'
import { buildDirectory } from '../../site/directory/directory.ts'
import { calendarFilesOf } from '../../site/build/calendar-feeds.ts'

const { values } = parseArgs({ options: { out: { type: 'string', default: 'data/exports' } } })
const out = path.resolve(values.out)

const payload = await openPayload()
try {
  const started = performance.now()
  const today = toPlainDate(new Date())!
  const d = buildDirectory(parseSnapshot(await readPublishedSnapshot(payload)), today)
  const files = calendarFilesOf(d, process.env.SITE_URL ?? 'http://localhost:4321')
  for (const file of files) {
    const target = path.join(out, file.path)
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, file.contents)
  }
  const count = (folder: string) => files.filter((f) => f.path.startsWith(`calendars/${folder}/`)).length
  console.log(
    `Wrote ${files.length} calendar files to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${count('hubs')} hub feeds, ${count('services')} service feeds.`,
  )
} finally {
  await payload.destroy()
}
process.exit(0)
