/**
 * The search page's controls and its state (state.ts): the words, the place, the distance and the
 * filters ticked read into a state, and set from one; and which filters are open.
 */
import { facetNames, type FacetName } from '../../shared/search-facets.ts'
import type { SearchPage } from './page.ts'
import { showChosenCounts } from './render.ts'
import { emptyState, type SearchState } from './state.ts'

/**
 * The state the controls ask for. The parent's location (`current.near`) is kept while "Near" is
 * empty; a postcode typed there replaces it.
 */
export const readControls = (page: SearchPage, current: SearchState): SearchState => {
  const where = page.whereInput.value.trim()
  const state: SearchState = { ...emptyState(), q: page.input.value.trim(), radius: Number(page.radius.value) }
  for (const name of facetNames) {
    const values = [...page.filtersForm.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map(
      (i) => i.value,
    )
    if (values.length > 0) state.filters[name] = values
  }
  if (current.near && !where) state.near = current.near
  else if (where) state.where = where
  return state
}

/** Set the controls to show a state. */
export const showControls = (page: SearchPage, state: SearchState): void => {
  page.input.value = state.q
  page.whereInput.value = state.near ? '' : (state.where ?? '')
  page.whereInput.placeholder = state.near ? 'Your location' : ''
  page.radius.value = String(state.radius)
  for (const box of page.filtersForm.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
    box.checked = (state.filters[box.name as FacetName] ?? []).includes(box.value)
  showChosenCounts(page)
}

/** Untick every filter. */
export const clearFilters = (page: SearchPage): void => {
  for (const box of page.filtersForm.querySelectorAll<HTMLInputElement>('input:checked')) box.checked = false
  showChosenCounts(page)
}

/** The filters open on the page: their values are counted. */
export const openFacets = (page: SearchPage): Set<FacetName> =>
  new Set(
    [...page.filtersForm.querySelectorAll<HTMLDetailsElement>('details[data-facet][open]')].map(
      (d) => d.dataset.facet as FacetName,
    ),
  )

/** Each filter's section, for what happens when one is opened. */
export const facetSections = (page: SearchPage): HTMLDetailsElement[] => [
  ...page.filtersForm.querySelectorAll<HTMLDetailsElement>('details[data-facet]'),
]
