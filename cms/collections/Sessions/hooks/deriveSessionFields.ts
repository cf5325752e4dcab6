/**
 * Fields of a session that follow from others: its provider (the service's, for partners' access
 * rules), and, when left empty, its title ("Baby massage at Birchwood Family Hub") and slug
 * ("baby-massage-birchwood-family-hub-tu-1000").
 */
import type { CollectionBeforeValidateHook, CollectionSlug, PayloadRequest } from 'payload'
import { idOf } from '../../../access/roles.ts'
import { numberedSlug } from '../../../../core/records/fields.ts'
import { sessionSlug } from '../../../../core/records/session.ts'

const lookup = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  value: unknown,
): Promise<Record<string, unknown> | undefined> => {
  const id = idOf(value as never)
  if (id === undefined) return undefined
  const found = await req.payload.find({
    collection,
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    draft: true,
    overrideAccess: true,
    req,
  })
  return found.docs[0] as unknown as Record<string, unknown> | undefined
}

/** The slug, or the first of slug-2, slug-3... that no other session has. */
const freeSlug = async (req: PayloadRequest, base: string, ownId: unknown): Promise<string> => {
  for (let n = 1; ; n++) {
    const candidate = numberedSlug(base, n)
    const { totalDocs } = await req.payload.count({
      collection: 'sessions',
      where: { and: [{ slug: { equals: candidate } }, ...(ownId != null ? [{ id: { not_equals: ownId } }] : [])] },
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return candidate
  }
}

export const deriveSessionFields: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const current = { ...(originalDoc ?? {}), ...data } as Record<string, unknown>
  const service = await lookup(req, 'services', current.service)
  if (service) data.provider = idOf(service.provider as never) ?? null
  const blank = (v: unknown) => v == null || (typeof v === 'string' && v.trim() === '')
  if (blank(current.title) || blank(current.slug)) {
    const venue = await lookup(req, 'venues', current.venue)
    if (service && venue) {
      if (blank(current.title)) data.title = `${String(service.name)} at ${String(venue.name)}`
      if (blank(current.slug) && Array.isArray(current.days) && typeof current.opensAt === 'string')
        data.slug = await freeSlug(
          req,
          sessionSlug({
            service: String(service.slug),
            venue: String(venue.slug),
            days: current.days as string[],
            opensAt: current.opensAt,
          }),
          originalDoc?.id,
        )
    }
  }
  return data
}
