/**
 * Services and sessions: a partner's save (always a draft) sends the record for review: its one
 * review request waits again, for hub staff of its hubs, with a "submitted" decision listing the
 * fields changed from the live version. When staff publish the record from its editor instead of
 * from the review, the waiting request is closed as approved, so the queue never lists a change
 * that is already live. The review endpoints record their own decision and say so in the context.
 */
import type { CollectionAfterChangeHook } from 'payload'
import { isCouncilStaffUser, isPartnerUser } from '../../access/roles.ts'
import { isReviewTarget, lastSubmittedFields, recordApproval, requestFor, submitForReview } from '../review-requests.ts'

/** Set in the context by the approve endpoint, which records the decision itself. */
export const REVIEW_DECISION_RECORDED = 'reviewDecisionRecorded'

export const requestPartnerReview: CollectionAfterChangeHook = async ({ doc, collection, context, req }) => {
  const slug = collection.slug
  if (!isReviewTarget(slug)) return doc
  if (isPartnerUser(req.user) && doc._status === 'draft') {
    await submitForReview(req, slug, doc.id)
  } else if (isCouncilStaffUser(req.user) && doc._status === 'published' && !context[REVIEW_DECISION_RECORDED]) {
    const request = await requestFor(req, slug, doc.id)
    if (request && request.status !== 'approved')
      await recordApproval(req, request, {
        changedFields: lastSubmittedFields(request),
        comment: 'Published from the editor.',
        fromEditor: true,
      })
  }
  return doc
}
