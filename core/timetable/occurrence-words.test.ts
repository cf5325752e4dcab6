import { describe, expect, it } from 'vitest'
import {
  occurrenceDetail,
  occurrenceLine,
  occurrenceStatus,
  occurrenceTone,
  type OccurrenceFacts,
} from './occurrence-words.ts'

const on: OccurrenceFacts = {
  date: '2027-02-16',
  opensAt: '10:00',
  closesAt: '11:30',
  status: 'on',
  extra: false,
  venue: 3,
}
const venues: Record<string, string> = { 3: 'Birchwood Family Hub', 4: 'Birchwood Library' }
const venueName = (id: string | number) => venues[String(id)]!

describe('one date of a session in words', () => {
  it('says the date and times in full', () => {
    expect(occurrenceLine(on)).toBe('Tuesday 16 February 2027, 10:00 to 11:30')
  })

  it('gives each date one status: cancelled and changed first, then extra, then on', () => {
    expect(occurrenceTone(on)).toBe('on')
    expect(occurrenceTone({ ...on, extra: true })).toBe('extra')
    expect(occurrenceTone({ ...on, status: 'cancelled', extra: true })).toBe('cancelled')
    expect(occurrenceTone({ ...on, status: 'changed' })).toBe('changed')
  })

  it('says why a date is cancelled, and nothing more when staff gave no reason', () => {
    expect(occurrenceStatus({ ...on, status: 'cancelled', reason: 'Hall in use for voting' })).toBe(
      'Cancelled: Hall in use for voting',
    )
    // occurrences() gives "Cancelled" as the reason when staff gave none: the tag says it already.
    expect(occurrenceDetail({ ...on, status: 'cancelled', reason: 'Cancelled' })).toBeUndefined()
    expect(occurrenceStatus({ ...on, status: 'cancelled', reason: 'Cancelled' })).toBe('Cancelled')
    expect(occurrenceStatus({ ...on, status: 'cancelled' })).toBe('Cancelled')
  })

  it('says what changed on a changed date, with the note staff gave', () => {
    const moved = {
      ...on,
      status: 'changed' as const,
      opensAt: '13:00',
      closesAt: '14:30',
      venue: 4,
      regular: { opensAt: '10:00', closesAt: '11:30', venue: 3 },
      reason: 'In the library this week',
    }
    expect(occurrenceStatus(moved, venueName)).toBe(
      'Changed: 13:00 to 14:30 instead of 10:00 to 11:30, at Birchwood Library instead of Birchwood Family Hub. In the library this week',
    )
    expect(
      occurrenceDetail({ ...on, status: 'changed', closesAt: '12:00', regular: { closesAt: '11:30' } }, venueName),
    ).toBe('10:00 to 12:00 instead of 10:00 to 11:30')
    expect(occurrenceStatus({ ...on, status: 'changed', regular: {}, reason: 'Bring a packed lunch' })).toBe(
      'Changed: Bring a packed lunch',
    )
    expect(occurrenceStatus({ ...on, status: 'changed', regular: {} })).toBe('Changed: same time and place')
  })

  it('gives an extra date its note, and a date that is on just "On"', () => {
    expect(occurrenceStatus({ ...on, extra: true, reason: 'Half-term special' })).toBe('Extra date: Half-term special')
    expect(occurrenceStatus({ ...on, extra: true })).toBe('Extra date')
    expect(occurrenceStatus({ ...on, reason: 'ignored' })).toBe('On')
  })
})
