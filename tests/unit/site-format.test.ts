import { describe, expect, it } from 'vitest'
import { accessLines, addressText, costText, dayHeading, isOverdue, phoneHref, sessionPattern } from '../../site/lib/format.ts'
import { matchesFilter } from '../../site/scripts/whats-on-filters.ts'
import type { PublishedSession } from '../../schemas/snapshot.ts'

describe('how pages word the data', () => {
  it('cost', () => {
    expect(costText({ free: true, amount: null, details: undefined })).toBe('Free')
    expect(costText({ free: false, amount: 2, details: 'per family' })).toBe('£2: per family')
    expect(costText({ free: false, amount: 3.5, details: undefined })).toBe('£3.50')
    expect(costText({ free: false, amount: null, details: 'Pay what you can' })).toBe('Pay what you can')
  })
  it('how to access, in the order a parent tries them', () => {
    expect(accessLines({ methods: ['referral', 'drop-in'], bookingUrl: undefined, bookingPhone: undefined, referralDetails: undefined })).toEqual(['Drop in, no need to book', 'Referral by a professional'])
  })
  it('addresses and phone links', () => {
    expect(addressText({ name: 'Birchwood Family Hub', address: { line1: 'Benson Road', line2: undefined, town: 'Warrington' }, postcode: 'WA3 7PQ' })).toBe('Birchwood Family Hub, Benson Road, Warrington, WA3 7PQ')
    expect(phoneHref('01632 960 000')).toBe('tel:01632960000')
  })
  it('day headings say the year only when it is not this year', () => {
    expect(dayHeading('2027-02-16', '2027-02-10')).toBe('Tuesday 16 February')
    expect(dayHeading('2027-01-04', '2026-12-30')).toBe('Monday 4 January 2027')
  })
  it('a session in plain words', () => {
    const session = { freq: 'weekly', interval: 1, days: ['TU'], weeksOfMonth: [], firstDate: '2025-09-09', lastDate: undefined, opensAt: '09:30', closesAt: '11:30', termTime: 'term-time' } as unknown as PublishedSession
    expect(sessionPattern(session)).toBe('Every week on Tuesday, 09:30 to 11:30, term time only')
    expect(sessionPattern({ ...session, freq: 'monthly', weeksOfMonth: ['2'], termTime: 'all-year', lastDate: '2027-07-20' })).toBe('Monthly on the 2nd Tuesday, 09:30 to 11:30, until 20 July 2027')
  })
  it('information not checked for more than 6 months is overdue', () => {
    expect(isOverdue('2026-09-15', '2027-02-10')).toBe(false)
    expect(isOverdue('2026-08-01', '2027-02-10')).toBe(true)
    expect(isOverdue(undefined, '2027-02-10')).toBe(true)
  })
  it("What's on filters: every choice must match; an empty choice matches all", () => {
    const item = { hub: 'penketh-library-zone', categories: 'activities-clubs-and-groups send', ages: 'baby toddler' }
    expect(matchesFilter(item, { hub: '', category: '', age: '' })).toBe(true)
    expect(matchesFilter(item, { hub: 'penketh-library-zone', category: 'send', age: 'toddler' })).toBe(true)
    expect(matchesFilter(item, { hub: 'penketh-library-zone', category: 'send', age: 'teenager' })).toBe(false)
    expect(matchesFilter(item, { hub: 'other', category: '', age: '' })).toBe(false)
    expect(matchesFilter(item, { hub: '', category: 'activities', age: '' })).toBe(false)
  })
})
