import { describe, expect, it } from 'vitest'
import { parseSnapshot } from '../../core/records/snapshot.ts'
import { sessionsOnDay } from '../directory/days.ts'
import { buildDirectory } from '../directory/directory.ts'
import { decodeSessionLines, encodeSessionLines, sessionsToShow, type SessionLine } from '../shared/search-facets.ts'
import { placesByArea, recordHtml, searchConfigOf, searchRecordsOf, type SearchRecord } from './search-records.ts'
import { readSearchWords } from './search-words.ts'
import { readDemoSnapshot } from '../../tests/fixtures/demo-snapshot.ts'

const snapshot = parseSnapshot(readDemoSnapshot())
const TODAY = '2027-02-10' // a Wednesday
const d = buildDirectory(snapshot, TODAY)
const terms = readSearchWords()
const records = searchRecordsOf(d, terms)
const at = (url: string): SearchRecord => {
  const record = records.find((r) => r.url === url)
  if (!record) throw new Error(`no record for ${url}`)
  return record
}

describe('search records', () => {
  it('has one per service, hub, venue and article, each at its own address', () => {
    const count = (kind: string) => records.filter((r) => r.kind === kind).length
    expect(count('Service')).toBe(d.services.length)
    expect(count('Family hub')).toBe(d.hubs.length)
    expect(count('Venue')).toBe(d.venues.length)
    expect(count('Advice')).toBe(d.articles.length)
    expect(records).toHaveLength(d.services.length + d.hubs.length + d.venues.length + d.articles.length)
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length)
  })

  it('lists a running session under its service with its day, time of day, hub, area and place', () => {
    const record = at('/services/stay-and-play/')
    const line = record.sessions!.find(
      (s) => s.url === '/services/stay-and-play/#session-stay-and-play-birchwood-family-hub-tu-0930',
    )
    expect(line).toEqual({
      url: '/services/stay-and-play/#session-stay-and-play-birchwood-family-hub-tu-0930',
      title: 'Stay and Play at Birchwood Family Hub',
      pattern: 'Every week on Tuesday, 09:30 to 11:30',
      where: 'Birchwood Family Hub, Warrington',
      days: ['Tuesday'],
      time: 'Morning',
      hub: 'Birchwood Family Hub',
      area: 'East',
      at: '53.4152,-2.5282',
    })
    expect(record.sessions).toHaveLength(
      d.sessionsOfService(d.services.find((s) => s.slug === 'stay-and-play')!.id).length,
    )
    const meta = /<span data-pagefind-meta="sessions">([^<]*)<\/span>/.exec(recordHtml(record))![1]!
    expect(meta).toContain(
      '["stay-and-play-birchwood-family-hub-tu-0930","Stay and Play at Birchwood Family Hub","Every week on Tuesday, 09:30 to 11:30","Birchwood Family Hub, Warrington","1",0,"Birchwood Family Hub","East","53.4152,-2.5282"]',
    )
    expect(decodeSessionLines(meta.replaceAll('&amp;', '&'), record.url)).toEqual(record.sessions)
  })

  it('gives the search page every session line back from its short form, wherever it links', () => {
    const lines: SessionLine[] = [
      {
        url: '/services/a/#session-a-tu-0930',
        pattern: 'Every week on Tuesday and Thursday',
        where: 'Hub, Town',
        days: ['Tuesday', 'Thursday'],
        time: 'Morning',
        hub: 'Hub',
        area: 'East',
        at: '53.1,-2.5',
      },
      {
        url: '/services/elsewhere/#session-x',
        title: 'Named “quotes” & <angles>',
        pattern: 'Monthly',
        where: 'Library',
        days: ['Sunday'],
        time: 'Evening',
        hub: 'Hub',
        area: 'West',
      },
    ]
    const text = encodeSessionLines(lines, '/services/a/')
    expect(JSON.parse(text)[0][0]).toBe('a-tu-0930')
    expect(JSON.parse(text)[1][0]).toBe('/services/elsewhere/#session-x')
    expect(decodeSessionLines(text, '/services/a/')).toEqual(lines)
    expect(() => encodeSessionLines([{ ...lines[0]!, days: ['Tues'] }], '/services/a/')).toThrow(
      'has day "Tues", which is not one of Monday, Tuesday',
    )
  })

  it("files a service under its sessions' days and times of day, and each day with its time", () => {
    const record = at('/services/stay-and-play/')
    expect(record.filters).toEqual({
      type: ['Service'],
      category: expect.arrayContaining(['Activities, clubs and groups']),
      age: expect.arrayContaining(['Babies (0 to 1)', 'Toddlers (1 to 2)', 'Early years (2 to 5)']),
      day: expect.arrayContaining(['Monday', 'Tuesday']),
      time: expect.arrayContaining(['Morning']),
      when: expect.arrayContaining(['Tuesday Morning', 'Monday Morning']),
      hub: expect.arrayContaining(['Bewsey and Dallam Family Hub', 'Birchwood Family Hub']),
      area: expect.arrayContaining(['East', 'South', 'West']),
      cost: ['Free'],
      access: ['Drop in'],
    })
    // Every pair is one session's day and time, and no other.
    const pairs = new Set(record.sessions!.flatMap((s) => s.days.map((day) => `${day} ${s.time}`)))
    expect(new Set(record.filters.when)).toEqual(pairs)
    expect(record.facts).toBe('Free. Drop in.')
    expect(record.places.length).toBeGreaterThan(5)
    expect(record.text[0]).toEqual({ weight: 10, text: 'Stay and Play' })
  })

  it('lists no session of a closed service and none that has ended, but keeps the closed service', () => {
    const closed = d.services.find((s) => s.status === 'temporarily-closed')!
    const closedRecord = at(`/services/${closed.slug}/`)
    expect(closedRecord.line).toMatch(/^Temporarily closed\./)
    expect(closedRecord.sessions).toBeUndefined()
    expect(closedRecord.filters.day).toBeUndefined()
    expect(closedRecord.filters.when).toBeUndefined()
    const massage = at('/services/baby-massage/').sessions!.map((s) => s.url)
    expect(massage).not.toContain('/services/baby-massage/#session-baby-massage-birchwood-family-hub-mo-1000') // ended 8 February 2027
    expect(massage).toContain('/services/baby-massage/#session-baby-massage-stockton-heath-family-hub-th-1000') // ends 11 February 2027
  })

  it("indexes a page that uses parents' words with the directory's words too", () => {
    const feeding = records.find((r) => r.kind === 'Service' && /Baby Café/.test(r.title))!
    expect(feeding.text.find((t) => t.weight === 7)!.text).toContain('infant feeding')
  })

  it('marks advice and services without a place as usable from anywhere', () => {
    const article = records.find((r) => r.kind === 'Advice')!
    expect(article.places).toEqual([])
    expect(recordHtml(article)).toContain('<span data-pagefind-filter="anywhere">Yes</span>')
    expect(recordHtml(at('/services/stay-and-play/'))).not.toContain('data-pagefind-filter="anywhere"')
  })

  it('writes each record as a small document with weights, filters and metadata, escaped', () => {
    const html = recordHtml({
      url: '/x/',
      kind: 'Service',
      title: 'Tom & Jerry <script>',
      line: '"quoted"',
      text: [
        { weight: 10, text: 'Tom & Jerry <script>' },
        { weight: 1, text: '' },
      ],
      filters: { day: ['Monday'] },
      places: [{ area: 'WA', at: '53.4,-2.5' }],
    })
    expect(html).toContain('<h1 data-pagefind-weight="10">Tom &amp; Jerry &lt;script&gt;</h1>')
    expect(html).not.toContain('<script>')
    expect(html).toContain('<span data-pagefind-filter="day">Monday</span>')
    expect(html).toContain('<span data-pagefind-filter="near WA">53.4,-2.5</span>')
    expect(html).toContain('<span data-pagefind-meta="line">&quot;quoted&quot;</span>')
    expect(html).not.toContain('data-pagefind-weight="1"') // empty text is left out
  })

  it("tells the search page each filter's values in order and each postcode area's box", () => {
    const config = searchConfigOf(records, terms)
    const values = (name: string) => config.facets.find((f) => f.name === name)!.values
    expect(values('type')).toEqual(['Service', 'Family hub', 'Venue', 'Advice'])
    expect(config.facets.map((f) => f.name)).not.toContain('when') // asked for by the page, never shown
    expect(values('day').slice(0, 3)).toEqual(['Monday', 'Tuesday', 'Wednesday'])
    expect(values('time')).toEqual(['Morning', 'Afternoon', 'Evening'])
    expect(values('age')[0]).toBe('Pregnancy')
    expect(values('area')).toEqual(['East', 'South', 'West'])
    expect(values('cost')).toEqual(['Free', 'Paid'])
    const [south, west, north, east] = config.areas.WA!
    expect(south).toBeLessThan(north)
    expect(west).toBeLessThan(east)
    expect(placesByArea(records).get('WA')).toContain('53.4152,-2.5282')
    expect(config.terms.length).toBe(terms.length)
  })
})

describe('the sessions listed under a service in results', () => {
  const line = (over: Partial<SessionLine>): SessionLine => ({
    url: '/s/#a',
    pattern: 'p',
    where: 'w',
    days: ['Tuesday'],
    time: 'Morning',
    hub: 'A Hub',
    area: 'East',
    at: '53.4,-2.5',
    ...over,
  })
  const sessions = [
    line({ url: '#tue-am' }),
    line({ url: '#tue-pm', time: 'Afternoon', hub: 'B Hub', area: 'West', at: '53.3,-2.6' }),
    line({ url: '#thu-am', days: ['Thursday'], at: '53.5,-2.4' }),
    line({ url: '#mon-wed', days: ['Monday', 'Wednesday'], time: 'Evening', at: undefined }),
  ]
  const urls = (shown: { session: SessionLine }[]) => shown.map((s) => s.session.url)

  it('are all of them, in order, when nothing is chosen', () => {
    expect(urls(sessionsToShow(sessions, {}))).toEqual(['#tue-am', '#tue-pm', '#thu-am', '#mon-wed'])
  })

  it('are those on a day chosen and at a time chosen, both at once', () => {
    expect(urls(sessionsToShow(sessions, { days: ['Tuesday'] }))).toEqual(['#tue-am', '#tue-pm'])
    expect(urls(sessionsToShow(sessions, { days: ['Tuesday'], times: ['Morning'] }))).toEqual(['#tue-am'])
    expect(urls(sessionsToShow(sessions, { days: ['Wednesday'] }))).toEqual(['#mon-wed'])
    expect(urls(sessionsToShow(sessions, { days: ['Friday'] }))).toEqual([])
  })

  it('are those at a hub or in an area chosen', () => {
    expect(urls(sessionsToShow(sessions, { hubs: ['B Hub'] }))).toEqual(['#tue-pm'])
    expect(urls(sessionsToShow(sessions, { areas: ['East'], times: ['Morning'] }))).toEqual(['#tue-am', '#thu-am'])
  })

  it('are nearest first with their distance, when a place is given, and only those within it', () => {
    const miles: Record<string, number> = { '53.4,-2.5': 3, '53.3,-2.6': 1 }
    const shown = sessionsToShow(sessions, {}, (at) => miles[at])
    expect(shown).toEqual([
      { session: sessions[1], miles: 1 },
      { session: sessions[0], miles: 3 },
    ])
  })
})

describe('browse by day', () => {
  it('lists the sessions on a weekday by area and hub, in time order', () => {
    const tuesday = sessionsOnDay(d, 'TU')
    expect(tuesday.map((g) => g.locality)).toEqual(['East', 'South', 'West'])
    const birchwood = tuesday[0]!.hubs.find((h) => h.hub.slug === 'birchwood-family-hub')!
    const times = birchwood.sessions.map((s) => s.session.opensAt)
    expect(times).toEqual([...times].sort())
    expect(birchwood.sessions.map((s) => s.service.slug)).toContain('stay-and-play')
    for (const group of tuesday)
      for (const hub of group.hubs) for (const s of hub.sessions) expect(s.session.days).toContain('TU')
  })
})
