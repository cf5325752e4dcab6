/**
 * Load a snapshot (a generated directory, tools/generate/generate-snapshot.ts, or one exported from another
 * instance) into an empty database through the Local API, as the demo is loaded: every record
 * passes the same hooks and validation as a staff member's save, and everything is published.
 * The snapshot's ids are its own; each relationship is mapped to the id the database gives.
 *
 * Order: categories (parents first), organisations, hubs (without their main venue), venues, each
 * hub's main venue, services, sessions, advice, term dates. Media and users are not in a
 * snapshot: logos and reviewers are left empty. A record the CMS refuses stops the load with the
 * collection, the snapshot's id and the CMS's message.
 */
import type { CollectionSlug, Payload } from 'payload'
import { idOfRelated, type Id, type Related } from '../../core/records/fields.ts'
import { snapshotCollections, type RawSnapshot, type SnapshotCollection } from '../../core/records/snapshot.ts'

export interface LoadSnapshotOptions {
  /** Called after each collection: how many records it took and how long. */
  onCollection?: (collection: SnapshotCollection, records: number, seconds: number) => void
}

type Doc = Record<string, unknown>

/** Fields the database fills in, or that a snapshot cannot carry across (media, users); a session's provider follows from its service. */
const notCopied = ['id', 'createdAt', 'updatedAt', '_status', 'logo', 'checkedBy', 'provider'] as const

/** The collections with drafts: their records are created published. */
const withDrafts = new Set<SnapshotCollection>(['services', 'sessions', 'articles'])

export const loadSnapshot = async (
  payload: Payload,
  raw: RawSnapshot,
  options: LoadSnapshotOptions = {},
): Promise<Record<SnapshotCollection, number>> => {
  const ids = new Map<string, Id>()
  const mapped = (collection: SnapshotCollection, value: unknown): Id | null => {
    if (value == null) return null
    const own = idOfRelated(value as Related)
    const id = ids.get(`${collection} ${String(own)}`)
    if (id === undefined)
      throw new Error(
        `The snapshot refers to ${collection} ${String(own)}, which it does not hold (or which comes later in it).`,
      )
    return id
  }
  const mappedList = (collection: SnapshotCollection, values: unknown): Id[] =>
    Array.isArray(values) ? values.map((v) => mapped(collection, v)).filter((v): v is Id => v !== null) : []

  const counts = Object.fromEntries(snapshotCollections.map((c) => [c, 0])) as Record<SnapshotCollection, number>
  const create = async (collection: SnapshotCollection, doc: Doc, data: Doc): Promise<void> => {
    const copy: Doc = { ...doc }
    for (const key of notCopied) delete copy[key]
    Object.assign(copy, data)
    try {
      const created = await payload.create({
        collection: collection as CollectionSlug,
        data: (withDrafts.has(collection) ? { ...copy, _status: 'published' } : copy) as never,
        depth: 0,
        overrideAccess: true,
        context: { skipPublish: true },
      })
      ids.set(`${collection} ${String(doc.id)}`, created.id)
      counts[collection] += 1
    } catch (error) {
      // A validation error lists each field and its message under data.errors.
      const fields = ((error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []).map(
        (e) => `${e.path}: ${e.message}`,
      )
      const reason = fields.length > 0 ? fields.join('; ') : error instanceof Error ? error.message : String(error)
      throw new Error(
        `The CMS refused ${collection} ${String(doc.id)} ("${String(doc.name ?? doc.title ?? doc.slug ?? '')}"): ${reason}`,
        {
          cause: error,
        },
      )
    }
  }
  const each = async (collection: SnapshotCollection, docs: readonly Doc[], data: (doc: Doc) => Doc) => {
    const started = performance.now()
    for (const doc of docs) await create(collection, doc, data(doc))
    options.onCollection?.(collection, docs.length, (performance.now() - started) / 1000)
  }
  const c = raw.collections as Record<SnapshotCollection, Doc[]>

  await each(
    'categories',
    [...c.categories].sort((a, b) => Number(a.parent != null) - Number(b.parent != null)),
    (doc) => ({ parent: mapped('categories', doc.parent) }),
  )
  await each('organisations', c.organisations, () => ({}))
  await each('hubs', c.hubs, () => ({ mainVenue: null }))
  await each('venues', c.venues, (doc) => ({ hub: mapped('hubs', doc.hub) }))
  for (const hub of c.hubs) {
    const mainVenue = mapped('venues', hub.mainVenue)
    if (mainVenue !== null)
      await payload.update({
        collection: 'hubs',
        id: mapped('hubs', hub.id)!,
        data: { mainVenue: mainVenue as number },
        depth: 0,
        overrideAccess: true,
        context: { skipPublish: true },
      })
  }
  await each('services', c.services, (doc) => ({
    provider: mapped('organisations', doc.provider),
    categories: mappedList('categories', doc.categories),
    hubs: mappedList('hubs', doc.hubs),
  }))
  await each('sessions', c.sessions, (doc) => ({
    service: mapped('services', doc.service),
    hub: mapped('hubs', doc.hub),
    venue: mapped('venues', doc.venue),
    exceptions: (Array.isArray(doc.exceptions) ? (doc.exceptions as Doc[]) : []).map(({ id: _id, ...e }) => ({
      ...e,
      venue: mapped('venues', e.venue),
    })),
  }))
  await each('articles', c.articles, (doc) => ({ relatedServices: mappedList('services', doc.relatedServices) }))
  await each('term-dates', c['term-dates'], (doc) => ({ hubs: mappedList('hubs', doc.hubs) }))
  return counts
}
