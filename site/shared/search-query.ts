/**
 * What a parent typed, read the way they meant it: "toddler group tuesday near WA5" is a search
 * for stay and play, on Tuesdays, near WA5. Pure and browser-safe (no zod), so the search page and
 * the index agree on words: tested in site/shared/search-query.test.ts.
 *
 * Parents' words come from site/shared/search-words.json: each term's alternatives (other words,
 * abbreviations, misspellings) are searched as its words, and a page that uses an alternative is
 * indexed with the term's words too (`termsUsedIn`), so both sides meet on the same words.
 */

export interface SearchTerm {
  /** What the directory calls it: "stay and play". */
  words: string
  /** What parents may type instead: "playgroup", "toddler group", "midwive". */
  alternatives: string[]
}

export const dayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const
export type DayName = (typeof dayNames)[number]
export const timesOfDay = ['Morning', 'Afternoon', 'Evening'] as const
export type TimeOfDay = (typeof timesOfDay)[number]

export interface Interpretation {
  /** The words to search for, alternatives replaced and filler words left out ('' when nothing is left). */
  term: string
  /** The words as a parent would read them back: "stay and play". */
  words: string
  /** When the search is one of parents' terms of several words and nothing else: that phrase, to find exactly. */
  exact?: string
  /** The words of the term that came from search-words.json ("stay and play"), for a fallback search. */
  phrases: string[]
  /** Alternatives replaced, for "Showing results for stay and play (you searched for playgroup)". */
  replaced: { from: string; to: string }[]
  days: DayName[]
  times: TimeOfDay[]
  free: boolean
  /** A postcode or outcode found among the words ("WA5 1EZ", "WA5"). */
  where?: string
  /** The words said "near me" or "nearby". */
  nearMe: boolean
}

/** Lower case, curly quotes straightened, "&" as "and", punctuation (but apostrophes in words) as spaces. */
export const normaliseWords = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .trim()

const tokens = (text: string): string[] => {
  const words = normaliseWords(text)
  return words ? words.split(' ') : []
}

const dayWords: Record<string, DayName[]> = {
  mon: ['Monday'],
  monday: ['Monday'],
  mondays: ['Monday'],
  tue: ['Tuesday'],
  tues: ['Tuesday'],
  tuesday: ['Tuesday'],
  tuesdays: ['Tuesday'],
  wed: ['Wednesday'],
  weds: ['Wednesday'],
  wednesday: ['Wednesday'],
  wednesdays: ['Wednesday'],
  thu: ['Thursday'],
  thur: ['Thursday'],
  thurs: ['Thursday'],
  thursday: ['Thursday'],
  thursdays: ['Thursday'],
  fri: ['Friday'],
  friday: ['Friday'],
  fridays: ['Friday'],
  sat: ['Saturday'],
  saturday: ['Saturday'],
  saturdays: ['Saturday'],
  sunday: ['Sunday'],
  sundays: ['Sunday'],
  weekend: ['Saturday', 'Sunday'],
  weekends: ['Saturday', 'Sunday'],
}
const timeWords: Record<string, TimeOfDay> = {
  morning: 'Morning',
  mornings: 'Morning',
  am: 'Morning',
  afternoon: 'Afternoon',
  afternoons: 'Afternoon',
  pm: 'Afternoon',
  evening: 'Evening',
  evenings: 'Evening',
  night: 'Evening',
  nights: 'Evening',
}
/** Words that do not narrow a search (Pagefind finds pages with every word, so these would only lose results). */
const fillerWords = new Set([
  'a',
  'an',
  'and',
  'or',
  'the',
  'of',
  'to',
  'on',
  'in',
  'at',
  'for',
  'with',
  'by',
  'from',
  'near',
  'nearby',
  'around',
  'close',
  'local',
  'me',
  'my',
  'our',
  'i',
  'we',
  'us',
  'any',
  'some',
  'is',
  'are',
  'there',
  'what',
  "what's",
  'whats',
  'where',
  "where's",
  'when',
  'find',
  'looking',
  'need',
  'want',
  'please',
  'help',
  'support',
  'service',
  'services',
])

const outcodeToken = /^[a-z]{1,2}[0-9][0-9a-z]?$/
const inwardToken = /^[0-9][a-z]{2}$/
const compactPostcode = /^([a-z]{1,2}[0-9][0-9a-z]?)([0-9][a-z]{2})$/

interface Phrase {
  tokens: string[]
  term: SearchTerm
}

const phrasesOf = (terms: readonly SearchTerm[]): Phrase[] =>
  terms
    .flatMap((term) => term.alternatives.map((alt) => ({ tokens: tokens(alt), term })))
    .filter((p) => p.tokens.length > 0)
    .sort((a, b) => b.tokens.length - a.tokens.length)

const matchAt = (words: string[], i: number, phrase: string[]): boolean => phrase.every((t, k) => words[i + k] === t)

/** Read a search the way a parent meant it. */
export const interpretQuery = (text: string, terms: readonly SearchTerm[]): Interpretation => {
  const words = tokens(text)
  const phrases = phrasesOf(terms)
  const out: string[] = []
  const used: string[] = []
  const replaced: Interpretation['replaced'] = []
  const days = new Set<DayName>()
  const times = new Set<TimeOfDay>()
  let free = false
  let where: string | undefined
  let nearMe = false
  for (let i = 0; i < words.length;) {
    const word = words[i]!
    const next = words[i + 1]
    // Postcodes and outcodes: "wa5 1ez", "wa51ez", "wa5".
    const compact = compactPostcode.exec(word)
    if (!where && outcodeToken.test(word) && next && inwardToken.test(next)) {
      where = `${word} ${next}`.toUpperCase()
      i += 2
      continue
    }
    if (!where && compact) {
      where = `${compact[1]} ${compact[2]}`.toUpperCase()
      i += 1
      continue
    }
    if (!where && outcodeToken.test(word) && /[a-z]/.test(word) && /[0-9]/.test(word)) {
      where = word.toUpperCase()
      i += 1
      continue
    }
    if ((word === 'near' || word === 'close') && (next === 'me' || next === 'by' || next === 'here')) {
      nearMe = true
      i += 2
      continue
    }
    if (word === 'nearby' || word === 'local') nearMe = true
    const phrase = phrases.find((p) => matchAt(words, i, p.tokens))
    if (phrase) {
      const to = normaliseWords(phrase.term.words)
      out.push(to)
      used.push(to)
      if (phrase.tokens.join(' ') !== to) replaced.push({ from: phrase.tokens.join(' '), to: phrase.term.words })
      i += phrase.tokens.length
      continue
    }
    const canonical = terms.find((t) => {
      const own = tokens(t.words)
      return own.length > 0 && matchAt(words, i, own)
    })
    if (canonical) {
      const own = tokens(canonical.words)
      out.push(own.join(' '))
      used.push(own.join(' '))
      i += own.length
      continue
    }
    if (dayWords[word]) dayWords[word]!.forEach((d) => days.add(d))
    else if (timeWords[word]) times.add(timeWords[word]!)
    else if (word === 'free') free = true
    else if (!fillerWords.has(word)) out.push(word)
    i += 1
  }
  const term = out
    .join(' ')
    .split(' ')
    .filter((w) => w && !fillerWords.has(w))
    .join(' ')
  const asRead = out.join(' ')
  const exact = used.length === 1 && asRead === used[0] && used[0].includes(' ') ? used[0] : undefined
  return {
    term,
    words: asRead,
    exact,
    phrases: used,
    replaced,
    days: dayNames.filter((d) => days.has(d)),
    times: timesOfDay.filter((t) => times.has(t)),
    free,
    where,
    nearMe,
  }
}

/**
 * The terms a page's text uses an alternative of, so the page is found by the term's words too:
 * a page about "breastfeeding" is indexed with "infant feeding" as well.
 */
export const termsUsedIn = (text: string, terms: readonly SearchTerm[]): string[] => {
  const words = tokens(text)
  const found = new Set<string>()
  for (const phrase of phrasesOf(terms)) {
    if (found.has(phrase.term.words)) continue
    for (let i = 0; i + phrase.tokens.length <= words.length; i++)
      if (matchAt(words, i, phrase.tokens)) {
        found.add(phrase.term.words)
        break
      }
  }
  return [...found]
}

/** The part of the day a session starts in: before noon, before 5pm, or later. */
export const timeOfDay = (opensAt: string): TimeOfDay => {
  const hour = Number(opensAt.slice(0, 2))
  return hour < 12 ? 'Morning' : hour < 17 ? 'Afternoon' : 'Evening'
}
