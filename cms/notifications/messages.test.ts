import { describe, expect, it } from 'vitest'
import { notificationContent, type RecordRef } from './messages.ts'

const service: RecordRef = { collection: 'services', id: 5, name: 'Infant Feeding Support' }
const session: RecordRef = { collection: 'sessions', id: 9, name: 'Baby Group at Birchwood' }
// 14:05 in London in winter.
const at = '2026-12-07T14:05:00.000Z'

describe('notificationContent', () => {
  it('a change sent for review: who sent it, for whom, what changed, and the review to open', () => {
    expect(
      notificationContent({
        kind: 'review-sent',
        record: service,
        requestId: 3,
        by: 'Priya Partner',
        organisation: 'Mersey Vale Hospitals NHS Trust',
        at,
        changedFields: 'Summary, Cost',
        again: false,
      }),
    ).toEqual({
      kind: 'review-sent',
      record: service,
      title:
        'Priya Partner (Mersey Vale Hospitals NHS Trust) sent a change to the service “Infant Feeding Support” for review',
      details:
        'Fields changed: Summary, Cost.\nSent 7 December 2026, 14:05. The live version stays as it is until you approve the change.',
      links: [
        { label: 'Review the change', path: '/collections/review-requests/3' },
        { label: 'Open the service', path: '/collections/services/5' },
      ],
    })
  })

  it('sent again after being returned says so', () => {
    const { title } = notificationContent({
      kind: 'review-sent',
      record: session,
      requestId: 3,
      by: 'Priya Partner',
      at,
      changedFields: 'Starts',
      again: true,
    })
    expect(title).toBe('Priya Partner sent a change to the session “Baby Group at Birchwood” for review again')
  })

  it('returned: the comment, and the record to open first', () => {
    const content = notificationContent({
      kind: 'review-returned',
      record: session,
      requestId: 3,
      by: 'Sam Hubworker',
      at,
      comment: 'Which room?',
    })
    expect(content.title).toBe(
      'Sam Hubworker returned your change to the session “Baby Group at Birchwood” with a comment',
    )
    expect(content.details).toBe(
      'Comment: “Which room?”\nReturned 7 December 2026, 14:05. Change it and send it for review again; the live version stays as it is.',
    )
    expect(content.links[0]).toEqual({ label: 'Open the session', path: '/collections/sessions/9' })
  })

  it('approved from the review, or published from the editor', () => {
    const base = {
      kind: 'review-approved',
      record: service,
      requestId: 3,
      by: 'Sam Hubworker',
      at,
      changedFields: 'Summary',
    } as const
    expect(notificationContent({ ...base, fromEditor: false }).title).toBe(
      'Sam Hubworker approved your change to the service “Infant Feeding Support”: it is live',
    )
    const published = notificationContent({ ...base, fromEditor: true, comment: 'Published from the editor.' })
    expect(published.title).toBe(
      'Sam Hubworker published your change to the service “Infant Feeding Support”: it is live',
    )
    expect(published.details).toBe(
      'Fields changed: Summary.\nPublished 7 December 2026, 14:05. Parents see it on the public site within a few minutes.',
    )
  })

  it('a problem report: the topic, what the parent said, who they are, and the report to check', () => {
    const content = notificationContent({
      kind: 'problem-reported',
      record: service,
      reportId: 8,
      topic: 'The days or times are wrong',
      details: 'It starts at 10:30.',
      at,
    })
    expect(content.title).toBe(
      'A problem was reported with the service “Infant Feeding Support”: The days or times are wrong',
    )
    expect(content.details).toBe(
      'What they said: “It starts at 10:30.”\nThey left no name or email.\nReported 7 December 2026, 14:05.',
    )
    expect(content.links.map((l) => l.path)).toEqual(['/collections/problem-reports/8', '/collections/services/5'])
  })
})
