/**
 * Telling people: one notification per person, written with the save's `req` so it joins the
 * save's transaction (kept or refused with it), its email waiting for the sender
 * (send-notification-emails.ts), which runs after the save and can fail without undoing it.
 * The events: a partner's change sent for review, returned, approved or published, and a problem
 * report; who is told is decided in recipients.ts.
 */
import type { PayloadRequest } from 'payload'
import { idOf } from '../access/roles.ts'
import { notificationContent, type NotificationEvent, type RecordRef } from './messages.ts'
import { hubStaffOrAdmins, partnersToTell, type NamedHub, type Recipient, type UserLike } from './recipients.ts'

type Id = number | string

/** Every account, with what recipients.ts needs. */
export const loadUsers = async (req: PayloadRequest): Promise<UserLike[]> =>
  (
    await req.payload.find({
      collection: 'users',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { email: true, name: true, role: true, hubs: true, organisation: true },
    })
  ).docs as unknown as UserLike[]

/** The names of hubs or organisations, in the order given; ids that no longer exist are left out. */
export const namesOf = async (
  req: PayloadRequest,
  collection: 'hubs' | 'organisations',
  ids: readonly unknown[],
): Promise<NamedHub[]> => {
  const list = [...new Set(ids.map((v) => idOf(v as never)).filter((v): v is Id => v !== undefined))]
  if (list.length === 0) return []
  const found = await req.payload.find({
    collection,
    where: { id: { in: list } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { name: true },
  })
  const byId = new Map(found.docs.map((d) => [String(d.id), d.name]))
  return list.flatMap((id) => (byId.has(String(id)) ? [{ id, name: byId.get(String(id))! }] : []))
}

/** The name people know the signed-in user by. */
export const nameOfUser = (user: unknown): string => {
  const u = user as { name?: string | null; email?: string | null } | null | undefined
  return u?.name || u?.email || 'Someone'
}

/** Store the event's notification for each recipient (in the request's transaction). */
export const notify = async (req: PayloadRequest, event: NotificationEvent, recipients: Recipient[]): Promise<void> => {
  const content = notificationContent(event)
  const now = new Date().toISOString()
  for (const { user, why } of recipients)
    await req.payload.create({
      collection: 'notifications',
      data: {
        title: content.title,
        kind: content.kind,
        recipient: user.id as number,
        details: content.details,
        why,
        links: content.links.map((l) => ({ label: l.label, path: l.path })),
        recordCollection: content.record.collection,
        recordId: String(content.record.id),
        read: false,
        email: { status: 'pending', to: user.email, attempts: 0, nextAttemptAt: now },
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
}

const nounOf = (record: RecordRef) => (record.collection === 'services' ? 'service' : 'session')
const me = (req: PayloadRequest): Id | undefined => (req.user ? idOf(req.user as never) : undefined)

/** A partner sent a change: the staff of the hubs it affects (before and after the change), else the admins. */
export const notifyChangeSent = async (
  req: PayloadRequest,
  {
    record,
    requestId,
    hubs,
    organisation,
    changedFields,
    again,
  }: {
    record: RecordRef
    requestId: Id
    hubs: unknown[]
    organisation: unknown
    changedFields: string
    again: boolean
  },
): Promise<void> => {
  const [users, hubList, [org]] = await Promise.all([
    loadUsers(req),
    namesOf(req, 'hubs', hubs),
    namesOf(req, 'organisations', [organisation]),
  ])
  await notify(
    req,
    {
      kind: 'review-sent',
      record,
      requestId,
      by: nameOfUser(req.user),
      organisation: org?.name,
      at: new Date().toISOString(),
      changedFields,
      again,
    },
    hubStaffOrAdmins(hubList, users, { noun: nounOf(record), exclude: me(req) }),
  )
}

/** A change came back to the partner, or went live: tell the partner who sent it. */
export const notifyDecision = async (
  req: PayloadRequest,
  {
    record,
    requestId,
    sentBy,
    organisation,
    decision,
  }: {
    record: RecordRef
    requestId: Id
    sentBy: unknown
    organisation: unknown
    decision:
      | { kind: 'review-returned'; comment: string }
      | { kind: 'review-approved'; changedFields: string; fromEditor: boolean; comment?: string }
  },
): Promise<void> => {
  const [users, [org]] = await Promise.all([loadUsers(req), namesOf(req, 'organisations', [organisation])])
  const base = { record, requestId, by: nameOfUser(req.user), at: new Date().toISOString() }
  await notify(
    req,
    decision.kind === 'review-returned'
      ? { ...base, kind: 'review-returned', comment: decision.comment }
      : {
          ...base,
          kind: 'review-approved',
          changedFields: decision.changedFields,
          fromEditor: decision.fromEditor,
          comment: decision.comment,
        },
    partnersToTell(sentBy, org, users, { exclude: me(req) }),
  )
}
