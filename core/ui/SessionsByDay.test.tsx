import { describe, expect, it } from 'vitest'
import type { OccurrenceFacts } from '../timetable/occurrence-words.ts'
import type { SessionDateView } from './SessionDate.tsx'
import { SessionsByDay, type SessionsByDayClasses } from './SessionsByDay.tsx'
import { markup } from './render-markup.ts'

const at = (date: string, opensAt: string, title: string): SessionDateView => {
  const occurrence: OccurrenceFacts = { date, opensAt, closesAt: '23:00', status: 'on', extra: false, venue: 1 }
  return { key: `${title}-${date}`, occurrence, when: opensAt, title: { text: title } }
}
const classes: SessionsByDayClasses = {
  day: 'day',
  heading: 'day-heading',
  list: 'sessions',
  empty: 'empty',
  session: { item: 'session' },
}
const week = ['2027-02-08', '2027-02-09', '2027-02-10']

describe('sessions day by day', () => {
  it('a section per day, named by its heading, with its sessions in order or "Nothing on."', () => {
    const html = markup(
      <SessionsByDay
        dates={week}
        sessions={[
          at('2027-02-08', '09:00', 'Baby massage'),
          at('2027-02-10', '10:00', 'Rhyme time'),
          at('2027-02-10', '13:00', 'Stay and Play'),
        ]}
        today="2027-02-10"
        headingLevel={3}
        classes={classes}
      />,
    )
    expect(html).toBe(
      '<section class="day" data-date="2027-02-08" aria-labelledby="day-2027-02-08"><h3 class="day-heading" id="day-2027-02-08">Monday 8 February</h3>' +
        '<ul class="sessions"><li class="session" data-status="on"><p>09:00</p><div><p><span>Baby massage</span></p></div></li></ul></section>' +
        '<section class="day" data-date="2027-02-09" aria-labelledby="day-2027-02-09"><h3 class="day-heading" id="day-2027-02-09">Tuesday 9 February</h3><p class="empty">Nothing on.</p></section>' +
        '<section class="day" data-date="2027-02-10" aria-labelledby="day-2027-02-10"><h3 class="day-heading" id="day-2027-02-10">Wednesday 10 February</h3>' +
        '<ul class="sessions"><li class="session" data-status="on"><p>10:00</p><div><p><span>Rhyme time</span></p></div></li><li class="session" data-status="on"><p>13:00</p><div><p><span>Stay and Play</span></p></div></li></ul></section>',
    )
  })

  it('gives the year in headings only outside today’s year, takes the heading level and id prefix asked, and can skip empty days', () => {
    const html = markup(
      <SessionsByDay
        dates={['2026-12-31', '2027-01-01', '2027-01-02']}
        sessions={[at('2027-01-02', '10:00', 'New year stay and play')]}
        today="2026-12-30"
        headingLevel={2}
        skipEmpty
        idPrefix="next-"
        classes={classes}
      />,
    )
    expect(html.match(/<h2[^>]*>[^<]*<\/h2>/g)).toEqual([
      '<h2 class="day-heading" id="next-2027-01-02">Saturday 2 January 2027</h2>',
    ])
    expect(html).not.toContain('Nothing on.')
  })

  it('leaves out sessions on dates it does not show', () => {
    expect(
      markup(
        <SessionsByDay
          dates={['2027-02-09']}
          sessions={[at('2027-02-08', '09:00', 'Baby massage')]}
          today="2027-02-10"
          headingLevel={3}
          classes={classes}
          emptyText="No sessions."
        />,
      ),
    ).toContain('<p class="empty">No sessions.</p>')
  })
})
