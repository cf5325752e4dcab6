/**
 * A change to what the public site shows asks the publisher for a build (debounced; see
 * cms/publishing/publish-requests.ts). For collections with drafts, only changes to what is live
 * count: publishing, changing a published record, unpublishing, deleting a published record;
 * a draft saved over a published record changes nothing public, so it builds nothing.
 * Whether a record was live is read from the collection's main row (drafts live only in
 * versions) before the change. The seed and the publisher's own writes pass
 * `context.skipPublish` (the seed's start-up build covers them). The request for a build is written
 * in the save's transaction.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  CollectionSlug,
  PayloadRequest,
} from 'payload'
import { requestPublish } from './publish-requests.ts'

type Doc = {
  id?: number | string
  _status?: string | null
  name?: string | null
  title?: string | null
  slug?: string | null
  email?: string | null
  filename?: string | null
}

const wasLiveKey = (slug: string, id: unknown) => `publishOnChange:wasLive:${slug}:${String(id)}`

const hasDrafts = (collection: CollectionConfig): boolean =>
  Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)

const nameOf = (doc: Doc): string => doc.name ?? doc.title ?? doc.slug ?? doc.filename ?? `#${String(doc.id)}`

const singular = (collection: CollectionConfig): string => {
  const label = collection.labels?.singular
  return typeof label === 'string' ? label : collection.slug
}

/**
 * Ask for a build in the save's own transaction: a save and its request for a build are kept or
 * refused together. (Not caught: when a Payload call fails inside a transaction, Payload rolls the
 * whole transaction back, so going on would report a save that was not kept.)
 */
const ask = (req: PayloadRequest, change: string) => requestPublish(req.payload, { change, userId: req.user?.id }, req)

const isLiveRow = async (req: PayloadRequest, slug: string, id: unknown): Promise<boolean> => {
  const row = (await req.payload.db.findOne({
    collection: slug as CollectionSlug,
    where: { id: { equals: id } },
    req,
  })) as Doc | null
  return row?._status === 'published'
}

export const rememberWhetherLive: CollectionBeforeChangeHook = async ({ collection, operation, originalDoc, req }) => {
  if (operation !== 'update' || !hasDrafts(collection) || req.context.skipPublish) return
  const id = (originalDoc as Doc | undefined)?.id
  if (id !== undefined) req.context[wasLiveKey(collection.slug, id)] = await isLiveRow(req, collection.slug, id)
}

export const publishAfterChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (req.context.skipPublish) return doc
  const d = doc as Doc
  const what = `${singular(collection)} “${nameOf(d)}”`
  if (!hasDrafts(collection)) {
    await ask(req, `${what} ${operation === 'create' ? 'added' : 'changed'}`)
    return doc
  }
  if (d._status === 'published') {
    await ask(req, `${what} ${operation === 'create' ? 'published' : 'changed'}`)
    return doc
  }
  const wasLive = req.context[wasLiveKey(collection.slug, d.id)] === true
  if (wasLive && !(await isLiveRow(req, collection.slug, d.id))) await ask(req, `${what} unpublished`)
  return doc
}

export const publishAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (req.context.skipPublish) return
  const d = doc as Doc
  if (hasDrafts(collection) && d._status !== 'published') return
  await ask(req, `${singular(collection)} “${nameOf(d)}” deleted`)
}

/** Add the three hooks to a collection that the public site shows. */
export const publishesOnChange = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeChange: [...(collection.hooks?.beforeChange ?? []), rememberWhetherLive],
    afterChange: [...(collection.hooks?.afterChange ?? []), publishAfterChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), publishAfterDelete],
  },
})
