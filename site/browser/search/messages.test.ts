import { describe, expect, it } from 'vitest'
import { interpretQuery } from '../../shared/search-query.ts'
import { readSearchWords } from '../../build/search-words.ts'
import {
  chosenLabel,
  countLabel,
  moreSessionsText,
  promptText,
  sessionText,
  statusText,
  understoodText,
} from './messages.ts'
import { emptyState } from './state.ts'

const terms = readSearchWords()
const point = { latitude: 53.39, longitude: -2.64 }

describe('what a search says it found', () => {
  it('counts the results and says what they are for, as the parent reads the words', () => {
    expect(
      statusText({ total: 3, used: 'stay play', term: 'stay play', words: 'stay and play', place: {}, radius: 5 }),
    ).toBe('3 results for “stay and play”.')
    expect(statusText({ total: 1, used: 'massage', term: 'massage', words: 'massage', place: {}, radius: 5 })).toBe(
      '1 result for “massage”.',
    )
    expect(statusText({ total: 0, used: '', term: '', words: '', place: {}, radius: 5 })).toBe('No results.')
  })

  it('says how far from where', () => {
    expect(
      statusText({ total: 14, used: '', term: '', words: '', place: { point, label: 'WA5 1EZ' }, radius: 20 }),
    ).toBe('14 results within 20 miles of WA5 1EZ.')
    expect(
      statusText({
        total: 2,
        used: 'baby',
        term: 'baby',
        words: 'baby',
        place: { point, label: 'your location' },
        radius: 1,
      }),
    ).toBe('2 results for “baby” within 1 mile of your location.')
  })

  it('suggests a bigger distance when nothing is near, unless it is the biggest', () => {
    expect(statusText({ total: 0, used: '', term: '', words: '', place: { point, label: 'WA4' }, radius: 5 })).toBe(
      'No results within 5 miles of WA4. Try a bigger distance.',
    )
    expect(statusText({ total: 0, used: '', term: '', words: '', place: { point, label: 'WA4' }, radius: 20 })).toBe(
      'No results within 20 miles of WA4.',
    )
  })

  it('says when the results are for other words than asked, and when the place was not found', () => {
    expect(
      statusText({
        total: 2,
        used: 'stay and play',
        term: 'stay play cake',
        words: 'stay and play cake',
        place: {},
        radius: 5,
      }),
    ).toBe('Nothing matched all your words, so these are results for “stay and play”. 2 results for “stay and play”.')
    expect(
      statusText({
        total: 1,
        used: 'baby massage',
        term: 'baby massage',
        words: 'baby massage',
        place: { error: 'We could not find WA99 9ZZ. Check it, or use your location.' },
        radius: 5,
      }),
    ).toBe(
      'We could not find WA99 9ZZ. Check it, or use your location. These results are not in order of distance. 1 result for “baby massage”.',
    )
  })
})

describe('what the page understood from the words', () => {
  it('says the terms it searched instead, and the day, time, cost and place read from the words', () => {
    const q = 'toddler group tuesday near WA5'
    expect(understoodText(interpretQuery(q, terms), { ...emptyState(), q })).toBe(
      'Searching for “stay and play” (you typed “toddler group”), on Tuesday, near WA5.',
    )
    const q2 = 'free swimming saturday or sunday mornings'
    expect(understoodText(interpretQuery(q2, terms), { ...emptyState(), q: q2 })).toBe(
      'on Saturday or Sunday, in the morning, free.',
    )
  })

  it('leaves out what a filter or the place field already says', () => {
    const q = 'tuesday morning free near WA5'
    expect(
      understoodText(interpretQuery(q, terms), {
        ...emptyState(),
        q,
        filters: { day: ['Tuesday'], time: ['Morning'], cost: ['Free'] },
        where: 'WA4',
      }),
    ).toBe('')
  })

  it('is nothing for plain words', () => {
    expect(understoodText(interpretQuery('baby massage', terms), { ...emptyState(), q: 'baby massage' })).toBe('')
  })
})

describe('the other words of the page', () => {
  it('prompt for something to search for, or for a place after "near me"', () => {
    expect(promptText(false)).toBe('Type what you are looking for, or choose a filter.')
    expect(promptText(true)).toBe('Enter your postcode or use your location to see what is near you.')
  })

  it('label the filters', () => {
    expect(countLabel(3)).toBe(' (3)')
    expect(countLabel(0)).toBe(' (0)')
    expect(countLabel(undefined)).toBe('')
    expect(chosenLabel(2)).toBe(' (2 chosen)')
    expect(chosenLabel(0)).toBe('')
  })

  it('name the sessions listed under a service', () => {
    expect(sessionText({ title: 'Birchwood Family Hub', pattern: 'Every week on Tuesday, 09:30 to 11:30' })).toBe(
      'Birchwood Family Hub: Every week on Tuesday, 09:30 to 11:30',
    )
    expect(sessionText({ pattern: 'Every week on Tuesday, 09:30 to 11:30' })).toBe(
      'Every week on Tuesday, 09:30 to 11:30',
    )
    expect(moreSessionsText(1)).toBe('1 more session')
    expect(moreSessionsText(4)).toBe('4 more sessions')
  })
})
