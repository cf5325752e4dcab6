/**
 * "Mark as checked": POST /api/services/:id/mark-checked and POST /api/sessions/:id/mark-checked.
 * Sets Last checked to today in London and Checked by to the signed-in user, with that user's
 * normal update rights:
 *
 * - hub staff and admins on a published record update the published record (parents see the new
 *   "Checked on" after the next build); on a record never published, the draft;
 * - partners save it as a draft, as all their saves are, for hub staff to publish.
 *
 * Payload keeps draft changes in the versions table and the published record in the collection's
 * own table; an update that is not a draft is made from the latest version, so publishing the check
 * date of a record with draft changes would publish those changes too. Staff are refused then, with
 * what to do: publish or discard the changes first.
 */
import { APIError, ValidationError, type Endpoint, type Payload, type PayloadRequest } from 'payload'
import { isPartnerUser } from '../access/roles.ts'
import { checkNoun, type CheckedCollection } from './due-for-check.ts'
import { formatDayMonth, toPlainDate, toStoredDate } from '../../core/dates/plain-date.ts'
import type { Id } from '../../core/records/fields.ts'

export interface MarkCheckedResponse {
  message: string
  /** The date now recorded (YYYY-MM-DD). */
  lastChecked: string
  checkedBy: { id: Id; name: string }
  /** published: the live record was updated; draft: saved as a draft, live once published. */
  savedAs: 'published' | 'draft'
}

export class MarkCheckedRefused extends Error {
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

const the = (collection: CheckedCollection) => `This ${checkNoun[collection]}`

/** Why Payload refused, in words: the field messages of a refused save, or the error's own message. */
const reasonOf = (error: unknown): string => {
  if (error instanceof ValidationError) {
    const errors = (error.data as { errors?: { message: string }[] } | undefined)?.errors ?? []
    return errors.map((e) => e.message).join(' ') || error.message
  }
  return error instanceof Error ? error.message : String(error)
}

/**
 * Mark a record checked on `today` (a London date) as `user`. Throws MarkCheckedRefused with an
 * HTTP status and a message for people when it cannot.
 */
export const markAsChecked = async (
  payload: Payload,
  {
    collection,
    id,
    user,
    today,
    req,
  }: { collection: CheckedCollection; id: Id; user: Reviewer; today: string; req?: PayloadRequest },
): Promise<MarkCheckedResponse> => {
  const as = { overrideAccess: false, user: { ...user, collection: 'users' } as never, ...(req ? { req } : {}) }
  const noun = checkNoun[collection]
  const latest = await payload.findByID({ collection, id, draft: true, depth: 0, disableErrors: true, ...as })
  if (!latest) throw new MarkCheckedRefused(404, `There is no ${noun} ${id}, or you cannot see it.`)
  const live = await payload.findByID({
    collection,
    id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    ...(req ? { req } : {}),
  })
  const isPublished = live?._status === 'published'
  const hasPendingChanges = isPublished && latest._status === 'draft'
  const partner = isPartnerUser(user)
  if (hasPendingChanges && !partner)
    throw new MarkCheckedRefused(
      409,
      `${the(collection)} has changes waiting to be published. Publish or discard them, then mark it as checked.`,
    )

  // Partners' saves are always drafts; staff publish a published record and keep a draft a draft.
  const savedAs = isPublished && !partner ? 'published' : 'draft'
  const data = { lastChecked: toStoredDate(today), checkedBy: user.id, ...(partner ? {} : { _status: savedAs }) }
  try {
    await payload.update({ collection, id, data: data as never, draft: savedAs === 'draft', depth: 0, ...as })
  } catch (error) {
    const status = error instanceof APIError ? error.status : 500
    if (status === 403 || status === 404)
      throw new MarkCheckedRefused(
        403,
        `You cannot mark ${the(collection).toLowerCase()} as checked: ${partner ? 'it is not one of your organisation’s' : 'it is not on one of your hubs'}.`,
      )
    throw new MarkCheckedRefused(
      status === 500 ? 500 : 400,
      `${the(collection)} could not be marked as checked: ${reasonOf(error)}`,
    )
  }
  const name = user.name || user.email || `user ${user.id}`
  const when = `today (${formatDayMonth(today)})`
  const message =
    savedAs === 'published'
      ? `Marked as checked ${when} by ${name}.`
      : isPublished
        ? `Marked as checked ${when} by ${name}, as a draft: parents see the new date once hub staff publish it.`
        : `Marked as checked ${when} by ${name}. It is a draft: parents see it once it is published.`
  return { message, lastChecked: today, checkedBy: { id: user.id, name }, savedAs }
}

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

export const markCheckedHandler =
  (collection: CheckedCollection) =>
  async (req: PayloadRequest): Promise<Response> => {
    if (!req.user) return refuse(401, `Sign in to mark a ${checkNoun[collection]} as checked.`)
    const id = req.routeParams?.id
    if (typeof id !== 'string' && typeof id !== 'number')
      return refuse(400, `Say which ${checkNoun[collection]} to mark as checked: /api/${collection}/<id>/mark-checked.`)
    try {
      const result = await markAsChecked(req.payload, {
        collection,
        id,
        user: req.user as Reviewer,
        today: toPlainDate(new Date())!,
        req,
      })
      return Response.json(result)
    } catch (error) {
      if (error instanceof MarkCheckedRefused) return refuse(error.status, error.message)
      throw error
    }
  }

/** The endpoint for a collection's `endpoints` array. */
export const markCheckedEndpoint = (collection: CheckedCollection): Endpoint => ({
  path: '/:id/mark-checked',
  method: 'post',
  handler: markCheckedHandler(collection),
})
