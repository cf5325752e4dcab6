import { describe, expect, it } from 'vitest'
import { parseSearchWords, readSearchWords, SearchWordsError } from './search-words.ts'

describe('the search words file', () => {
  it('is valid, and covers the words parents use most', () => {
    const terms = readSearchWords()
    expect(terms.length).toBeGreaterThan(10)
    const of = (words: string) => terms.find((t) => t.words === words)?.alternatives ?? []
    expect(of('stay and play')).toEqual(expect.arrayContaining(['playgroup', 'toddler group', 'baby group']))
    expect(of('health visiting')).toEqual(expect.arrayContaining(['hv', 'health vistor']))
    expect(of('infant feeding')).toContain('breastfeeding')
    expect(of('send')).toContain('sen')
    expect(of('citizens advice')).toContain('cab')
    expect(of('midwife')).toContain('midwive')
    expect(of('crèche')).toContain('creche')
  })

  it('names the term, the field and the problem', () => {
    const check = (raw: unknown) => {
      try {
        parseSearchWords(raw, 'search-words.json')
      } catch (error) {
        expect(error).toBeInstanceOf(SearchWordsError)
        return (error as Error).message
      }
      throw new Error('expected a SearchWordsError')
    }
    expect(
      check({
        terms: [
          { words: 'stay and play', alternatives: ['playgroup'] },
          { words: '', alternatives: [] },
        ],
      }),
    ).toContain('- terms 2 (""): words: "words" is empty.')
    expect(check({ terms: [{ words: 'midwife', alternatives: 'midwive' }] })).toContain(
      'terms 1 ("midwife"): alternatives: "alternatives" must be a list of words.',
    )
    expect(check({ terms: [{ words: 'a', alternatives: ['!!!'] }] })).toContain(
      'An alternative has no letters or numbers.',
    )
    expect(
      check({
        terms: [
          { words: 'stay and play', alternatives: ['playgroup'] },
          { words: 'play', alternatives: ['Playgroup'] },
        ],
      }),
    ).toContain('terms 2 ("play"): "Playgroup" is also an alternative for "stay and play"')
    expect(check({})).toContain('The file needs a "terms" list.')
    expect(check({ terms: [{ words: 'x'.repeat(81), alternatives: [] }] })).toContain('longer than 80 characters')
  })
})
