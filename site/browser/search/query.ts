/**
 * What to ask Pagefind for, from the search page's state and what the words mean
 * (site/shared/search-query.ts): the words to search for, the filters, the searches that count a
 * filter's values, the words to try when nothing matches, and the filters of a place. Pure.
 */
import {
  ANYWHERE_FILTER,
  facetNames,
  placeFilter,
  WHEN_FILTER,
  whensOf,
  type FacetName,
} from '../../shared/search-facets.ts'
import type { Interpretation } from '../../shared/search-query.ts'
import type { Filters } from './pagefind.ts'
import type { SearchState } from './state.ts'

/** The values chosen of each filter (ticked, or read from the words). */
export type Chosen = Partial<Record<FacetName, string[]>>

/** What narrows the search: the filters ticked, and days, times of day and "free" typed in the words when the filter itself is not set. */
export const chosenFilters = (state: SearchState, meaning: Interpretation): Chosen => {
  const chosen: Chosen = { ...state.filters }
  if (!chosen.day?.length && meaning.days.length) chosen.day = meaning.days
  if (!chosen.time?.length && meaning.times.length) chosen.time = meaning.times
  if (!chosen.cost?.length && meaning.free) chosen.cost = ['Free']
  return chosen
}

/** Whether anything but the words narrows the search: a filter ticked, or a day, a time of day or "free" in the words. */
export const isFiltered = (state: SearchState, meaning: Interpretation): boolean =>
  facetNames.some((n) => state.filters[n]?.length) ||
  meaning.days.length > 0 ||
  meaning.times.length > 0 ||
  meaning.free

/**
 * The words to search for: what the words mean ("toddler group" is "stay and play"), or, when
 * they mean nothing and nothing else narrows the search, the words as typed; '' for none. Undefined
 * when there is nothing to search for: no words, no filter and no place.
 */
export const searchTerm = (state: SearchState, meaning: Interpretation, located: boolean): string | undefined => {
  const filtered = isFiltered(state, meaning)
  const term = meaning.term || (!filtered && !located && state.q ? state.q : '')
  return term || filtered || located ? term : undefined
}

/**
 * The filters of a search (`without` one of them, to count its values with the others kept).
 * A day and a time of day chosen together ask for a session then: the pairs' filter.
 * An open filter that narrows nothing is named with no values: that loads its part of the index,
 * so Pagefind counts its values. Closed ones are left out until opened: their parts of the index
 * are not fetched (at 5,000 services they are 500 KB of a first search).
 */
export const indexFilters = (chosen: Chosen, open: ReadonlySet<FacetName>, without?: FacetName): Filters => {
  const kept: Chosen = { ...chosen }
  if (without) delete kept[without]
  const paired = !!kept.day?.length && !!kept.time?.length
  const filters: Filters = {}
  for (const name of facetNames) {
    const pairedPart = paired && (name === 'day' || name === 'time')
    if (kept[name]?.length && !pairedPart) filters[name] = { any: kept[name] }
    else if (open.has(name) || name === without || pairedPart) filters[name] = []
  }
  if (paired) filters[WHEN_FILTER] = { any: whensOf(kept.day!, kept.time!) }
  return filters
}

/**
 * How a filter's values are counted: by Pagefind in one search (undefined), or, for a day with a
 * time of day chosen (or a time with a day), one search per value through the pairs' filter, so
 * the count is of services with a session on that day at that time.
 */
export const pairCounts = (
  chosen: Chosen,
  name: FacetName,
  values: readonly string[],
): { value: string; filter: Filters }[] | undefined => {
  const partner = name === 'day' ? chosen.time : name === 'time' ? chosen.day : undefined
  if (!partner?.length) return undefined
  return values.map((value) => ({
    value,
    filter: { [WHEN_FILTER]: { any: name === 'day' ? whensOf([value], partner) : whensOf(partner, [value]) } },
  }))
}

/** What to search for when nothing has every word: the words parents' terms stood for, then each word of three letters or more, longest first. */
export const fallbackTerms = (term: string, meaning: Interpretation): string[] =>
  term.includes(' ')
    ? [
        meaning.phrases.join(' '),
        ...term
          .split(' ')
          .filter((w) => w.length > 2)
          .sort((a, b) => b.length - a.length),
      ].filter((t) => t && t !== term)
    : []

/** A place things are at ("53.3935,-2.6405") in a postcode area ("WA"). */
export interface PlaceIn {
  area: string
  at: string
}

/** The filter for things at any of the places (each area's in its own filter), or undefined when there are none. */
export const nearbyFilter = (areas: readonly string[], places: readonly PlaceIn[]): Filters | undefined => {
  const byArea = areas
    .map((area) => ({ area, at: places.filter((p) => p.area === area).map((p) => p.at) }))
    .filter((a) => a.at.length > 0)
    .map((a) => ({ [placeFilter(a.area)]: { any: a.at } }))
  return byArea.length > 0 ? { any: byArea } : undefined
}

/** The filters with things at one place only. */
export const atPlace = (filters: Filters, place: PlaceIn): Filters => ({
  ...filters,
  [placeFilter(place.area)]: place.at,
})

/** The places Pagefind counted results at (or could not say for), in their order. */
export const placesWithResults = <P extends PlaceIn>(
  places: readonly P[],
  counts: Record<string, Record<string, number>>,
): P[] =>
  places.filter((p) => {
    const here = counts[placeFilter(p.area)]
    return here === undefined || (here[p.at] ?? 0) > 0
  })

/** The filters of things not tied to a place, for "Advice and services you can use from anywhere". */
export const anywhereFilters = (chosen: Chosen, open: ReadonlySet<FacetName>): Filters => ({
  ...indexFilters(chosen, open),
  [ANYWHERE_FILTER]: 'Yes',
})
