import { describe, expect, it } from 'vitest'
import { interpretQuery } from '../../shared/search-query.ts'
import { readSearchWords } from '../../build/search-words.ts'
import {
  anywhereFilters,
  atPlace,
  chosenFilters,
  fallbackTerms,
  indexFilters,
  isFiltered,
  nearbyFilter,
  pairCounts,
  placesWithResults,
  searchTerm,
} from './query.ts'
import { emptyState, type SearchState } from './state.ts'

const terms = readSearchWords()
const read = (text: string) => interpretQuery(text, terms)
const state = (over: Partial<SearchState>): SearchState => ({ ...emptyState(), ...over })
const none = new Set<never>()

describe('what narrows a search', () => {
  it('is the filters ticked, with a day, a time of day and "free" from the words where their filter is not ticked', () => {
    expect(
      chosenFilters(state({ q: 'stay and play', filters: { hub: ['Birchwood Family Hub'] } }), read('stay and play')),
    ).toEqual({ hub: ['Birchwood Family Hub'] })
    expect(
      chosenFilters(state({ q: 'free toddler group tuesday morning' }), read('free toddler group tuesday morning')),
    ).toEqual({ day: ['Tuesday'], time: ['Morning'], cost: ['Free'] })
    // A filter ticked wins over the words.
    expect(chosenFilters(state({ q: 'tuesday', filters: { day: ['Friday'] } }), read('tuesday'))).toEqual({
      day: ['Friday'],
    })
  })

  it('tells whether anything but the words narrows it', () => {
    expect(isFiltered(state({ q: 'baby massage' }), read('baby massage'))).toBe(false)
    expect(isFiltered(state({ q: 'baby massage', filters: { cost: ['Free'] } }), read('baby massage'))).toBe(true)
    expect(isFiltered(state({ q: 'weekend' }), read('weekend'))).toBe(true)
    expect(isFiltered(state({ q: 'evening' }), read('evening'))).toBe(true)
    expect(isFiltered(state({ q: 'free' }), read('free'))).toBe(true)
  })
})

describe('the words to search for', () => {
  it('are what the words mean, filler words left out', () => {
    expect(
      searchTerm(state({ q: 'toddler group tuesday near WA5' }), read('toddler group tuesday near WA5'), true),
    ).toBe('stay play')
  })

  it('are the words as typed when they mean nothing and nothing else narrows the search', () => {
    expect(searchTerm(state({ q: 'help me' }), read('help me'), false)).toBe('help me')
    // With a place or a filter, filler words search for everything there or within it.
    expect(searchTerm(state({ q: 'help me' }), read('help me'), true)).toBe('')
    expect(searchTerm(state({ q: 'help me', filters: { cost: ['Free'] } }), read('help me'), false)).toBe('')
  })

  it('are none, undefined, when there are no words, no filter and no place', () => {
    expect(searchTerm(state({}), read(''), false)).toBeUndefined()
    // "near me" with no place to search from is searched as typed.
    expect(searchTerm(state({ q: 'near me' }), read('near me'), false)).toBe('near me')
    expect(searchTerm(state({}), read(''), true)).toBe('')
    expect(searchTerm(state({ filters: { age: ['Pregnancy'] } }), read(''), false)).toBe('')
  })
})

describe("Pagefind's filters", () => {
  it('ask for any of the values chosen, and name open filters with no values so their values are counted', () => {
    expect(indexFilters({ cost: ['Free'], hub: ['A Hub', 'B Hub'] }, none)).toEqual({
      hub: { any: ['A Hub', 'B Hub'] },
      cost: { any: ['Free'] },
    })
    expect(indexFilters({ cost: ['Free'] }, new Set(['day', 'cost'] as const))).toEqual({
      day: [],
      cost: { any: ['Free'] },
    })
    expect(indexFilters({}, none)).toEqual({})
  })

  it('ask for a day and a time of day chosen together through the pairs’ filter', () => {
    expect(indexFilters({ day: ['Tuesday', 'Thursday'], time: ['Evening'] }, none)).toEqual({
      day: [],
      time: [],
      when: { any: ['Tuesday Evening', 'Thursday Evening'] },
    })
  })

  it('leave one filter out, counted, to count its values with the others kept', () => {
    expect(indexFilters({ day: ['Tuesday'], time: ['Evening'], cost: ['Free'] }, none, 'day')).toEqual({
      day: [],
      time: { any: ['Evening'] },
      cost: { any: ['Free'] },
    })
    expect(indexFilters({ cost: ['Free'] }, none, 'cost')).toEqual({ cost: [] })
  })

  it('count a day through the pairs’ filter when a time of day is chosen, and the other way round', () => {
    expect(pairCounts({ time: ['Evening'] }, 'day', ['Tuesday', 'Thursday'])).toEqual([
      { value: 'Tuesday', filter: { when: { any: ['Tuesday Evening'] } } },
      { value: 'Thursday', filter: { when: { any: ['Thursday Evening'] } } },
    ])
    expect(pairCounts({ day: ['Monday', 'Friday'] }, 'time', ['Morning'])).toEqual([
      { value: 'Morning', filter: { when: { any: ['Monday Morning', 'Friday Morning'] } } },
    ])
    expect(pairCounts({ day: ['Monday'] }, 'day', ['Monday'])).toBeUndefined()
    expect(pairCounts({ time: ['Evening'] }, 'cost', ['Free'])).toBeUndefined()
  })

  it('find things not tied to a place with the same filters', () => {
    expect(anywhereFilters({ cost: ['Free'] }, none)).toEqual({ cost: { any: ['Free'] }, anywhere: 'Yes' })
  })
})

describe('when nothing has every word', () => {
  it("tries the words parents' terms stood for, then each word of three letters or more, longest first", () => {
    const meaning = read('toddler group cake')
    expect(meaning.term).toBe('stay play cake')
    expect(fallbackTerms(meaning.term, meaning)).toEqual(['stay and play', 'stay', 'play', 'cake'])
    expect(fallbackTerms('baby massage class', read('baby massage class'))).toEqual([
      'baby massage',
      'massage',
      'class',
      'baby',
    ])
    expect(fallbackTerms('baby yoga in', read('baby yoga in'))).toEqual(['baby', 'yoga'])
  })

  it('tries nothing for one word', () => {
    expect(fallbackTerms('massage', read('massage'))).toEqual([])
  })
})

describe('places', () => {
  const places = [
    { area: 'WA', at: '53.39,-2.6', miles: 0.5 },
    { area: 'CH', at: '53.2,-2.9', miles: 1 },
    { area: 'WA', at: '53.4,-2.5', miles: 2 },
  ]

  it('ask for things at any of the places, each postcode area in its own filter', () => {
    expect(nearbyFilter(['CH', 'WA', 'M'], places)).toEqual({
      any: [{ 'near CH': { any: ['53.2,-2.9'] } }, { 'near WA': { any: ['53.39,-2.6', '53.4,-2.5'] } }],
    })
    expect(nearbyFilter(['WA'], [])).toBeUndefined()
  })

  it('ask for things at one place', () => {
    expect(atPlace({ cost: { any: ['Free'] } }, places[1]!)).toEqual({
      cost: { any: ['Free'] },
      'near CH': '53.2,-2.9',
    })
  })

  it('are searched one by one only where Pagefind counted results (or could not say)', () => {
    expect(placesWithResults(places, { 'near WA': { '53.39,-2.6': 0, '53.4,-2.5': 2 } })).toEqual([
      places[1],
      places[2],
    ])
  })
})
