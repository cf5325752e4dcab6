import { describe, expect, it } from 'vitest'
import { interpretQuery, normaliseWords, termsUsedIn, timeOfDay } from './search-query.ts'
import { readSearchWords } from '../build/search-words.ts'

const terms = readSearchWords()
const read = (text: string) => interpretQuery(text, terms)

describe("parents' words", () => {
  it.each([
    ['playgroup', 'stay and play'],
    ['toddler group', 'stay and play'],
    ['Baby group', 'stay and play'],
    ['stay & play', 'stay and play'],
    ['HV', 'health visiting'],
    ['health vistor', 'health visiting'],
    ['breastfeeding', 'infant feeding'],
    ['breast-feeding', 'infant feeding'],
    ['SEN', 'send'],
    ['CAB', 'citizens advice'],
    ['midwive', 'midwife'],
    ['midwives', 'midwife'],
    ['creche', 'crèche'],
  ])('"%s" searches for "%s"', (typed, meant) => {
    const meaning = read(typed)
    expect(meaning.words).toBe(normaliseWords(meant))
  })

  it('says what it replaced, and not when the words were already the directory’s', () => {
    expect(read('playgroup').replaced).toEqual([{ from: 'playgroup', to: 'stay and play' }])
    expect(read('stay and play').replaced).toEqual([])
    expect(read('Stay & Play').replaced).toEqual([])
  })

  it('prefers the longest alternative ("baby and toddler group", not "toddler group")', () => {
    expect(read('baby and toddler group').words).toBe('stay and play')
  })

  it('finds a term of several words on its own as a phrase, and leaves filler words out of what is searched', () => {
    expect(read('stay and play')).toMatchObject({ term: 'stay play', words: 'stay and play', exact: 'stay and play' })
    expect(read('HV clinic')).toMatchObject({
      term: 'health visiting clinic',
      exact: undefined,
      phrases: ['health visiting'],
    })
    expect(read('midwife').exact).toBeUndefined()
  })

  it('reads days, times of day and "free" as filters', () => {
    expect(read('toddler group Tuesday')).toMatchObject({
      words: 'stay and play',
      days: ['Tuesday'],
      times: [],
      free: false,
    })
    expect(read('free baby massage on tues mornings')).toMatchObject({
      term: 'baby massage',
      days: ['Tuesday'],
      times: ['Morning'],
      free: true,
    })
    expect(read('weekend dads group').days).toEqual(['Saturday', 'Sunday'])
    expect(read('Thursday or friday evening').days).toEqual(['Thursday', 'Friday'])
  })

  it('reads a postcode or outcode as where, wherever it is in the words', () => {
    expect(read('breastfeeding help near WA5')).toMatchObject({ term: 'infant feeding', where: 'WA5', nearMe: false })
    expect(read('stay and play wa5 1ez')).toMatchObject({ where: 'WA5 1EZ', words: 'stay and play' })
    expect(read('WA51EZ baby massage')).toMatchObject({ where: 'WA5 1EZ', term: 'baby massage' })
    expect(read('SEN support').where).toBeUndefined()
  })

  it('notices "near me" and leaves it out of the words', () => {
    expect(read('stay and play near me')).toMatchObject({ nearMe: true, words: 'stay and play', where: undefined })
    expect(read('baby clinic nearby').nearMe).toBe(true)
  })

  it('keeps a search of filler words only empty, for the page to fall back on', () => {
    expect(read('help').term).toBe('')
    expect(read('').term).toBe('')
    expect(read('   ').days).toEqual([])
  })

  it('normalises what people type', () => {
    expect(normaliseWords('  Dads’  Group!! ')).toBe('dads group')
    expect(normaliseWords('Dad’s club')).toBe("dad's club")
    expect(normaliseWords('Stay&Play')).toBe('stay and play')
    expect(normaliseWords("'quoted'")).toBe('quoted')
  })
})

describe('indexing with parents’ words', () => {
  it('adds the directory’s words to a page that uses an alternative', () => {
    expect(termsUsedIn('Drop in for help with breastfeeding and bottle feeding.', terms)).toEqual(['infant feeding'])
    expect(termsUsedIn('A weekly baby group with songs', terms)).toEqual(['stay and play'])
    expect(termsUsedIn('Come to the Citizens Advice Bureau', terms)).toContain('citizens advice')
    expect(termsUsedIn('Nothing to see here', terms)).toEqual([])
    // Whole words only: "cabbage" is not CAB.
    expect(termsUsedIn('Cabbage soup', terms)).toEqual([])
  })
})

describe('time of day', () => {
  it('morning before noon, afternoon before 5pm, evening after', () => {
    expect(timeOfDay('09:30')).toBe('Morning')
    expect(timeOfDay('11:59')).toBe('Morning')
    expect(timeOfDay('12:00')).toBe('Afternoon')
    expect(timeOfDay('16:59')).toBe('Afternoon')
    expect(timeOfDay('17:00')).toBe('Evening')
    expect(timeOfDay('19:30')).toBe('Evening')
  })
})
