/**
 * One search on the index: its results in the order they are shown (nearest first when there is a
 * place, fetched a page at a time), and the counts beside every filter's values. What is asked is
 * worked out in query.ts; the index is Pagefind's (pagefind.ts).
 */
import { facetNames, type FacetName, type SearchConfig } from '../../shared/search-facets.ts'
import type { Interpretation } from '../../shared/search-query.ts'
import type { Filters, PagefindResult, SearchIndex } from './pagefind.ts'
import {
  atPlace,
  fallbackTerms,
  indexFilters,
  nearbyFilter,
  pairCounts,
  placesWithResults,
  type Chosen,
} from './query.ts'
import type { NearbyPlace } from './where.ts'

/** A result to show, with its distance when the search is from a place. */
export interface Found<R = PagefindResult> {
  result: R
  miles?: number
}

/** Results in the order they are shown, fetched a page at a time. */
export interface ResultStream<R = PagefindResult> {
  total: number
  next(count: number): Promise<Found<R>[]>
}

/** Each filter's values with the number of results each would give. */
export type Counts = Record<string, Record<string, number>>

/** Results already in order. */
export const listStream = <R>(results: readonly R[]): ResultStream<R> => {
  let at = 0
  return {
    total: results.length,
    next: async (count) => {
      const page = results.slice(at, at + count).map((result) => ({ result }))
      at += page.length
      return page
    },
  }
}

/** The results with the words as a phrase first ("baby massage" before a page with "baby" and "massage" apart), each part in its order. */
export const phraseFirst = <R extends { id: string }>(results: readonly R[], phrase: ReadonlySet<string>): R[] => [
  ...results.filter((r) => phrase.has(r.id)),
  ...results.filter((r) => !phrase.has(r.id)),
]

/**
 * Nearest first: the places, nearest first, searched one at a time as the parent reads on; a
 * result at several places is shown once, at the nearest.
 */
export const nearestFirstStream = <R extends { id: string }>(
  total: number,
  places: readonly NearbyPlace[],
  resultsAt: (place: NearbyPlace) => Promise<readonly R[]>,
): ResultStream<R> => {
  const seen = new Set<string>()
  let queue: Found<R>[] = []
  let next = 0
  return {
    total,
    next: async (count) => {
      while (queue.length < count && next < places.length) {
        const place = places[next++]!
        for (const result of await resultsAt(place))
          if (!seen.has(result.id)) {
            seen.add(result.id)
            queue.push({ result, miles: place.miles })
          }
      }
      const page = queue.slice(0, count)
      queue = queue.slice(count)
      return page
    },
  }
}

/** What one search asks the index. */
export interface Ask {
  /** The words ('' for none). */
  term: string
  /** One of parents' terms of several words, alone: only pages with it as a phrase are kept. */
  exact?: string
  chosen: Chosen
  /** The filters open on the page, whose values are counted. */
  open: ReadonlySet<FacetName>
  /** Each filter and its values, as the page was built with them. */
  facets: SearchConfig['facets']
  /** The postcode areas near the place searched from, and their places, nearest first. */
  near?: { areas: string[]; places: NearbyPlace[] }
}

/** What a search counted with, so a filter opened later is counted the same way. */
export interface Counting {
  ask: Ask
  /** The words counted: the phrase of an exact search. */
  counted: string | null
  /** The filter of the places near enough ({} without a place). */
  where: Filters
  /** The filters counted so far. */
  done: Set<FacetName>
}

export interface Outcome {
  stream: ResultStream
  counts: Counts
  /** Undefined when nothing was searched (no places near enough). */
  counting?: Counting
}

/** What each value of a filter would give with the other filters kept. */
export const countFacet = async (
  index: SearchIndex,
  counting: Counting,
  name: FacetName,
): Promise<Record<string, number>> => {
  const { ask, counted, where } = counting
  const others = indexFilters(ask.chosen, ask.open, name)
  const pairs = pairCounts(ask.chosen, name, ask.facets.find((f) => f.name === name)?.values ?? [])
  if (!pairs) return (await index.search(counted, { ...others, ...where })).filters[name] ?? {}
  const counts: Record<string, number> = {}
  for (const { value, filter } of pairs)
    counts[value] = (await index.search(counted, { ...others, ...filter, ...where })).results.length
  return counts
}

/**
 * One search: results (nearest first when there is a place) and the counts for every filter.
 * `exact` (one of parents' terms, "stay and play") limits the results to pages with the phrase,
 * while the order stays that of the words (Pagefind ranks phrase matches less well).
 */
export const searchOnce = async (index: SearchIndex, ask: Ask): Promise<Outcome> => {
  const query = ask.term || null
  const counted = ask.exact ? `"${ask.exact}"` : query
  const filters = indexFilters(ask.chosen, ask.open)
  let where: Filters = {}
  if (ask.near) {
    const nearby = nearbyFilter(ask.near.areas, ask.near.places)
    if (!nearby) return { stream: listStream([]), counts: {} }
    where = nearby
  }
  const main = await index.search(counted, { ...filters, ...where })
  const allowed = ask.exact ? new Set(main.results.map((r) => r.id)) : undefined
  const keep = (results: PagefindResult[]) => (allowed ? results.filter((r) => allowed.has(r.id)) : results)
  // Counts: for a filter with values chosen, what each value would give with the others kept.
  const counts: Counts = { ...main.filters }
  const counting: Counting = { ask, counted, where, done: new Set(facetNames.filter((n) => filters[n] !== undefined)) }
  for (const name of facetNames) if (ask.chosen[name]?.length) counts[name] = await countFacet(index, counting, name)
  if (!ask.near) {
    if (ask.exact)
      return {
        stream: listStream(main.results.length > 0 ? keep((await index.search(query, filters)).results) : []),
        counts,
        counting,
      }
    // Several words: the pages with them as a phrase first.
    if (query?.includes(' ') && main.results.length > 1) {
      const phrase = new Set((await index.search(`"${query}"`, filters)).results.map((r) => r.id))
      return { stream: listStream(phraseFirst(main.results, phrase)), counts, counting }
    }
    return { stream: listStream(main.results), counts, counting }
  }
  const places = placesWithResults(ask.near.places, main.filters)
  return {
    stream: nearestFirstStream(main.results.length, places, async (place) =>
      keep((await index.search(query, atPlace(filters, place))).results),
    ),
    counts,
    counting,
  }
}

/** A search as the page runs it: the results, and the words they are for (other words than asked when nothing had them all). */
export interface Answer {
  outcome: Outcome
  used: string
}

/**
 * The search, and when nothing is found: one of parents' terms alone ("stay and play") is found as
 * a phrase, and if nothing has it, as words; then with nothing for every word, the words parents'
 * terms stood for, then each word alone.
 */
export const searchWithFallbacks = async (index: SearchIndex, ask: Ask, meaning: Interpretation): Promise<Answer> => {
  let outcome = await searchOnce(index, ask)
  if (ask.exact && outcome.stream.total === 0) outcome = await searchOnce(index, { ...ask, exact: undefined })
  if (outcome.stream.total === 0)
    for (const attempt of fallbackTerms(ask.term, meaning)) {
      const again = await searchOnce(index, { ...ask, term: attempt, exact: undefined })
      if (again.stream.total > 0) return { outcome: again, used: attempt }
    }
  return { outcome, used: ask.term }
}
