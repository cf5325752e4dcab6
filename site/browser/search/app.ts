/**
 * The search page in the browser: Pagefind's index (site/build/search-records.ts) searched as the
 * parent types and filters, counts beside every filter value, the state in the address
 * (state.ts), and results nearest first when a place is given. Where the parent is never leaves
 * the browser (where.ts). This module wires the page's controls, the address and the keyboard to
 * searches (run.ts).
 */
import type { SearchConfig } from '../../shared/search-facets.ts'
import { clearFilters, facetSections, readControls, showControls } from './controls.ts'
import { FINDING_YOU, LOCATION_FAILED, USE_MY_LOCATION } from './messages.ts'
import { findSearchPage } from './page.ts'
import { showChosenCounts, showWhereError } from './render.ts'
import { countOpenFacets, runSearch, setBusy, showMore, type SearchSession } from './run.ts'
import { readSearchState, sameSearch, writeSearchState, type SearchState } from './state.ts'

/** How long typing pauses before the words are searched. */
const TYPING_PAUSE_MS = 250

/** Put a state in the address: a new history entry ('push') or in place of this one ('replace'); nothing when it is already there. */
const commit = (state: SearchState, mode: 'push' | 'replace'): void => {
  const { search, hash } = writeSearchState(state)
  const url = `${location.pathname}${search}${hash}`
  if (url !== `${location.pathname}${location.search}${location.hash}`)
    history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url)
}

export const startSearchApp = (doc: Document): void => {
  const page = findSearchPage(doc)
  if (!page) return
  const config = JSON.parse(doc.querySelector('#search-config')!.textContent ?? '{}') as SearchConfig
  const { form, input, whereInput, radius, filtersForm, list, more, clear, locate } = page
  page.app.hidden = false
  doc.querySelector<HTMLElement>('#search-fallback')?.setAttribute('hidden', '')

  const session: SearchSession = {
    page,
    config,
    current: readSearchState(location.search, location.hash),
    generation: 0,
    running: false,
  }
  const show = (state: SearchState) => {
    session.current = state
    showControls(page, state)
    void runSearch(session, state)
  }

  let typing: ReturnType<typeof setTimeout> | undefined
  /** Whether the words changed since the last search with a history entry of its own. */
  let typedSinceCommit = false
  /** Search for what the controls ask, unless it is what is on show already. */
  const go = (mode: 'push' | 'replace') => {
    const next = readControls(page, session.current)
    if (sameSearch(next, session.current) && mode === 'replace') {
      if (!session.running) setBusy(session, false) // typed nothing that changes the search
      return
    }
    session.current = next
    commit(next, mode)
    void runSearch(session, next)
  }
  /** A control other than the words changed: a search with its own history entry. */
  const changed = () => {
    typedSinceCommit = false
    go('push')
  }

  input.addEventListener('input', () => {
    clearTimeout(typing)
    setBusy(session, true) // results are about to change
    typing = setTimeout(() => {
      // The first change after a committed search adds a history entry; further typing updates it.
      go(typedSinceCommit ? 'replace' : 'push')
      typedSinceCommit = true
    }, TYPING_PAUSE_MS)
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    clearTimeout(typing)
    if (whereInput.value.trim()) session.current = { ...session.current, near: undefined }
    changed()
  })
  filtersForm.addEventListener('change', () => {
    showChosenCounts(page)
    changed()
  })
  filtersForm.addEventListener('submit', (event) => event.preventDefault())
  radius.addEventListener('change', changed)
  whereInput.addEventListener('change', () => {
    session.current = { ...session.current, near: undefined }
    changed()
  })
  clear.addEventListener('click', () => {
    clearFilters(page)
    changed()
  })
  more.addEventListener('click', () => {
    const shown = session.shown
    if (!shown) return
    const first = list.children.length
    void showMore(session, shown, session.generation).then(() => {
      // Keyboard and screen reader users carry on from the first new result.
      list.children[first]?.querySelector('a')?.focus()
    })
  })
  for (const details of facetSections(page))
    details.addEventListener('toggle', () => {
      if (details.open && list.dataset.searchState === 'done') void countOpenFacets(session)
    })
  if (locate && 'geolocation' in navigator) {
    locate.hidden = false
    locate.addEventListener('click', () => {
      locate.disabled = true
      locate.textContent = FINDING_YOU
      navigator.geolocation.getCurrentPosition(
        (position) => {
          locate.disabled = false
          locate.textContent = USE_MY_LOCATION
          whereInput.value = ''
          const state = {
            ...readControls(page, session.current),
            where: undefined,
            near: { latitude: position.coords.latitude, longitude: position.coords.longitude },
          }
          typedSinceCommit = false
          commit(state, 'push')
          show(state)
        },
        () => {
          locate.disabled = false
          locate.textContent = USE_MY_LOCATION
          showWhereError(page, LOCATION_FAILED)
        },
        { enableHighAccuracy: false, timeout: 10_000, maximumAge: 600_000 },
      )
    })
  }
  window.addEventListener('popstate', () => {
    typedSinceCommit = false
    show(readSearchState(location.search, location.hash))
  })
  window.addEventListener('hashchange', () => {
    const next = readSearchState(location.search, location.hash)
    if (!sameSearch(next, session.current)) show(next)
  })

  show(session.current)
}
