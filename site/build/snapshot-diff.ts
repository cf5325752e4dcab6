/**
 * What changed between two snapshots, record by record: the keys ("services:12") of records
 * added, removed or different in any field, and "term-dates:*" when any term date changed
 * (occurrences everywhere move with a bank holiday or a closure). Used by the incremental build
 * (site/build/build-site.ts) with what each page read (site/directory/page-reads.ts).
 */
import { snapshotCollections, snapshotKeyOf, type Snapshot } from '../../core/records/snapshot.ts'
import { TERM_DATES_KEY } from '../directory/page-reads.ts'

const textsById = (records: readonly { id: unknown }[]): Map<string, string> =>
  new Map(records.map((r) => [String(r.id), JSON.stringify(r)]))

export const changedRecords = (before: Snapshot, after: Snapshot): Set<string> => {
  const changed = new Set<string>()
  for (const collection of snapshotCollections) {
    const was = textsById(before[snapshotKeyOf(collection)] as readonly { id: unknown }[])
    const now = textsById(after[snapshotKeyOf(collection)] as readonly { id: unknown }[])
    for (const [id, text] of now) if (was.get(id) !== text) changed.add(`${collection}:${id}`)
    for (const id of was.keys()) if (!now.has(id)) changed.add(`${collection}:${id}`)
  }
  if ([...changed].some((k) => k.startsWith('term-dates:'))) changed.add(TERM_DATES_KEY)
  return changed
}
