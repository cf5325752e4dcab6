/**
 * The review of a partner's change (collection review-requests):
 *
 * - GET  /api/review-requests/:id/differences   the changed fields, live against proposed, in words
 * - POST /api/review-requests/:id/approve       publish the partner's latest draft, as the approving user
 * - POST /api/review-requests/:id/return        { comment }: back to the partner, who reads the comment
 * - GET  /api/review-requests/of/:target/:targetId   where a service or session is in review (the editor's sidebar)
 * - GET  /api/review-requests/reviewers?collection=services&id=5&hubs=1,2   who reviews a partner's
 *        change: the line beside "Send for review" (the hubs given, and those it runs at live)
 *
 * Reading follows the review requests' read access (admins; hub staff of its hubs; the partner's
 * organisation). Deciding is for council staff who can read the request; approving publishes
 * through the normal update access, so hub staff of another hub are refused. Every answer is JSON;
 * refusals are { errors: [{ message, field? }] } with the status that fits.
 */
import {
  APIError,
  commitTransaction,
  Forbidden,
  initTransaction,
  killTransaction,
  ValidationError,
  type Endpoint,
  type PayloadRequest,
} from 'payload'
import { idOf, isCouncilStaffUser, isPartnerUser } from '../access/roles.ts'
import { REVIEW_DECISION_RECORDED } from './hooks/requestPartnerReview.ts'
import { changedFieldsText, type FieldDifference } from './field-differences.ts'
import {
  describeTarget,
  differencesFor,
  isReviewTarget,
  liveAndDraft,
  NO_CHANGES,
  recordApproval,
  recordReturn,
  requestFor,
  targetLabel,
} from './review-requests.ts'
import type { ReviewState } from './review-state.ts'
import { loadUsers, namesOf } from '../notifications/notify.ts'
import { reviewersSentence } from '../notifications/recipients.ts'
import { londonDateTime } from '../../core/dates/london-format.ts'
import type { ReviewRequest } from '../payload-types.ts'

export interface ReviewSummary {
  id: number
  title: string
  targetCollection: ReviewRequest['targetCollection']
  targetId: string
  status: ReviewRequest['status']
}

export interface DifferencesResponse {
  request: ReviewSummary
  /** False for a record that has never been published: every field is new. */
  published: boolean
  differences: FieldDifference[]
}

export interface DecisionResponse {
  message: string
  request: ReviewRequest
}

export interface ReviewStateResponse {
  review: ReviewState | null
}

export interface ReviewersResponse {
  /** "The staff of Birchwood Family Hub review it before it goes live; …" */
  reviewers: string
}

type Refusal = { message: string; field?: string }
const refuse = (status: number, message: string, field?: string): Response =>
  Response.json({ errors: [field ? { message, field } : { message }] satisfies Refusal[] }, { status })

const summary = (r: ReviewRequest): ReviewSummary => ({
  id: r.id,
  title: r.title,
  targetCollection: r.targetCollection,
  targetId: r.targetId,
  status: r.status,
})

const what = (r: ReviewRequest): string => `${targetLabel(r.targetCollection).toLowerCase()} “${r.title}”`

/** The request named in the path, if it exists and the requester may read it; else the refusal. */
const readableRequest = async (req: PayloadRequest): Promise<ReviewRequest | Response> => {
  if (!req.user) return refuse(401, 'Sign in to see changes waiting for review.')
  const id = req.routeParams?.id
  const request =
    typeof id === 'string' || typeof id === 'number'
      ? await req.payload.findByID({
          collection: 'review-requests',
          id,
          depth: 0,
          overrideAccess: true,
          req,
          disableErrors: true,
        })
      : null
  if (!request) return refuse(404, `There is no change to review with id ${String(id)}.`)
  const readable = await req.payload.find({
    collection: 'review-requests',
    where: { id: { equals: request.id } },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    req,
  })
  if (readable.docs.length === 0)
    return refuse(
      403,
      `You cannot see the review of the ${what(request)}: hub staff of a hub where it runs, and admins, review it.`,
    )
  return request
}

/** The request, when the requester may decide on it now; else the refusal. */
const decidableRequest = async (
  req: PayloadRequest,
  action: 'approve' | 'return',
): Promise<ReviewRequest | Response> => {
  if (!req.user) return refuse(401, `Sign in as hub staff or an admin to ${action} changes.`)
  if (isPartnerUser(req.user))
    return refuse(403, `Partners cannot ${action} changes: hub staff of a hub where it runs, or an admin, review them.`)
  if (!isCouncilStaffUser(req.user)) return refuse(403, `Only hub staff and admins can ${action} changes.`)
  const request = await readableRequest(req)
  if (request instanceof Response) return request
  if (request.status !== 'waiting') {
    const last = [...(request.decisions ?? [])].reverse().find((d) => d.decision === request.status)
    const done = request.status === 'approved' ? 'was approved and published' : 'was returned to the partner'
    return refuse(
      409,
      `This change ${done}${last ? ` on ${londonDateTime(last.at)}` : ''}; it is not waiting for review. A new save by the partner sends it again.`,
    )
  }
  return request
}

/** The JSON body as an object ({} when there is none); a refusal when it is something else. */
const readBody = async (req: PayloadRequest): Promise<Record<string, unknown> | Response> => {
  let text: string
  try {
    text = req.text ? await req.text() : ''
  } catch {
    text = ''
  }
  if (text.trim() === '') return {}
  try {
    const body: unknown = JSON.parse(text)
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>
  } catch {
    // answered below
  }
  return refuse(400, 'Send the decision as a JSON object, for example {"comment": "Please check the times."}.')
}

/** Runs the work in one transaction: a refused publish records nothing. */
const inTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const owns = await initTransaction(req)
  try {
    const result = await work()
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}

const changedFields = (differences: FieldDifference[] | undefined): string =>
  differences && differences.length > 0 ? changedFieldsText(differences) : NO_CHANGES

export const reviewDifferences = async (req: PayloadRequest): Promise<Response> => {
  const request = await readableRequest(req)
  if (request instanceof Response) return request
  const found = await differencesFor(req, request.targetCollection, request.targetId)
  if (!found) return refuse(404, `The ${what(request)} no longer exists, or you cannot read it.`)
  const response: DifferencesResponse = { request: summary(request), ...found }
  return Response.json(response)
}

export const approveReview = async (req: PayloadRequest): Promise<Response> => {
  const request = await decidableRequest(req, 'approve')
  if (request instanceof Response) return request
  const body = await readBody(req)
  if (body instanceof Response) return body
  if (body.comment !== undefined && typeof body.comment !== 'string')
    return refuse(400, 'Comment must be text, or left out.', 'comment')
  const comment = typeof body.comment === 'string' ? body.comment.trim() : undefined
  try {
    const approved = await inTransaction(req, async () => {
      const found = await differencesFor(req, request.targetCollection, request.targetId)
      await req.payload.update({
        collection: request.targetCollection,
        id: request.targetId,
        data: { _status: 'published' },
        depth: 0,
        overrideAccess: false,
        req,
        context: { [REVIEW_DECISION_RECORDED]: true },
      })
      return recordApproval(req, request, { changedFields: changedFields(found?.differences), comment })
    })
    const response: DecisionResponse = {
      message: `Approved and published: the ${what(request)} is live.`,
      request: approved,
    }
    return Response.json(response)
  } catch (error) {
    if (error instanceof Forbidden)
      return refuse(
        403,
        `You cannot publish the ${what(request)}: it is not at one of your hubs. Hub staff of a hub where it runs, or an admin, can approve it.`,
      )
    if (error instanceof ValidationError) {
      const fields =
        (error.data as { errors?: { label?: string; path?: string; message?: string }[] } | undefined)?.errors ?? []
      const details = fields.map((f) => `${f.label ?? f.path ?? ''}: ${f.message ?? ''}`).join(' ')
      return refuse(
        400,
        `The ${what(request)} cannot be published as the partner left it. ${details} Return it to the partner with a comment, or correct it in the editor.`,
      )
    }
    if (error instanceof APIError) return refuse(error.status, error.message)
    throw error
  }
}

export const returnReview = async (req: PayloadRequest): Promise<Response> => {
  const request = await decidableRequest(req, 'return')
  if (request instanceof Response) return request
  const body = await readBody(req)
  if (body instanceof Response) return body
  const comment = typeof body.comment === 'string' ? body.comment.trim() : ''
  if (!comment)
    return refuse(
      400,
      'Comment for the partner is required: say what they should change before it can be published.',
      'comment',
    )
  const returned = await inTransaction(req, async () => {
    const found = await differencesFor(req, request.targetCollection, request.targetId)
    return recordReturn(req, request, comment, changedFields(found?.differences))
  })
  const response: DecisionResponse = {
    message: `Returned to the partner with your comment: the ${what(request)} stays as it is live.`,
    request: returned,
  }
  return Response.json(response)
}

/** The names of users, for the sidebar's "Returned by Sam Hubworker": partners may not read users themselves. */
const userNames = async (req: PayloadRequest, ids: unknown[]): Promise<Map<string, string>> => {
  const list = [...new Set(ids.map((v) => idOf(v as never)).filter((v) => v !== undefined))]
  if (list.length === 0) return new Map()
  const found = await req.payload.find({
    collection: 'users',
    where: { id: { in: list } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { name: true },
  })
  return new Map(found.docs.map((u) => [String(u.id), u.name]))
}

export const reviewStateOf = async (req: PayloadRequest): Promise<Response> => {
  if (!req.user) return refuse(401, 'Sign in to see where a change is in review.')
  const target = req.routeParams?.target
  const targetId = req.routeParams?.targetId
  if (!isReviewTarget(target))
    return refuse(400, `"${String(target)}" is not reviewed: give services or sessions.`, 'target')
  if (typeof targetId !== 'string' || targetId === '')
    return refuse(400, 'Give the id of the service or session.', 'targetId')
  const request = await requestFor(req, target, targetId, false)
  if (!request) return Response.json({ review: null } satisfies ReviewStateResponse)
  const last = [...(request.decisions ?? [])].reverse().find((d) => d.decision !== 'submitted')
  const names = await userNames(req, [request.submittedBy, last?.by])
  const name = (v: unknown) => names.get(String(idOf(v as never))) ?? null
  const review: ReviewState = {
    id: request.id,
    status: request.status,
    submittedAt: request.submittedAt,
    submittedBy: name(request.submittedBy),
    comment: request.status === 'returned' ? request.comment : null,
    decidedBy: last ? name(last.by) : null,
    decidedAt: last?.at ?? null,
  }
  return Response.json({ review } satisfies ReviewStateResponse)
}

export const reviewersOf = async (req: PayloadRequest): Promise<Response> => {
  if (!req.user) return refuse(401, 'Sign in to see who reviews a change.')
  const query = req.searchParams
  const collection = query.get('collection')
  if (!isReviewTarget(collection))
    return refuse(400, `"${String(collection)}" is not reviewed: give services or sessions.`, 'collection')
  const hubs = (query.get('hubs') ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter((h) => /^[\w-]+$/.test(h))
  const id = query.get('id')
  if (id !== null && !/^[\w-]+$/.test(id))
    return refuse(400, `"${id}" is not the id of a ${collection.slice(0, -1)}.`, 'id')
  // The hubs it runs at live are affected too (a hub taken off the change still hears of it).
  if (id) {
    const { live } = await liveAndDraft(req, collection, id, { overrideAccess: false })
    if (live) hubs.push(...describeTarget(collection, live).hubs.map(String))
  }
  const [named, users] = await Promise.all([namesOf(req, 'hubs', hubs), loadUsers(req)])
  return Response.json({ reviewers: reviewersSentence(named, users) } satisfies ReviewersResponse)
}

export const reviewRequestEndpoints: Endpoint[] = [
  { path: '/reviewers', method: 'get', handler: reviewersOf },
  { path: '/:id/differences', method: 'get', handler: reviewDifferences },
  { path: '/:id/approve', method: 'post', handler: approveReview },
  { path: '/:id/return', method: 'post', handler: returnReview },
  { path: '/of/:target/:targetId', method: 'get', handler: reviewStateOf },
]
