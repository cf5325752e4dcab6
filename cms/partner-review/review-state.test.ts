/**
 * The editor's sidebar sentence for a record in partner review, in London time.
 */
import { describe, expect, it } from 'vitest'
import { reviewStateText } from './review-state.ts'
import { londonDate, londonDateTime } from '../../core/dates/london-format.ts'

describe('where a change is in review, in one sentence', () => {
  it('says since when a change has waited and who sent it, in London time (summer time included)', () => {
    expect(
      reviewStateText({
        id: 1,
        status: 'waiting',
        submittedAt: '2026-07-01T13:05:00.000Z',
        submittedBy: 'Priya Partner',
      }),
    ).toBe('Waiting for review since 1 July 2026, 14:05, sent by Priya Partner.')
    expect(reviewStateText({ id: 1, status: 'waiting', submittedAt: '2026-01-10T09:00:00.000Z' })).toBe(
      'Waiting for review since 10 January 2026, 09:00.',
    )
  })

  it('gives who returned it, when, and their comment', () => {
    expect(
      reviewStateText({
        id: 1,
        status: 'returned',
        decidedBy: 'Sam Hubworker',
        decidedAt: '2026-03-03T16:30:00.000Z',
        comment: 'Please add the booking phone number.',
      }),
    ).toBe('Returned by Sam Hubworker on 3 March 2026, 16:30: Please add the booking phone number.')
  })

  it('gives who approved it and when', () => {
    expect(
      reviewStateText({ id: 1, status: 'approved', decidedBy: 'Alex Admin', decidedAt: '2026-10-25T00:30:00.000Z' }),
    ).toBe('Approved by Alex Admin on 25 October 2026, 01:30.')
  })
})

describe('dates in words', () => {
  it('reads a stored instant as its London day, and anything else as nothing', () => {
    expect(londonDate('2026-03-28T23:30:00.000Z')).toBe('28 March 2026')
    expect(londonDate('2026-03-29T23:30:00.000Z')).toBe('30 March 2026')
    expect(londonDateTime('not a date')).toBeUndefined()
    expect(londonDate(null)).toBeUndefined()
  })
})
