import { describe, expect, it } from 'vitest'
import { emailStatusText } from './email-status.ts'

describe('emailStatusText: a notification’s email, in a sentence', () => {
  it.each([
    [{ status: 'pending', to: 'sam@example.org', attempts: 0 }, 'The email to sam@example.org is waiting to be sent.'],
    [
      { status: 'sent', to: 'sam@example.org', sentAt: '2026-07-01T13:05:00.000Z' },
      'Emailed to sam@example.org on 1 July 2026, 14:05.',
    ],
    [
      {
        status: 'pending',
        to: 'sam@example.org',
        attempts: 1,
        error: 'connect ECONNREFUSED',
        nextAttemptAt: '2026-12-07T14:06:00.000Z',
      },
      'The email to sam@example.org could not be sent yet (connect ECONNREFUSED); trying again at 14:06.',
    ],
    [
      { status: 'failed', to: 'sam@example.org', attempts: 3, error: '550 Mailbox unavailable' },
      'The email to sam@example.org could not be sent after 3 tries: 550 Mailbox unavailable. This notification is kept; nothing else was lost.',
    ],
    [{ status: 'logged' }, 'Not emailed: no email server is set up (SMTP_HOST), so the email went to the server log.'],
    [{ status: 'sending', to: 'sam@example.org' }, 'Sending the email to sam@example.org.'],
  ] as const)('%j', (email, words) => expect(emailStatusText(email)).toBe(words))
})
