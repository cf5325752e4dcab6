import { describe, expect, it } from 'vitest'
import {
  accessLines,
  addressText,
  costText,
  dayHeading,
  isOverdue,
  phoneHref,
  serviceChecked,
  sessionPattern,
  timetableChecked,
} from './format.ts'
import { matchesFilter } from '../browser/whats-on-filters.ts'
import type { PublishedSession } from '../../core/records/snapshot.ts'

describe('how pages word the data', () => {
  it('cost', () => {
    expect(costText({ free: true, amount: null, details: undefined })).toBe('Free')
    expect(costText({ free: false, amount: 2, details: 'per family' })).toBe('£2: per family')
    expect(costText({ free: false, amount: 3.5, details: undefined })).toBe('£3.50')
    expect(costText({ free: false, amount: null, details: 'Pay what you can' })).toBe('Pay what you can')
  })
  it('how to access, in the order a parent tries them', () => {
    expect(
      accessLines({
        methods: ['referral', 'drop-in'],
        bookingUrl: undefined,
        bookingPhone: undefined,
        referralDetails: undefined,
      }),
    ).toEqual(['Drop in, no need to book', 'Referral by a professional'])
  })
  it('addresses and phone links', () => {
    expect(
      addressText({
        name: 'Birchwood Family Hub',
        address: { line1: 'Benson Road', line2: undefined, town: 'Warrington' },
        postcode: 'WA3 7PQ',
      }),
    ).toBe('Birchwood Family Hub, Benson Road, Warrington, WA3 7PQ')
    expect(phoneHref('01632 960 000')).toBe('tel:01632960000')
  })
  it('day headings say the year only when it is not this year', () => {
    expect(dayHeading('2027-02-16', '2027-02-10')).toBe('Tuesday 16 February')
    expect(dayHeading('2027-01-04', '2026-12-30')).toBe('Monday 4 January 2027')
  })
  it('a session in plain words', () => {
    const session = {
      freq: 'weekly',
      interval: 1,
      days: ['TU'],
      weeksOfMonth: [],
      firstDate: '2025-09-09',
      lastDate: undefined,
      opensAt: '09:30',
      closesAt: '11:30',
      termTime: 'term-time',
    } as unknown as PublishedSession
    expect(sessionPattern(session)).toBe('Every week on Tuesday, 09:30 to 11:30, term time only')
    expect(
      sessionPattern({
        ...session,
        freq: 'monthly',
        weeksOfMonth: ['2'],
        termTime: 'all-year',
        lastDate: '2027-07-20',
      }),
    ).toBe('Monthly on the 2nd Tuesday, 09:30 to 11:30, until 20 July 2027')
  })
  it('information not checked within its review interval (6 months unless set) is overdue', () => {
    expect(isOverdue('2026-09-15', 6, '2027-02-10')).toBe(false)
    expect(isOverdue('2026-08-10', 6, '2027-02-10')).toBe(false) // due today, not yet overdue
    expect(isOverdue('2026-08-09', 6, '2027-02-10')).toBe(true)
    expect(isOverdue('2026-08-01', 12, '2027-02-10')).toBe(false)
    expect(isOverdue('2026-12-01', 1, '2027-02-10')).toBe(true)
    expect(isOverdue(undefined, 6, '2027-02-10')).toBe(true)
  })
  it('a service page says when it was checked, and says plainly when that was too long ago', () => {
    expect(serviceChecked({ lastChecked: '2026-09-15', checkEveryMonths: 6 }, '2027-02-10')).toEqual({
      checked: 'Checked on 15 September 2026.',
    })
    expect(serviceChecked({ lastChecked: '2025-03-03', checkEveryMonths: 6 }, '2027-02-10')).toEqual({
      checked: 'Checked on 3 March 2025.',
      warning:
        'This was last checked on 3 March 2025, more than 6 months ago. Contact the service to check before you go.',
    })
    expect(serviceChecked({ lastChecked: '2026-12-01', checkEveryMonths: 1 }, '2027-02-10').warning).toBe(
      'This was last checked on 1 December 2026, more than 1 month ago. Contact the service to check before you go.',
    )
    expect(serviceChecked({ lastChecked: undefined, checkEveryMonths: 6 }, '2027-02-10')).toEqual({
      checked: 'Not checked yet.',
      warning: 'This has not been checked yet. Contact the service to check before you go.',
    })
  })
  it('a session timetable says when it was checked on its own', () => {
    expect(timetableChecked({ lastChecked: '2026-11-02', checkEveryMonths: 6 }, '2027-02-10')).toEqual({
      text: 'Timetable checked on 2 November 2026.',
      overdue: false,
    })
    expect(timetableChecked({ lastChecked: '2026-01-20', checkEveryMonths: 12 }, '2027-02-10')).toEqual({
      text: 'Timetable last checked on 20 January 2026, more than 12 months ago. Contact the service to check the times before you go.',
      overdue: true,
    })
    expect(timetableChecked({ lastChecked: undefined, checkEveryMonths: 6 }, '2027-02-10')).toBeUndefined()
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
