/**
 * Check reminders: once a published service or session timetable falls due (its check date is
 * today or has passed; never checked: due from the day it was added), its owners are emailed once
 * for that due date: the hub staff of its hubs, and for a partner organisation's record the partner
 * users of that organisation too; when nobody looks after it, the admins. One email per person
 * listing all their items, with links to the admin; a check-reminders row per item records it, so
 * running again the same day, or any later day, sends nothing more until the next due date.
 *
 * Run every hour by `npm start` (app/start.ts), or by hand: `npm run reminders`.
 */
import type { Payload } from 'payload'
import { idOf } from '../access/roles.ts'
import { dueWords, loadCheckItems, checkedCollections, checkNoun, type CheckItem } from './due-for-check.ts'
import { formatDayMonth, toPlainDate } from '../../core/dates/plain-date.ts'
import type { Id } from '../../core/records/fields.ts'
import { escapeHtml } from '../../core/text/escape-html.ts'

export interface ReminderSummary {
  /** Items reminded about (each recorded once for its due date). */
  items: number
  /** Emails sent. */
  emails: number
  /** The people emailed. */
  recipients: string[]
  /** Emails that could not be sent (their items are tried again next time). */
  failed: string[]
}

export interface Owner {
  email: string
  name: string
}

interface UserRecord {
  email: string
  name?: string | null
  role?: string | null
  hubs?: unknown[] | null
  organisation?: unknown
}

/** Who to email about an item: hub staff of its hubs, partners of its organisation; else the admins. Pure. */
export const ownersOf = (item: CheckItem, users: readonly UserRecord[]): Owner[] => {
  const hubs = new Set(item.hubs.map(String))
  const owners = users.filter((u) => {
    if (u.role === 'hub-staff') return (u.hubs ?? []).some((h) => hubs.has(String(idOf(h as never))))
    if (u.role === 'partner')
      return item.provider !== undefined && String(idOf(u.organisation as never)) === String(item.provider)
    return false
  })
  const chosen = owners.length > 0 ? owners : users.filter((u) => u.role === 'admin')
  return chosen.map((u) => ({ email: u.email, name: u.name || u.email }))
}

/** The admin's address: SERVER_URL, or localhost on PORT (3000). */
export const adminBaseUrl = (
  env: Readonly<Record<string, string | undefined>> = process.env,
  adminRoute = '/admin',
): string => `${(env.SERVER_URL || `http://localhost:${env.PORT ?? 3000}`).replace(/\/+$/, '')}${adminRoute}`

export const editUrl = (item: Pick<CheckItem, 'collection' | 'id'>, base: string): string =>
  `${base}/collections/${item.collection}/${item.id}`

/** The reminder email for one person: subject, plain text and HTML. Pure. */
export const reminderEmail = (
  owner: Owner,
  items: readonly CheckItem[],
  base: string,
): { subject: string; text: string; html: string } => {
  const count =
    items.length === 1 ? `1 ${checkNoun[items[0]!.collection]} is` : `${items.length} services and timetables are`
  const subject = `${count} due for a check`
  const intro = `Hello ${owner.name},\n\nThese are due for a check. Check each one is still right, then press "Mark as checked" on its page in the admin. Parents see when it was last checked, and that it may be out of date once it is overdue.`
  const line = (item: CheckItem) =>
    `${item.title} (${checkNoun[item.collection]}): ${dueWords(item)}${item.pendingChanges ? '; it has changes waiting to be published' : ''}`
  const text = `${intro}\n\n${items.map((item) => `- ${line(item)}\n  ${editUrl(item, base)}`).join('\n')}\n\nThe admin dashboard lists everything due for a check: ${base}\n`
  const html = [
    `<p>Hello ${escapeHtml(owner.name)},</p>`,
    '<p>These are due for a check. Check each one is still right, then press “Mark as checked” on its page in the admin. Parents see when it was last checked, and that it may be out of date once it is overdue.</p>',
    `<ul>${items.map((item) => `<li><a href="${escapeHtml(editUrl(item, base))}">${escapeHtml(item.title)}</a> (${checkNoun[item.collection]}): ${escapeHtml(dueWords(item))}${item.pendingChanges ? '; it has changes waiting to be published' : ''}</li>`).join('')}</ul>`,
    `<p>The <a href="${escapeHtml(base)}">admin dashboard</a> lists everything due for a check.</p>`,
  ].join('\n')
  return { subject, text, html }
}

const reminderKey = (collection: string, id: Id | string, dueOn: string) => `${collection}:${String(id)}:${dueOn}`

/** Email the owners of everything that has fallen due on `now`'s London date and not been reminded about for that due date. */
export const sendCheckReminders = async (
  payload: Payload,
  { now = new Date() }: { now?: Date } = {},
): Promise<ReminderSummary> => {
  const today = toPlainDate(now)!
  const due = (await Promise.all(checkedCollections.map((c) => loadCheckItems(payload, c, { today }))))
    .flat()
    .filter((item) => item.dueOn <= today)
  const summary: ReminderSummary = { items: 0, emails: 0, recipients: [], failed: [] }
  if (due.length === 0) return summary

  const sent = await payload.find({
    collection: 'check-reminders',
    where: { dueOn: { in: [...new Set(due.map((item) => item.dueOn))] } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { targetCollection: true, targetId: true, dueOn: true },
  })
  const already = new Set(sent.docs.map((r) => reminderKey(r.targetCollection, r.targetId, r.dueOn)))
  const toRemind = due.filter((item) => !already.has(reminderKey(item.collection, item.id, item.dueOn)))
  if (toRemind.length === 0) return summary

  const users = (await payload.find({ collection: 'users', depth: 0, pagination: false, overrideAccess: true }))
    .docs as unknown as UserRecord[]
  const byOwner = new Map<string, { owner: Owner; items: CheckItem[] }>()
  const ownersOfItem = new Map<CheckItem, Owner[]>()
  for (const item of toRemind) {
    const owners = ownersOf(item, users)
    ownersOfItem.set(item, owners)
    for (const owner of owners) {
      const entry = byOwner.get(owner.email) ?? { owner, items: [] }
      entry.items.push(item)
      byOwner.set(owner.email, entry)
    }
  }

  const base = adminBaseUrl(process.env, payload.config.routes.admin)
  const reached = new Set<string>()
  for (const { owner, items } of [...byOwner.values()].sort((a, b) => a.owner.email.localeCompare(b.owner.email))) {
    const email = reminderEmail(owner, items, base)
    try {
      await payload.sendEmail({ to: owner.email, ...email })
      summary.emails++
      summary.recipients.push(owner.email)
      reached.add(owner.email)
    } catch (error) {
      summary.failed.push(owner.email)
      payload.logger.error({ err: error, msg: `Check reminder to ${owner.email} could not be sent.` })
    }
  }

  // An item is recorded once someone was told about it; if every email about it failed, next run tries again.
  const sentAt = now.toISOString()
  for (const item of toRemind) {
    const told = (ownersOfItem.get(item) ?? []).filter((o) => reached.has(o.email))
    if (told.length === 0) continue
    await payload.create({
      collection: 'check-reminders',
      data: {
        title: `${item.title} (${checkNoun[item.collection]}), due ${formatDayMonth(item.dueOn)}`,
        targetCollection: item.collection,
        targetId: String(item.id),
        dueOn: item.dueOn,
        sentAt,
        recipients: told
          .map((o) => o.email)
          .sort()
          .join(', '),
      },
      overrideAccess: true,
    })
    summary.items++
  }
  return summary
}
