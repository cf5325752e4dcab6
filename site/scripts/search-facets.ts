/**
 * The filters of search, shared by the index (site/lib/search-records.ts) and the search page:
 * each facet's name in the index and the address, its label, and the fixed order of its values
 * where they have one. Browser-safe.
 */
import { dayNames, timesOfDay } from './search-query.ts'

export const facetNames = ['type', 'category', 'age', 'day', 'time', 'hub', 'area', 'cost', 'access'] as const
export type FacetName = (typeof facetNames)[number]

export const facetLabels: Record<FacetName, string> = {
  type: 'Show',
  category: 'Category',
  age: 'Age',
  day: 'Day',
  time: 'Time of day',
  hub: 'Family hub',
  area: 'Area',
  cost: 'Cost',
  access: 'How to go',
}

export const resultKinds = ['Service', 'Session', 'Family hub', 'Venue', 'Advice'] as const
export type ResultKind = (typeof resultKinds)[number]

export const costValues = ['Free', 'Paid'] as const
export const accessValues = ['Drop in', 'Book a place', 'Refer yourself', 'Referral needed'] as const

/** Values in a fixed order (others are sorted by name when the page is built). */
export const fixedOrder: Partial<Record<FacetName, readonly string[]>> = {
  type: resultKinds,
  day: dayNames,
  time: timesOfDay,
  cost: costValues,
  access: accessValues,
}

/** The index's filter holding the places of things in a postcode area ("near WA"). */
export const placeFilter = (area: string): string => `near ${area}`
/** The index's filter marking things that are not tied to a place (advice, phone and online services). */
export const ANYWHERE_FILTER = 'anywhere'

export const radiusChoices = [1, 2, 5, 10, 20] as const
export const DEFAULT_RADIUS = 5

/** What the search page is told when it is built. */
export interface SearchConfig {
  facets: { name: FacetName; label: string; values: string[] }[]
  /** Postcode areas with places, and the box around their places: [south, west, north, east]. */
  areas: Record<string, [number, number, number, number]>
  terms: { words: string; alternatives: string[] }[]
}
