/**
 * What the search page says: the status read out after each search, what it understood from the
 * words, the prompts and the errors. Pure, so the wording is tested in one place.
 */
import { radiusChoices, type SessionLine } from '../../shared/search-facets.ts'
import type { Interpretation } from '../../shared/search-query.ts'
import type { SearchState } from './state.ts'
import type { Located } from './where.ts'

export const SEARCH_FAILED = 'Search could not finish. Check your connection and try again.'
export const POSTCODE_LOOKUP_FAILED =
  'We could not look up that postcode just now. Check your connection and try again.'
export const LOCATION_FAILED = 'We could not get your location. Enter a postcode instead.'
export const USE_MY_LOCATION = 'Use my location'
export const FINDING_YOU = 'Finding you…'
/** What a place from "Use my location" is called. */
export const YOUR_LOCATION = 'your location'

/** With nothing to search for: what to do ("near me" in the words asks for a place). */
export const promptText = (nearMe: boolean): string =>
  nearMe
    ? 'Enter your postcode or use your location to see what is near you.'
    : 'Type what you are looking for, or choose a filter.'

/** What was read from the words and not chosen otherwise: "Searching for “stay and play” (you typed “toddler group”), on Tuesday, near WA5." ('' for nothing). */
export const understoodText = (meaning: Interpretation, state: SearchState): string => {
  const parts: string[] = []
  if (meaning.replaced.length)
    parts.push(`Searching for ${meaning.replaced.map((r) => `“${r.to}” (you typed “${r.from}”)`).join(', ')}`)
  if (!state.filters.day?.length && meaning.days.length) parts.push(`on ${meaning.days.join(' or ')}`)
  if (!state.filters.time?.length && meaning.times.length)
    parts.push(`in the ${meaning.times.map((t) => t.toLowerCase()).join(' or ')}`)
  if (!state.filters.cost?.length && meaning.free) parts.push('free')
  if (!state.where && !state.near && meaning.where) parts.push(`near ${meaning.where}`)
  return parts.length ? `${parts.join(', ')}.` : ''
}

/** What a search found, to say it. */
export interface SearchSummary {
  total: number
  /** The words searched for ('' for none): other words than asked when nothing had them all. */
  used: string
  /** The words asked for, and as a parent reads them back (Interpretation's term and words). */
  term: string
  words: string
  place: Located
  radius: number
}

/** "3 results for “stay and play” within 5 miles of WA5 1EZ.", with why the order or the words differ from what was asked. */
export const statusText = ({ total: n, used, term, words, place, radius }: SearchSummary): string =>
  [
    place.error ? `${place.error} These results are not in order of distance.` : '',
    used !== term ? `Nothing matched all your words, so these are results for “${used}”.` : '',
    `${n === 0 ? 'No' : n} ${n === 1 ? 'result' : 'results'}${used ? ` for “${used === term ? words : used}”` : ''}${place.point ? ` within ${radius} ${radius === 1 ? 'mile' : 'miles'} of ${place.label}` : ''}.`,
    n === 0 && place.point && radius < Math.max(...radiusChoices) ? 'Try a bigger distance.' : '',
  ]
    .filter(Boolean)
    .join(' ')

/** Beside a filter's value: " (3)", or nothing when it was not counted. */
export const countLabel = (n: number | undefined): string => (n === undefined ? '' : ` (${n})`)

/** Beside a filter's name: " (2 chosen)", or nothing. */
export const chosenLabel = (chosen: number): string => (chosen ? ` (${chosen} chosen)` : '')

/** The link to a service's other sessions: "2 more sessions". */
export const moreSessionsText = (rest: number): string => `${rest} more ${rest === 1 ? 'session' : 'sessions'}`

/** A session listed under a service: "Birchwood Family Hub: Every week on Tuesday, 09:30 to 11:30", or its pattern alone. */
export const sessionText = (session: Pick<SessionLine, 'title' | 'pattern'>): string =>
  session.title ? `${session.title}: ${session.pattern}` : session.pattern
