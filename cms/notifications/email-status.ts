/**
 * Where a notification's email is: waiting, sent, failed (with why), or not sent because no email
 * server is set up; and that in one sentence for the admin. Pure.
 */
import { londonDateTime, londonTime } from '../../core/dates/london-format.ts'

export const emailStatusOptions = [
  { value: 'pending', label: 'Waiting to be sent' },
  { value: 'sending', label: 'Sending' },
  { value: 'sent', label: 'Sent' },
  { value: 'failed', label: 'Could not be sent' },
  { value: 'logged', label: 'Not emailed: no email server is set up' },
] as const
export type EmailStatus = (typeof emailStatusOptions)[number]['value']

/** How many times an email is tried before it counts as failed. */
export const MAX_EMAIL_ATTEMPTS = 3

export interface EmailState {
  status?: EmailStatus | null
  to?: string | null
  attempts?: number | null
  nextAttemptAt?: string | null
  sentAt?: string | null
  error?: string | null
}

/** The email's fate in a sentence: "Emailed to sam@example.org on 7 December 2026, 14:05." */
export const emailStatusText = (email: EmailState | null | undefined): string => {
  const to = email?.to ? ` to ${email.to}` : ''
  switch (email?.status ?? 'pending') {
    case 'sent':
      return `Emailed${to}${email?.sentAt ? ` on ${londonDateTime(email.sentAt)}` : ''}.`
    case 'failed':
      return `The email${to} could not be sent${(email?.attempts ?? 0) > 1 ? ` after ${email?.attempts} tries` : ''}: ${email?.error ?? 'no reason was given'}. This notification is kept; nothing else was lost.`
    case 'logged':
      return 'Not emailed: no email server is set up (SMTP_HOST), so the email went to the server log.'
    case 'sending':
      return `Sending the email${to}.`
    case 'pending':
      return (email?.attempts ?? 0) > 0
        ? `The email${to} could not be sent yet (${email?.error ?? 'no reason was given'}); trying again${email?.nextAttemptAt ? ` at ${londonTime(email.nextAttemptAt)}` : ' soon'}.`
        : `The email${to} is waiting to be sent.`
  }
}
