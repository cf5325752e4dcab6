/**
 * Sessions carry their service's provider (for partners' access rules). When a service's provider
 * changes, its sessions follow, in the same transaction.
 */
import type { CollectionAfterChangeHook } from 'payload'
import { idOf, sameId } from '../../../access/roles.ts'

export const syncSessionProviders: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!previousDoc || sameId(doc.provider, previousDoc.provider)) return doc
  await req.payload.update({
    collection: 'sessions',
    where: { service: { equals: doc.id } },
    data: { provider: idOf(doc.provider) as number },
    overrideAccess: true,
    req,
  })
  return doc
}
