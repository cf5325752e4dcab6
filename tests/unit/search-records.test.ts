import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseSnapshot } from '../../schemas/snapshot.ts'
import { sessionsOnDay } from '../../site/lib/days.ts'
import { buildDirectory } from '../../site/lib/directory.ts'
import { placesByArea, recordHtml, searchConfigOf, searchRecordsOf, type SearchRecord } from '../../site/lib/search-records.ts'
import { readSearchWords } from '../../site/lib/search-words.ts'

const snapshot = parseSnapshot(JSON.parse(readFileSync(new URL('../fixtures/demo-snapshot.json', import.meta.url), 'utf8')))
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
  it('has one per service, running session, hub, venue and article, each at its own address', () => {
    const count = (kind: string) => records.filter((r) => r.kind === kind).length
    expect(count('Service')).toBe(d.services.length)
    expect(count('Family hub')).toBe(d.hubs.length)
    expect(count('Venue')).toBe(d.venues.length)
    expect(count('Advice')).toBe(d.articles.length)
    expect(count('Session')).toBeGreaterThan(150)
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length)
  })

  it("files a session under its day, time of day, cost, how to go, hub, area and place", () => {
    const session = d.sessions.find((s) => s.slug === 'stay-and-play-birchwood-family-hub-tu-0930')!
    const record = at(`/services/stay-and-play/#session-${session.slug}`)
    expect(record).toMatchObject({ kind: 'Session', title: 'Stay and Play at Birchwood Family Hub', places: [{ area: 'WA', at: '53.4152,-2.5282' }] })
    expect(record.filters).toEqual({
      type: ['Session'],
      category: expect.arrayContaining(['Activities, clubs and groups']),
      age: expect.arrayContaining(['Babies (0 to 1)', 'Toddlers (1 to 2)', 'Early years (2 to 5)']),
      day: ['Tuesday'],
      time: ['Morning'],
      hub: ['Birchwood Family Hub'],
      area: ['East'],
      cost: ['Free'],
      access: ['Drop in'],
    })
    expect(record.line).toBe('Every week on Tuesday, 09:30 to 11:30. Birchwood Family Hub, Warrington. Free.')
  })

  it('gives a service its hubs, areas and every place it runs, but no day: days belong to sessions', () => {
    const record = at('/services/stay-and-play/')
    expect(record.filters.day).toBeUndefined()
    expect(record.filters.hub).toContain('Bewsey and Dallam Family Hub')
    expect(record.filters.area).toEqual(expect.arrayContaining(['East', 'South', 'West']))
    expect(record.places.length).toBeGreaterThan(5)
    expect(record.text[0]).toEqual({ weight: 10, text: 'Stay and Play' })
  })

  it('leaves out sessions of closed services and sessions that have ended, but keeps the closed service', () => {
    const closed = d.services.find((s) => s.status === 'temporarily-closed')!
    expect(at(`/services/${closed.slug}/`).line).toMatch(/^Temporarily closed\./)
    expect(records.some((r) => r.kind === 'Session' && r.url.startsWith(`/services/${closed.slug}/#`))).toBe(false)
    expect(records.some((r) => r.url.endsWith('#session-baby-massage-birchwood-family-hub-mo-1000'))).toBe(false) // ended 8 February 2027
    expect(records.some((r) => r.url.endsWith('#session-baby-massage-stockton-heath-family-hub-th-1000'))).toBe(true) // ends 11 February 2027
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
      text: [{ weight: 10, text: 'Tom & Jerry <script>' }, { weight: 1, text: '' }],
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
    expect(values('type')).toEqual(['Service', 'Session', 'Family hub', 'Venue', 'Advice'])
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

describe('browse by day', () => {
  it('lists the sessions on a weekday by area and hub, in time order', () => {
    const tuesday = sessionsOnDay(d, 'TU')
    expect(tuesday.map((g) => g.locality)).toEqual(['East', 'South', 'West'])
    const birchwood = tuesday[0]!.hubs.find((h) => h.hub.slug === 'birchwood-family-hub')!
    const times = birchwood.sessions.map((s) => s.session.opensAt)
    expect(times).toEqual([...times].sort())
    expect(birchwood.sessions.map((s) => s.service.slug)).toContain('stay-and-play')
    for (const group of tuesday) for (const hub of group.hubs) for (const s of hub.sessions) expect(s.session.days).toContain('TU')
  })
})
