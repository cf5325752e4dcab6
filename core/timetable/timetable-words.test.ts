import { describe, expect, it } from 'vitest'
import {
  describeTimetable,
  timetableHeadline,
  timetableLines,
  timetableSentence,
  type TimetableFacts,
} from './timetable-words.ts'

const weekly: TimetableFacts = {
  freq: 'weekly',
  interval: 1,
  days: ['TU'],
  weeksOfMonth: [],
  firstDate: '2025-09-09',
  opensAt: '09:30',
  closesAt: '11:30',
  termTime: 'term-time',
  runsOnBankHolidays: false,
}
const today = '2027-02-10'

describe('a timetable in plain English', () => {
  it('says the pattern, times, dates, term rule and bank holidays, statement by statement', () => {
    expect(describeTimetable(weekly, today)).toEqual({
      pattern: 'Every week on Tuesday',
      times: '09:30 to 11:30',
      dates: 'From 9 September 2025, with no end date',
      terms: 'Term time only',
      bankHolidays: 'Not on bank holidays',
    })
    expect(timetableLines(describeTimetable(weekly, today))).toEqual([
      'Every week on Tuesday, 09:30 to 11:30',
      'From 9 September 2025, with no end date',
      'Term time only',
      'Not on bank holidays',
    ])
  })

  it('says which weeks a fortnightly session runs, and every other term rule', () => {
    const words = describeTimetable(
      { ...weekly, interval: 2, days: ['MO'], firstDate: '2026-01-05', termTime: 'all-year', runsOnBankHolidays: true },
      today,
    )
    expect(timetableHeadline(words)).toBe('Every 2 weeks on Monday from 5 January 2026, 09:30 to 11:30')
    expect(words.terms).toBe('All year, in term time and school holidays')
    expect(words.bankHolidays).toBe('Runs on bank holidays too')
    expect(describeTimetable({ ...weekly, termTime: 'school-holidays' }, today).terms).toBe('School holidays only')
  })

  it('words the dates as seen on the day: starting, running to an end, ended', () => {
    expect(describeTimetable({ ...weekly, firstDate: '2027-03-02' }, today).dates).toBe(
      'Starts on 2 March 2027, with no end date',
    )
    expect(describeTimetable({ ...weekly, lastDate: '2027-07-20' }, today).dates).toBe(
      'From 9 September 2025 to 20 July 2027',
    )
    expect(describeTimetable({ ...weekly, lastDate: '2026-12-15' }, today).dates).toBe(
      'Ended on 15 December 2026: there are no more dates',
    )
  })

  it('leaves out what is not given yet while staff type, and times that do not make sense', () => {
    const partial = describeTimetable(
      { freq: 'monthly', days: ['TU'], weeksOfMonth: [], opensAt: '10:00', closesAt: '09:30' },
      today,
    )
    expect(partial).toEqual({
      terms: 'All year, in term time and school holidays',
      bankHolidays: 'Not on bank holidays',
    })
    expect(timetableLines(partial)).toEqual(['All year, in term time and school holidays', 'Not on bank holidays'])
    // Times with no pattern are no headline.
    expect(timetableHeadline({ times: '10:00 to 11:30' })).toBeUndefined()
  })

  it('says it in one sentence for lists, with the term rule only when it limits the dates', () => {
    expect(timetableSentence(weekly)).toBe('Every week on Tuesday, 09:30 to 11:30, term time only')
    expect(
      timetableSentence({
        ...weekly,
        freq: 'monthly',
        weeksOfMonth: ['2', '-1'],
        termTime: 'all-year',
        lastDate: '2027-07-20',
      }),
    ).toBe('Monthly on the 2nd and last Tuesday, 09:30 to 11:30, until 20 July 2027')
  })
})
