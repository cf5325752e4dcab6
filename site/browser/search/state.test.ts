import { describe, expect, it } from 'vitest'
import { readSearchState, sameSearch, writeSearchState, type SearchState } from './state.ts'

describe('search state in the address', () => {
  it('round-trips words, filters and a postcode with the distance', () => {
    const state: SearchState = {
      q: 'stay and play',
      filters: { day: ['Tuesday'], cost: ['Free'], hub: ['Birchwood Family Hub', 'Padgate Family Hub'] },
      where: 'WA5 1EZ',
      radius: 10,
    }
    const { search, hash } = writeSearchState(state)
    expect(search).toBe('?q=stay+and+play&day=Tuesday&hub=Birchwood+Family+Hub&hub=Padgate+Family+Hub&cost=Free')
    expect(hash).toBe('#where=WA5+1EZ&radius=10')
    expect(readSearchState(search, hash)).toEqual(state)
  })

  it('keeps a location to about 100 metres, in the fragment only', () => {
    const { search, hash } = writeSearchState({
      q: '',
      filters: {},
      near: { latitude: 53.392345, longitude: -2.601234 },
      radius: 2,
    })
    expect(search).toBe('')
    expect(hash).toBe('#near=53.392%2C-2.601&radius=2')
    expect(readSearchState(search, hash)).toMatchObject({ near: { latitude: 53.392, longitude: -2.601 }, radius: 2 })
  })

  it('ignores what it does not know and falls back to the default distance', () => {
    expect(readSearchState('?q=%20hi%20&colour=blue&day=&day=Monday&day=Monday', '#radius=7&where=')).toEqual({
      q: 'hi',
      filters: { day: ['Monday'] },
      radius: 5,
    })
    expect(readSearchState('', '#near=999,1')).toEqual({ q: '', filters: {}, radius: 5 })
    expect(readSearchState('', '#near=abc&where=WA5')).toMatchObject({ where: 'WA5' })
    expect(writeSearchState({ q: '  ', filters: {}, radius: 5 })).toEqual({ search: '', hash: '' })
  })

  it('tells whether two states ask for the same results', () => {
    const a: SearchState = { q: 'x', filters: { day: ['Monday'] }, radius: 5 }
    expect(sameSearch(a, { ...a, q: ' x ' })).toBe(true)
    expect(sameSearch(a, { ...a, radius: 10 })).toBe(true) // the distance only matters with a place
    expect(sameSearch(a, { ...a, where: 'WA5', radius: 10 })).toBe(false)
    expect(sameSearch(a, { ...a, filters: {} })).toBe(false)
  })
})
