import { describe, expect, it } from 'vitest'
import { describeTimetable } from '../timetable/timetable-words.ts'
import { TimetableDescription } from './TimetableDescription.tsx'
import { markup } from './render-markup.ts'

const words = describeTimetable(
  {
    freq: 'weekly',
    interval: 2,
    days: ['MO'],
    weeksOfMonth: [],
    firstDate: '2026-01-05',
    opensAt: '10:00',
    closesAt: '11:30',
    termTime: 'term-time',
    runsOnBankHolidays: false,
  },
  '2026-11-22',
)

describe('the timetable in words', () => {
  it('as a list, the pattern and times first (the session editor), with the notes for staff after', () => {
    const html = markup(
      <TimetableDescription
        words={words}
        notes={['Term dates are only entered up to 23 July 2027']}
        label="The timetable in words"
        classes={{ list: 'summary', headline: 'headline', note: 'warning' }}
      />,
    )
    expect(html).toBe(
      '<ul class="summary" aria-label="The timetable in words">' +
        '<li class="headline">Every 2 weeks on Monday from 5 January 2026, 10:00 to 11:30</li>' +
        '<li>From 5 January 2026, with no end date</li><li>Term time only</li><li>Not on bank holidays</li>' +
        '<li class="warning">Term dates are only entered up to 23 July 2027</li></ul>',
    )
  })

  it('with the pattern and times as a heading of the level asked, after a title (a service page)', () => {
    const html = markup(
      <TimetableDescription
        words={words}
        heading={{ level: 4, className: 'govuk-heading-s', prefix: 'Toddler time: ' }}
        classes={{ list: 'govuk-list' }}
      />,
    )
    expect(html).toBe(
      '<h4 class="govuk-heading-s">Toddler time: Every 2 weeks on Monday from 5 January 2026, 10:00 to 11:30</h4>' +
        '<ul class="govuk-list"><li>From 5 January 2026, with no end date</li><li>Term time only</li><li>Not on bank holidays</li></ul>',
    )
  })

  it('says only what is known while the pattern is incomplete, and escapes what staff typed', () => {
    const html = markup(
      <TimetableDescription
        words={{ terms: 'All year, in term time and school holidays', bankHolidays: 'Not on bank holidays' }}
        notes={['<b>"Hall" & co</b>']}
      />,
    )
    expect(html).toBe(
      '<ul><li>All year, in term time and school holidays</li><li>Not on bank holidays</li><li>&lt;b&gt;&quot;Hall&quot; &amp; co&lt;/b&gt;</li></ul>',
    )
  })
})
