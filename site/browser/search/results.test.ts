import { describe, expect, it } from 'vitest'
import { listStream, nearestFirstStream, phraseFirst } from './results.ts'

const r = (id: string) => ({ id })

describe('results in the order they are shown', () => {
  it('come a page at a time from a list, then none', async () => {
    const stream = listStream([r('a'), r('b'), r('c')])
    expect(stream.total).toBe(3)
    expect(await stream.next(2)).toEqual([{ result: r('a') }, { result: r('b') }])
    expect(await stream.next(2)).toEqual([{ result: r('c') }])
    expect(await stream.next(2)).toEqual([])
  })

  it('put pages with the words as a phrase first, each part in its order', () => {
    expect(phraseFirst([r('a'), r('b'), r('c'), r('d')], new Set(['d', 'b'])).map((x) => x.id)).toEqual([
      'b',
      'd',
      'a',
      'c',
    ])
  })
})

describe('nearest first', () => {
  const places = [
    { area: 'WA', at: 'p1', miles: 0.2 },
    { area: 'WA', at: 'p2', miles: 1.5 },
    { area: 'CH', at: 'p3', miles: 4 },
  ]
  const at: Record<string, string[]> = { p1: ['hub'], p2: ['hub', 'group', 'clinic'], p3: ['library'] }

  it('searches the places one at a time, only as far as a page needs, and shows a result once, at its nearest place', async () => {
    const searched: string[] = []
    const stream = nearestFirstStream(5, places, async (place) => {
      searched.push(place.at)
      return at[place.at]!.map(r)
    })
    expect(stream.total).toBe(5)
    expect(await stream.next(1)).toEqual([{ result: r('hub'), miles: 0.2 }])
    expect(searched).toEqual(['p1'])
    expect(await stream.next(2)).toEqual([
      { result: r('group'), miles: 1.5 },
      { result: r('clinic'), miles: 1.5 },
    ])
    expect(searched).toEqual(['p1', 'p2'])
    expect(await stream.next(10)).toEqual([{ result: r('library'), miles: 4 }])
    expect(await stream.next(10)).toEqual([])
    expect(searched).toEqual(['p1', 'p2', 'p3'])
  })
})
