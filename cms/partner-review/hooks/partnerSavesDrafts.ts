/**
 * A partner's saves are drafts: whatever the client asks, a partner's create or update is run as
 * a draft save, so the live version stays as it is until hub staff or an admin publish it.
 * An explicit attempt to publish is left as it is, for the update access rule to refuse.
 */
import type { CollectionBeforeOperationHook } from 'payload'
import { isPartnerUser } from '../../access/roles.ts'
import { isPublishing } from '../../publishing/isPublishing.ts'

export const partnerSavesDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && isPartnerUser(req.user) && !isPublishing(args.data)) {
    return { ...args, draft: true, data: { ...(args.data as object), _status: 'draft' } }
  }
  return args
}
