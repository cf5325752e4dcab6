import { describe, expect, it } from 'vitest'
import { adminUrl, notificationEmail } from './notification-email.ts'

const base = 'https://admin.example.org/admin'

describe('notificationEmail', () => {
  const email = notificationEmail(
    {
      title: 'Sam returned your change to the service “Tots & <Toddlers>” with a comment',
      details: 'Comment: “Add the <room> & time”\nReturned 7 December 2026, 14:05.',
      links: [{ label: 'Open the service', path: '/collections/services/5' }],
      why: 'You sent this change for review.',
    },
    'Priya "P" Partner',
    base,
  )

  it('has the sentence as its subject', () => {
    expect(email.subject).toBe('Sam returned your change to the service “Tots & <Toddlers>” with a comment')
  })

  it('says everything in plain text, with the links as full addresses', () => {
    expect(email.text).toBe(
      [
        'Hello Priya "P" Partner,',
        '',
        'Sam returned your change to the service “Tots & <Toddlers>” with a comment.',
        '',
        'Comment: “Add the <room> & time”',
        'Returned 7 December 2026, 14:05.',
        '',
        'Open the service: https://admin.example.org/admin/collections/services/5',
        '',
        'You sent this change for review.',
        '',
        'Your notifications are on the admin dashboard: https://admin.example.org/admin',
        '',
      ].join('\n'),
    )
  })

  it('escapes everything in the HTML', () => {
    expect(email.html).toContain('<p>Hello Priya &quot;P&quot; Partner,</p>')
    expect(email.html).toContain('“Tots &amp; &lt;Toddlers&gt;”')
    expect(email.html).toContain('Comment: “Add the &lt;room&gt; &amp; time”<br>')
    expect(email.html).toContain(
      '<a href="https://admin.example.org/admin/collections/services/5">Open the service</a>',
    )
    expect(email.html).not.toMatch(/<(room|Toddlers)>/)
  })

  it('keeps the subject on one line whatever the name holds', () => {
    expect(notificationEmail({ title: 'A change to “Stay\r\nBcc: x@example.org”' }, 'Sam', base).subject).toBe(
      'A change to “Stay Bcc: x@example.org”',
    )
  })
})

describe('adminUrl', () => {
  it('joins the admin’s address and a page, with one slash', () => {
    expect(adminUrl('https://admin.example.org/admin/', '/collections/services/5')).toBe(
      'https://admin.example.org/admin/collections/services/5',
    )
  })
})
