/**
 * A service or session that council staff publish for the first time counts as checked that day,
 * by them: staff who write a record, or approve a partner's, have just checked it. So parents never
 * read "This has not been checked yet" on something staff put up today. A Last checked date already
 * given is kept; a later publish changes nothing (that is what "Mark as checked" is for).
 */
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { idOf, isCouncilStaffUser } from '../access/roles.ts'
import { toPlainDate, toStoredDate } from '../../core/dates/plain-date.ts'

/** Whether the record has ever had a published version. */
const everPublished = async (req: PayloadRequest, collection: 'services' | 'sessions', id: unknown) => {
  const found = await req.payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return found.totalDocs > 0
}

export const checkedOnFirstPublish: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (data._status !== 'published' || !isCouncilStaffUser(req.user) || data.lastChecked) return data
  const slug = collection.slug
  if (slug !== 'services' && slug !== 'sessions') return data
  const id = (originalDoc as { id?: unknown } | undefined)?.id
  if (operation === 'update' && id !== undefined && (await everPublished(req, slug, id))) return data
  return { ...data, lastChecked: toStoredDate(toPlainDate(new Date())!), checkedBy: idOf(req.user as never) }
}
