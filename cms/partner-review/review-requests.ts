/**
 * The review requests of partners' changes, read and written on the server: the one request per
 * service or session, the live and draft versions it compares, the names its differences use,
 * and the decisions its history keeps. Review requests are written only from here, with
 * overrideAccess (nobody may write them through the API); who may decide is checked by the
 * endpoints, and publishing runs as the deciding user.
 */
import type { CollectionSlug, PayloadRequest } from 'payload'
import { idOf } from '../access/roles.ts'
import {
  changedFieldsText,
  fieldDifferences,
  relatedIds,
  type FieldDifference,
  type TitleLookup,
} from './field-differences.ts'
import { notifyChangeSent, notifyDecision } from '../notifications/notify.ts'
import type { RecordRef } from '../notifications/messages.ts'
import type { ReviewRequest } from '../payload-types.ts'

export type ReviewTarget = 'services' | 'sessions'
export const reviewTargets: readonly ReviewTarget[] = ['services', 'sessions']
export const isReviewTarget = (value: unknown): value is ReviewTarget => reviewTargets.includes(value as ReviewTarget)

type Id = number | string
type Doc = Record<string, unknown> & { id: Id }
type Decision = NonNullable<ReviewRequest['decisions']>[number]

/** Said in the history when a partner saved a draft identical to the live version. */
export const NO_CHANGES = 'No changes from the live version'

/** "Service" or "Session". */
export const targetLabel = (collection: ReviewTarget): string => (collection === 'services' ? 'Service' : 'Session')

/**
 * The live (published) version of a record, null when it has never been published, and its latest
 * draft (the live version when there is none). Read with the requester's access unless told
 * otherwise, so that fields they may not read (staff notes) are left out of both alike.
 */
export const liveAndDraft = async (
  req: PayloadRequest,
  collection: ReviewTarget,
  id: Id,
  { overrideAccess }: { overrideAccess: boolean },
): Promise<{ live: Doc | null; draft: Doc | null }> => {
  const read = (draft: boolean) =>
    req.payload.findByID({
      collection,
      id,
      draft,
      depth: 0,
      overrideAccess,
      req,
      disableErrors: true,
    }) as Promise<Doc | null>
  const main = await read(false)
  const draft = await read(true)
  return { live: main && main._status === 'published' ? main : null, draft }
}

/** Names of the related records the documents mention, read with the requester's access (ids stay where it cannot read). */
export const titleLookup = async (
  req: PayloadRequest,
  collection: ReviewTarget,
  docs: unknown[],
): Promise<TitleLookup> => {
  const names = new Map<string, string>()
  const ids = relatedIds(req.payload.collections[collection].config.fields, ...docs)
  for (const [related, list] of Object.entries(ids)) {
    const slug = related as CollectionSlug
    const config = req.payload.collections[slug]?.config
    const title = config?.admin?.useAsTitle
    if (!config || !title || title === 'id') continue
    const found = await req.payload.find({
      collection: slug,
      where: { id: { in: list } },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      req,
      select: { [title]: true },
    })
    for (const doc of found.docs as unknown as Doc[])
      if (typeof doc[title] === 'string') names.set(`${related}:${String(doc.id)}`, doc[title] as string)
  }
  return (related, id) => names.get(`${related}:${String(id)}`)
}

/** The differences between the live version and the latest draft, in words, as the requester may read them. */
export const differencesFor = async (
  req: PayloadRequest,
  collection: ReviewTarget,
  id: Id,
): Promise<{ differences: FieldDifference[]; published: boolean } | null> => {
  const { live, draft } = await liveAndDraft(req, collection, id, { overrideAccess: false })
  if (!draft) return null
  const lookup = await titleLookup(req, collection, [live, draft])
  return {
    differences: fieldDifferences(req.payload.collections[collection].config.fields, live, draft, { lookup }),
    published: live !== null,
  }
}

/** The one review request of a record, whatever its status. */
export const requestFor = async (
  req: PayloadRequest,
  collection: ReviewTarget,
  id: Id,
  overrideAccess = true,
): Promise<ReviewRequest | null> => {
  const found = await req.payload.find({
    collection: 'review-requests',
    where: { and: [{ targetCollection: { equals: collection } }, { targetId: { equals: String(id) } }] },
    depth: 0,
    limit: 1,
    overrideAccess,
    req,
  })
  return found.docs[0] ?? null
}

/** The history as stored (ids, not populated users), with one more decision. */
const withDecision = (request: ReviewRequest | null, decision: Omit<Decision, 'id'>): Omit<Decision, 'id'>[] => [
  ...(request?.decisions ?? []).map((d) => ({ ...d, by: (idOf(d.by as never) as number | undefined) ?? null })),
  decision,
]

const userId = (req: PayloadRequest): number | null => (req.user ? (idOf(req.user as never) as number) : null)

/** What a review request says about its record: its name, provider and hubs, from the draft. */
export const describeTarget = (collection: ReviewTarget, draft: Doc) => {
  const name = collection === 'services' ? draft.name : draft.title
  const hubs = collection === 'services' ? (Array.isArray(draft.hubs) ? draft.hubs : []) : [draft.hub]
  return {
    title: typeof name === 'string' && name.trim() !== '' ? name : `${targetLabel(collection)} ${String(draft.id)}`,
    organisation: (idOf(draft.provider as never) as number | undefined) ?? null,
    hubs: hubs.map((h) => idOf(h as never)).filter((h): h is number => h !== undefined),
  }
}

/** The record a review request is about, as notifications name it. */
const recordOf = (request: Pick<ReviewRequest, 'targetCollection' | 'targetId' | 'title'>): RecordRef => ({
  collection: request.targetCollection,
  id: request.targetId,
  name: request.title,
})

/**
 * A partner saved a draft: its record's review request (made if there is none) waits for review
 * again, with who sent it and when, and a "submitted" decision listing the changed fields. When it
 * was not already waiting, the staff of the hubs it affects (where it ran and where it will run)
 * are notified; further saves while it waits join the same review.
 */
export const submitForReview = async (
  req: PayloadRequest,
  collection: ReviewTarget,
  id: Id,
): Promise<ReviewRequest | null> => {
  const { live, draft } = await liveAndDraft(req, collection, id, { overrideAccess: true })
  if (!draft) return null
  const differences = fieldDifferences(req.payload.collections[collection].config.fields, live, draft)
  const existing = await requestFor(req, collection, id)
  const now = new Date().toISOString()
  const data = {
    ...describeTarget(collection, draft),
    targetCollection: collection,
    targetId: String(id),
    status: 'waiting' as const,
    submittedBy: userId(req),
    submittedAt: now,
    decisions: withDecision(existing, {
      decision: 'submitted',
      by: userId(req),
      at: now,
      changedFields: changedFieldsText(differences) || NO_CHANGES,
    }),
  }
  const saved = existing
    ? await req.payload.update({
        collection: 'review-requests',
        id: existing.id,
        data,
        depth: 0,
        overrideAccess: true,
        req,
      })
    : await req.payload.create({ collection: 'review-requests', data, depth: 0, overrideAccess: true, req })
  if (existing?.status !== 'waiting')
    await notifyChangeSent(req, {
      record: recordOf(saved),
      requestId: saved.id,
      hubs: [...data.hubs, ...(live ? describeTarget(collection, live).hubs : [])],
      organisation: data.organisation,
      changedFields: changedFieldsText(differences) || NO_CHANGES,
      again: existing?.status === 'returned',
    })
  return saved
}

/**
 * Approved: the request is closed with the decision (who, when, which fields went live), and the
 * partner who sent it is told. `fromEditor`: published from the record's editor, not from the review.
 */
export const recordApproval = async (
  req: PayloadRequest,
  request: ReviewRequest,
  { changedFields, comment, fromEditor = false }: { changedFields: string; comment?: string; fromEditor?: boolean },
): Promise<ReviewRequest> => {
  const approved = await req.payload.update({
    collection: 'review-requests',
    id: request.id,
    data: {
      status: 'approved',
      decisions: withDecision(request, {
        decision: 'approved',
        by: userId(req),
        at: new Date().toISOString(),
        changedFields,
        comment: comment || null,
      }),
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  await notifyDecision(req, {
    record: recordOf(request),
    requestId: request.id,
    sentBy: request.submittedBy,
    organisation: request.organisation,
    decision: { kind: 'review-approved', changedFields, fromEditor, comment },
  })
  return approved
}

/** Returned: the partner reads the comment, and is told; the history keeps it. */
export const recordReturn = async (
  req: PayloadRequest,
  request: ReviewRequest,
  comment: string,
  changedFields: string,
): Promise<ReviewRequest> => {
  const returned = await req.payload.update({
    collection: 'review-requests',
    id: request.id,
    data: {
      status: 'returned',
      comment,
      decisions: withDecision(request, {
        decision: 'returned',
        by: userId(req),
        at: new Date().toISOString(),
        changedFields,
        comment,
      }),
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  await notifyDecision(req, {
    record: recordOf(request),
    requestId: request.id,
    sentBy: request.submittedBy,
    organisation: request.organisation,
    decision: { kind: 'review-returned', comment },
  })
  return returned
}

/** The changed fields the partner last sent, from the history: what a publish from the editor made live. */
export const lastSubmittedFields = (request: ReviewRequest): string =>
  [...(request.decisions ?? [])].reverse().find((d) => d.decision === 'submitted')?.changedFields ?? ''
