import { describe, expect, it } from 'vitest'
import { encodeSessionLines, type SessionLine } from '../../shared/search-facets.ts'
import { resultSessions } from './result-sessions.ts'

const url = '/services/stay-and-play/'
const line = (anchor: string, over: Partial<SessionLine>): SessionLine => ({
  url: `${url}#session-${anchor}`,
  pattern: 'Every week on Tuesday, 09:30 to 11:30',
  where: 'Birchwood Family Hub, Warrington',
  days: ['Tuesday'],
  time: 'Morning',
  hub: 'Birchwood Family Hub',
  area: 'East',
  at: '53.4152,-2.5282',
  ...over,
})
const lines = [
  line('tu-am', {}),
  line('tu-pm', { time: 'Afternoon', hub: 'Padgate Family Hub', at: '53.405,-2.556' }),
  line('we-am', { days: ['Wednesday'], hub: 'Great Sankey Family Hub', area: 'West', at: '53.3935,-2.6405' }),
  line('th-am', { days: ['Thursday'], at: '53.4152,-2.5282' }),
  line('fr-pm', { days: ['Friday'], time: 'Afternoon', area: 'West', at: '53.3935,-2.6405' }),
]
const data = { url, meta: { title: 'Stay and Play', sessions: encodeSessionLines(lines, url) } }
const anchors = (listed: { session: SessionLine }[]) => listed.map((s) => s.session.url.split('#session-')[1])

describe('the sessions listed under a service in results', () => {
  it('are the first three, and how many more are on its page', () => {
    const { listed, rest } = resultSessions(data, { chosen: {}, radius: 5 })
    expect(anchors(listed)).toEqual(['tu-am', 'tu-pm', 'we-am'])
    expect(listed.every((s) => s.miles === undefined)).toBe(true)
    expect(rest).toBe(2)
  })

  it('are those on the days, at the times and hubs, and in the areas chosen', () => {
    expect(anchors(resultSessions(data, { chosen: { day: ['Tuesday'] }, radius: 5 }).listed)).toEqual([
      'tu-am',
      'tu-pm',
    ])
    expect(
      anchors(resultSessions(data, { chosen: { time: ['Afternoon'], area: ['West'] }, radius: 5 }).listed),
    ).toEqual(['fr-pm'])
    expect(resultSessions(data, { chosen: { day: ['Sunday'] }, radius: 5 })).toEqual({ listed: [], rest: 0 })
  })

  it('are those within the distance of a place, nearest first, with their miles', () => {
    const { listed, rest } = resultSessions(data, {
      chosen: {},
      point: { latitude: 53.3935, longitude: -2.6405 },
      radius: 4,
    })
    expect(anchors(listed)).toEqual(['we-am', 'fr-pm', 'tu-pm'])
    expect(listed[0]!.miles).toBe(0)
    expect(listed[2]!.miles).toBeGreaterThan(3)
    expect(listed[2]!.miles).toBeLessThan(4)
    expect(rest).toBe(0) // the other two are 4.9 miles away
    expect(resultSessions(data, { chosen: {}, point: { latitude: 53.3935, longitude: -2.6405 }, radius: 5 }).rest).toBe(
      2,
    )
  })

  it('are none for a result without sessions', () => {
    expect(
      resultSessions(
        { url: '/hubs/birchwood-family-hub/', meta: { title: 'Birchwood Family Hub' } },
        { chosen: {}, radius: 5 },
      ),
    ).toEqual({ listed: [], rest: 0 })
  })
})
