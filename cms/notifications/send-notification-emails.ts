/**
 * Emails the notifications waiting for it, after the saves that made them: a save never waits for
 * an email server, and an email that fails loses nothing. Each email is claimed before it is sent
 * (so two senders never send one twice), then marked sent, or, when the server refused it or could
 * not be reached, tried again a minute later, up to MAX_EMAIL_ATTEMPTS times; the reason is logged
 * and shown with the notification in the admin. Without SMTP (cms/email.ts) Payload writes the
 * email to the log, and the notification says it was not emailed.
 *
 * Run every few seconds by `npm start` (app/start.ts).
 */
import type { Payload, Where } from 'payload'
import { idOf } from '../access/roles.ts'
import { adminBaseUrl } from '../freshness/send-check-reminders.ts'
import { MAX_EMAIL_ATTEMPTS, type EmailState } from './email-status.ts'
import { notificationEmail } from './notification-email.ts'
import type { Notification, User } from '../payload-types.ts'

/** A claim older than this is taken to belong to a sender that stopped: the email is tried again. */
const STALE_CLAIM_MS = 5 * 60_000
/** The wait before trying again, times the attempts made so far. */
const RETRY_AFTER_MS = 60_000

export interface SendSummary {
  sent: number
  /** Refused or unreachable: tried again later. */
  retrying: number
  /** Given up on after the last attempt. */
  failed: number
  /** No email server: written to the log. */
  logged: number
}

const reasonOf = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/\s+/g, ' ').trim().slice(0, 500) || 'the email server gave no reason'
}

/** The notifications whose email is due now: waiting and due, or claimed by a sender that stopped. */
const dueWhere = (now: Date): Where => ({
  or: [
    {
      and: [
        { 'email.status': { equals: 'pending' } },
        { 'email.nextAttemptAt': { less_than_equal: now.toISOString() } },
      ],
    },
    {
      and: [
        { 'email.status': { equals: 'sending' } },
        { 'email.nextAttemptAt': { less_than_equal: new Date(now.getTime() - STALE_CLAIM_MS).toISOString() } },
      ],
    },
  ],
})

export const sendNotificationEmails = async (
  payload: Payload,
  { now = () => new Date(), limit = 25 }: { now?: () => Date; limit?: number } = {},
): Promise<SendSummary> => {
  const summary: SendSummary = { sent: 0, retrying: 0, failed: 0, logged: 0 }
  const due = await payload.find({
    collection: 'notifications',
    where: dueWhere(now()),
    sort: 'createdAt',
    limit,
    depth: 0,
    overrideAccess: true,
  })
  if (due.docs.length === 0) return summary
  const base = adminBaseUrl(process.env, payload.config.routes.admin)
  const smtp = payload.email?.name === 'smtp'

  for (const notification of due.docs) {
    const email: EmailState = notification.email ?? {}
    const setEmail = (changes: EmailState, where?: Where) =>
      payload.update({
        collection: 'notifications',
        where: { and: [{ id: { equals: notification.id } }, ...(where ? [where] : [])] },
        data: { email: { ...email, ...changes } as Notification['email'] },
        depth: 0,
        overrideAccess: true,
      })

    // Claimed by this sender only if nobody has claimed or sent it since it was read.
    const claimed = await setEmail(
      { status: 'sending', nextAttemptAt: now().toISOString() },
      { 'email.status': { equals: email.status ?? 'pending' } },
    )
    if (claimed.docs.length !== 1) continue

    const attempts = (email.attempts ?? 0) + 1
    const recipientId = idOf(notification.recipient)
    const recipient =
      recipientId === undefined
        ? null
        : ((await payload.findByID({
            collection: 'users',
            id: recipientId,
            depth: 0,
            overrideAccess: true,
            disableErrors: true,
          })) as User | null)
    if (!recipient) {
      await setEmail({ status: 'failed', attempts, error: 'the account it was for no longer exists' })
      summary.failed++
      continue
    }
    const { subject, text, html } = notificationEmail(notification, recipient.name || recipient.email, base)
    try {
      await payload.sendEmail({ to: recipient.email, subject, text, html })
      if (smtp) {
        await setEmail({ status: 'sent', to: recipient.email, attempts, sentAt: now().toISOString(), error: null })
        summary.sent++
      } else {
        await setEmail({ status: 'logged', to: recipient.email, attempts, error: null })
        summary.logged++
      }
    } catch (error) {
      const reason = reasonOf(error)
      const last = attempts >= MAX_EMAIL_ATTEMPTS
      payload.logger.error({
        err: error,
        msg: `The email to ${recipient.email} about "${subject}" (notification ${notification.id}) could not be sent${last ? '' : '; it is tried again'}: ${reason}`,
      })
      await setEmail({
        status: last ? 'failed' : 'pending',
        to: recipient.email,
        attempts,
        error: reason,
        nextAttemptAt: new Date(now().getTime() + RETRY_AFTER_MS * attempts).toISOString(),
      })
      if (last) summary.failed++
      else summary.retrying++
    }
  }
  return summary
}
