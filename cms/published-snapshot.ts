/**
 * Read what is published, as an anonymous visitor may see it, into a raw snapshot
 * (schemas/snapshot.ts): each collection read once, at depth 0, published versions only, access
 * rules applied (so drafts and staff-only fields stay out). Joining happens in memory on the site
 * side; nothing here writes to the database.
 */
import type { Payload } from 'payload'
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, snapshotCollections, type RawSnapshot, type SnapshotCollection } from '../schemas/snapshot.ts'

const published = async (payload: Payload, collection: SnapshotCollection): Promise<unknown[]> =>
  (await payload.find({ collection, depth: 0, pagination: false, draft: false, overrideAccess: false, sort: 'id' })).docs

export const readPublishedSnapshot = async (payload: Payload, now: Date = new Date()): Promise<RawSnapshot> => {
  const lists = await Promise.all(snapshotCollections.map((collection) => published(payload, collection)))
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    publishedAt: now.toISOString(),
    collections: Object.fromEntries(snapshotCollections.map((c, i) => [c, lists[i]])) as RawSnapshot['collections'],
  }
}
