/**
 * "Mark as reviewed": POST /api/services/:id/mark-reviewed and POST /api/sessions/:id/mark-reviewed.
 * Sets Last reviewed to today in London and Reviewed by to the signed-in user, with that user's
 * normal update rights:
 *
 * - hub staff and admins on a published record update the published record (parents see the new
 *   "Checked on" after the next build); on a record never published, the draft;
 * - partners save it as a draft, as all their saves are, for hub staff to publish.
 *
 * Payload keeps draft changes in the versions table and the published record in the collection's
 * own table; an update that is not a draft is made from the latest version, so publishing the review
 * date of a record with draft changes would publish those changes too. Staff are refused then, with
 * what to do: publish or discard the changes first.
 */
import { APIError, ValidationError, type Endpoint, type Payload, type PayloadRequest } from 'payload'
import { isPartnerUser } from '../access/roles.ts'
import { reviewNoun, type ReviewCollection } from '../freshness/due-for-review.ts'
import { formatDayMonth, toCalendarDate, toStoredDate } from '../../schemas/calendar-date.ts'
import type { Id } from '../../schemas/fields.ts'

export interface MarkReviewedResponse {
  message: string
  /** The date now recorded (YYYY-MM-DD). */
  lastReviewed: string
  reviewedBy: { id: Id; name: string }
  /** published: the live record was updated; draft: saved as a draft, live once published. */
  savedAs: 'published' | 'draft'
}

export class MarkReviewedRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

interface Reviewer {
  id: Id
  name?: string | null
  email?: string | null
  role?: string | null
}

const the = (collection: ReviewCollection) => `This ${reviewNoun[collection]}`

/** Why Payload refused, in words: the field messages of a refused save, or the error's own message. */
const reasonOf = (error: unknown): string => {
  if (error instanceof ValidationError) {
    const errors = (error.data as { errors?: { message: string }[] } | undefined)?.errors ?? []
    return errors.map((e) => e.message).join(' ') || error.message
  }
  return error instanceof Error ? error.message : String(error)
}

/**
 * Mark a record reviewed on `today` (a London date) as `user`. Throws MarkReviewedRefused with an
 * HTTP status and a message for people when it cannot.
 */
export const markAsReviewed = async (
  payload: Payload,
  { collection, id, user, today, req }: { collection: ReviewCollection; id: Id; user: Reviewer; today: string; req?: PayloadRequest },
): Promise<MarkReviewedResponse> => {
  const as = { overrideAccess: false, user: { ...user, collection: 'users' } as never, ...(req ? { req } : {}) }
  const noun = reviewNoun[collection]
  const latest = await payload.findByID({ collection, id, draft: true, depth: 0, disableErrors: true, ...as })
  if (!latest) throw new MarkReviewedRefused(404, `There is no ${noun} ${id}, or you cannot see it.`)
  const live = await payload.findByID({ collection, id, draft: false, depth: 0, overrideAccess: true, disableErrors: true, ...(req ? { req } : {}) })
  const isPublished = live?._status === 'published'
  const hasPendingChanges = isPublished && latest._status === 'draft'
  const partner = isPartnerUser(user)
  if (hasPendingChanges && !partner)
    throw new MarkReviewedRefused(409, `${the(collection)} has changes waiting to be published. Publish or discard them, then mark it reviewed.`)

  // Partners' saves are always drafts; staff publish a published record and keep a draft a draft.
  const savedAs = isPublished && !partner ? 'published' : 'draft'
  const data = { lastReviewed: toStoredDate(today), reviewedBy: user.id, ...(partner ? {} : { _status: savedAs }) }
  try {
    await payload.update({ collection, id, data: data as never, draft: savedAs === 'draft', depth: 0, ...as })
  } catch (error) {
    const status = error instanceof APIError ? error.status : 500
    if (status === 403 || status === 404)
      throw new MarkReviewedRefused(403, `You cannot mark ${the(collection).toLowerCase()} as reviewed: ${partner ? 'it is not one of your organisation’s' : 'it is not on one of your hubs'}.`)
    throw new MarkReviewedRefused(status === 500 ? 500 : 400, `${the(collection)} could not be marked as reviewed: ${reasonOf(error)}`)
  }
  const name = user.name || user.email || `user ${user.id}`
  const when = `today (${formatDayMonth(today)})`
  const message =
    savedAs === 'published'
      ? `Marked as reviewed ${when} by ${name}.`
      : isPublished
        ? `Marked as reviewed ${when} by ${name}, as a draft: parents see the new date once hub staff publish it.`
        : `Marked as reviewed ${when} by ${name}. It is a draft: parents see it once it is published.`
  return { message, lastReviewed: today, reviewedBy: { id: user.id, name }, savedAs }
}

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

export const markReviewedHandler =
  (collection: ReviewCollection) =>
  async (req: PayloadRequest): Promise<Response> => {
    if (!req.user) return refuse(401, `Sign in to mark a ${reviewNoun[collection]} as reviewed.`)
    const id = req.routeParams?.id
    if (typeof id !== 'string' && typeof id !== 'number') return refuse(400, `Say which ${reviewNoun[collection]} to mark as reviewed: /api/${collection}/<id>/mark-reviewed.`)
    try {
      const result = await markAsReviewed(req.payload, { collection, id, user: req.user as Reviewer, today: toCalendarDate(new Date())!, req })
      return Response.json(result)
    } catch (error) {
      if (error instanceof MarkReviewedRefused) return refuse(error.status, error.message)
      throw error
    }
  }

/** The endpoint for a collection's `endpoints` array. */
export const markReviewedEndpoint = (collection: ReviewCollection): Endpoint => ({
  path: '/:id/mark-reviewed',
  method: 'post',
  handler: markReviewedHandler(collection),
})
