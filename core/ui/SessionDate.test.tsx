import { describe, expect, it } from 'vitest'
import type { OccurrenceFacts } from '../timetable/occurrence-words.ts'
import { SessionDate, SessionDateList, type SessionDateClasses, type SessionDateView } from './SessionDate.tsx'
import { markup } from './render-markup.ts'

const on: OccurrenceFacts = {
  date: '2027-02-16',
  opensAt: '13:00',
  closesAt: '15:00',
  status: 'on',
  extra: false,
  venue: 3,
}
const venues: Record<string, string> = { 3: 'Birchwood Family Hub', 4: 'Birchwood Library' }
const venueName = (id: string | number) => venues[String(id)] ?? 'another venue'

/** The public site's classes, short. */
const site: SessionDateClasses = {
  item: 'session',
  tones: { cancelled: 'session--cancelled', changed: 'session--changed' },
  when: 'time',
  title: 'title',
  titleText: 'title-text',
  tags: { cancelled: 'tag red', changed: 'tag yellow', extra: 'tag green' },
  where: 'where',
  note: 'note',
  link: 'link',
}

const inDay = (occurrence: OccurrenceFacts, more: Partial<SessionDateView> = {}): SessionDateView => ({
  key: 'k',
  occurrence,
  when: `${occurrence.opensAt} to ${occurrence.closesAt}`,
  title: { text: 'Stay & Play', href: '/services/stay-and-play/' },
  place: { text: venueName(occurrence.venue), href: '/venues/x/' },
  ...more,
})

describe('one session on one date', () => {
  it('on as usual: time, name and place, linked, with no tag where the site tags none', () => {
    expect(markup(<SessionDate view={inDay(on, { attributes: { 'data-hub': 'birchwood' } })} classes={site} />)).toBe(
      '<li class="session" data-hub="birchwood" data-status="on"><p class="time">13:00 to 15:00</p><div>' +
        '<p class="title"><span class="title-text"><a class="link" href="/services/stay-and-play/">Stay &amp; Play</a></span></p>' +
        '<p class="where"><a class="link" href="/venues/x/">Birchwood Family Hub</a></p></div></li>',
    )
  })

  it('cancelled: tagged, with the reason parents are told, and the hub when asked', () => {
    const view = inDay(
      { ...on, status: 'cancelled', reason: 'Staff training day' },
      { place: { text: 'Gorse Covert Community Centre', href: '/venues/g/', hub: 'Birchwood Family Hub' } },
    )
    expect(markup(<SessionDate view={view} classes={site} />)).toBe(
      '<li class="session session--cancelled" data-status="cancelled"><p class="time">13:00 to 15:00</p><div>' +
        '<p class="title"><strong class="tag red">Cancelled</strong> <span class="title-text"><a class="link" href="/services/stay-and-play/">Stay &amp; Play</a></span></p>' +
        '<p class="where"><a class="link" href="/venues/g/">Gorse Covert Community Centre</a>, Birchwood Family Hub</p>' +
        '<p class="note"><strong>Cancelled:</strong> Staff training day</p></div></li>',
    )
  })

  it('changed: what changed, with venue names, and the name unlinked on its own page', () => {
    const moved = {
      ...on,
      status: 'changed' as const,
      venue: 4,
      regular: { venue: 3 },
      reason: 'The hall is being painted',
    }
    expect(
      markup(
        <SessionDate view={inDay(moved, { title: { text: 'Stay and Play' } })} classes={site} venueName={venueName} />,
      ),
    ).toBe(
      '<li class="session session--changed" data-status="changed"><p class="time">13:00 to 15:00</p><div>' +
        '<p class="title"><strong class="tag yellow">Changed</strong> <span class="title-text">Stay and Play</span></p>' +
        '<p class="where"><a class="link" href="/venues/x/">Birchwood Library</a></p>' +
        '<p class="note"><strong>Changed:</strong> at Birchwood Library instead of Birchwood Family Hub. The hall is being painted</p></div></li>',
    )
  })

  it('a date in a list of dates: the date line only when it is on, the tag and note when not', () => {
    const dates: SessionDateClasses = { item: 'date', when: 'when', body: 'status', tags: site.tags, note: 'note' }
    const when = 'Tuesday 16 February, 13:00 to 15:00'
    expect(markup(<SessionDate view={{ key: 'a', occurrence: on, when }} classes={dates} />)).toBe(
      `<li class="date" data-status="on"><p class="when">${when}</p></li>`,
    )
    expect(
      markup(
        <SessionDate
          view={{ key: 'b', occurrence: { ...on, extra: true, reason: 'Half-term special' }, when }}
          classes={dates}
        />,
      ),
    ).toBe(
      `<li class="date" data-status="on"><p class="when">${when}</p><div class="status"><p><strong class="tag green">Extra date</strong></p><p class="note"><strong>Extra date:</strong> Half-term special</p></div></li>`,
    )
  })
})

describe('a list of session dates', () => {
  const dates = [
    {
      key: '1',
      occurrence: on,
      when: 'Tuesday 16 February 2027, 13:00 to 15:00',
      attributes: { id: 'd1', tabIndex: -1 },
    },
    {
      key: '2',
      occurrence: { ...on, date: '2027-02-23', status: 'cancelled' as const, reason: 'Half term' },
      when: 'Tuesday 23 February 2027, 13:00 to 15:00',
      attributes: { id: 'd2', tabIndex: -1 },
    },
  ]
  const editor: SessionDateClasses = {
    item: 'date',
    when: 'when',
    tags: { on: 'tag on', cancelled: 'tag cancelled' },
    note: 'detail',
  }

  it('ordered and named, every status tagged, with what each date offers after its words (the session editor)', () => {
    const html = markup(
      <SessionDateList
        ordered
        items={dates}
        classes={editor}
        className="dates"
        labelledBy="next"
        actions={(d) => (d.occurrence.status === 'on' ? <button type="button">Cancel this date</button> : null)}
      />,
    )
    expect(html).toBe(
      '<ol class="dates" aria-labelledby="next">' +
        '<li class="date" id="d1" tabindex="-1" data-status="on"><p class="when">Tuesday 16 February 2027, 13:00 to 15:00</p><div><p><strong class="tag on">On</strong></p></div><button type="button">Cancel this date</button></li>' +
        '<li class="date" id="d2" tabindex="-1" data-status="cancelled"><p class="when">Tuesday 23 February 2027, 13:00 to 15:00</p><div><p><strong class="tag cancelled">Cancelled</strong></p><p class="detail"><strong>Cancelled:</strong> Half term</p></div></li>' +
        '</ol>',
    )
  })

  it('a plain list otherwise', () => {
    expect(markup(<SessionDateList items={dates.slice(0, 1)} classes={{}} />)).toBe(
      '<ul><li id="d1" tabindex="-1" data-status="on"><p>Tuesday 16 February 2027, 13:00 to 15:00</p></li></ul>',
    )
  })
})
