/**
 * What is published, as an anonymous visitor may see it, as a snapshot (core/records/snapshot.ts):
 * each collection read once, at depth 0, published versions only, access rules applied (so
 * drafts and staff-only fields stay out). Joining happens in memory on the site side; nothing
 * here writes to the database.
 *
 * `writeCheckedSnapshot` is the one way a snapshot file is written: checked against the schemas
 * first, so a snapshot that would fail the build is never written (the SnapshotError names each
 * record and field).
 */
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import {
  parseSnapshot,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  snapshotCollections,
  type RawSnapshot,
  type Snapshot,
  type SnapshotCollection,
} from '../../core/records/snapshot.ts'

const published = async (payload: Payload, collection: SnapshotCollection): Promise<unknown[]> =>
  (await payload.find({ collection, depth: 0, pagination: false, draft: false, overrideAccess: false, sort: 'id' }))
    .docs

export const readPublishedSnapshot = async (payload: Payload, now: Date = new Date()): Promise<RawSnapshot> => {
  const lists = await Promise.all(snapshotCollections.map((collection) => published(payload, collection)))
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    publishedAt: now.toISOString(),
    collections: Object.fromEntries(snapshotCollections.map((c, i) => [c, lists[i]])) as RawSnapshot['collections'],
  }
}

/**
 * Read what is published, check it (throws SnapshotError, writing nothing, when a record is
 * invalid), and write it to `file` (through a temporary name, so a reader never sees half a file).
 */
export const writeCheckedSnapshot = async (
  payload: Payload,
  file: string,
  options: { now?: Date; pretty?: boolean } = {},
): Promise<Snapshot> => {
  const raw = await readPublishedSnapshot(payload, options.now)
  const snapshot = parseSnapshot(raw)
  await mkdir(path.dirname(file), { recursive: true })
  const partial = `${file}.${process.pid}.partial`
  await writeFile(partial, options.pretty ? `${JSON.stringify(raw, null, 1)}\n` : JSON.stringify(raw))
  await rename(partial, file)
  return snapshot
}
