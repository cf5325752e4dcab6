/**
 * Sessions carry their service's provider (for partners' access rules). When a service's provider
 * changes, its sessions follow, in the same transaction: if one of them cannot (a hook refuses
 * it), the service's save is refused too, and nothing changes.
 */
import { APIError, type CollectionAfterChangeHook } from 'payload'
import { idOf, sameId } from '../../../access/roles.ts'

export const syncSessionProviders: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!previousDoc || sameId(doc.provider, previousDoc.provider)) return doc
  // An update by `where` does not throw when a document fails: it lists the failures.
  const { errors } = await req.payload.update({
    collection: 'sessions',
    where: { service: { equals: doc.id } },
    data: { provider: idOf(doc.provider) as number },
    overrideAccess: true,
    req,
  })
  if (errors.length > 0)
    throw new APIError(
      `The provider of “${String(doc.name)}” was not changed: its sessions must change with it, and ${errors
        .map((error) => `session ${String(error.id)} could not (${error.message})`)
        .join('; ')}.`,
      400,
      null,
      true,
    )
  return doc
}
