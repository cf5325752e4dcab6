/**
 * The search page's state in its address, so back and forward, reload and a shared link all show
 * the same results:
 *   /search/?q=stay+and+play&day=Tuesday&cost=Free#where=WA5+1EZ&radius=5
 * The words and filters are in the query; where the parent is stays after "#", which browsers
 * never send to a server (#near=53.39,-2.6 for "Use my location", rounded to about 100 m).
 */
import type { Point } from '../../../core/places/distance.ts'
import { DEFAULT_RADIUS, facetNames, radiusChoices, type FacetName } from '../../shared/search-facets.ts'

export interface SearchState {
  q: string
  filters: Partial<Record<FacetName, string[]>>
  where?: string
  near?: Point
  radius: number
}

export const emptyState = (): SearchState => ({ q: '', filters: {}, radius: DEFAULT_RADIUS })

const readRadius = (text: string | null): number => {
  const n = Number(text)
  return (radiusChoices as readonly number[]).includes(n) ? n : DEFAULT_RADIUS
}

/** The state an address holds (unknown parameters and malformed places are ignored). */
export const readSearchState = (search: string, hash: string): SearchState => {
  const query = new URLSearchParams(search)
  const place = new URLSearchParams(hash.replace(/^#/, ''))
  const filters: SearchState['filters'] = {}
  for (const name of facetNames) {
    const values = [
      ...new Set(
        query
          .getAll(name)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ]
    if (values.length > 0) filters[name] = values
  }
  // Sessions were once results of their own; a link from then finds the services they belong to.
  if (filters.type?.includes('Session'))
    filters.type = [...new Set(filters.type.map((t) => (t === 'Session' ? 'Service' : t)))]
  const state: SearchState = { q: (query.get('q') ?? '').trim(), filters, radius: readRadius(place.get('radius')) }
  const near = place.get('near')?.split(',').map(Number)
  if (near?.length === 2 && near.every(Number.isFinite) && Math.abs(near[0]!) <= 90 && Math.abs(near[1]!) <= 180)
    state.near = { latitude: near[0]!, longitude: near[1]! }
  else {
    const where = place.get('where')?.trim()
    if (where) state.where = where
  }
  return state
}

const round = (n: number) => Math.round(n * 1000) / 1000

/** The address of a state: "?q=...&day=Tuesday" and "#where=...&radius=5" (empty parts left out). */
export const writeSearchState = (state: SearchState): { search: string; hash: string } => {
  const query = new URLSearchParams()
  if (state.q.trim()) query.set('q', state.q.trim())
  for (const name of facetNames) for (const value of state.filters[name] ?? []) query.append(name, value)
  const place = new URLSearchParams()
  if (state.near) place.set('near', `${round(state.near.latitude)},${round(state.near.longitude)}`)
  else if (state.where?.trim()) place.set('where', state.where.trim())
  if (place.size > 0) place.set('radius', String(state.radius))
  const search = query.toString()
  const hash = place.toString()
  return { search: search ? `?${search}` : '', hash: hash ? `#${hash}` : '' }
}

/** Whether two states ask for the same results. */
export const sameSearch = (a: SearchState, b: SearchState): boolean => {
  const x = writeSearchState(a)
  const y = writeSearchState(b)
  return x.search === y.search && x.hash === y.hash
}
