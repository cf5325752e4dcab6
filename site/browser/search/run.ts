/**
 * A search from a state to the page: where it is from, what to ask (query.ts), the results and
 * counts from the index (results.ts), and all of it drawn (render.ts). Everything a search
 * changes is in the session it is given; a newer search makes older ones stop drawing.
 */
import type { SearchConfig } from '../../shared/search-facets.ts'
import { interpretQuery } from '../../shared/search-query.ts'
import { openFacets } from './controls.ts'
import { promptText, SEARCH_FAILED, statusText, understoodText } from './messages.ts'
import type { SearchPage } from './page.ts'
import { keepIndexOffline, openIndex, type SearchIndex } from './pagefind.ts'
import { anywhereFilters, chosenFilters, searchTerm } from './query.ts'
import {
  clearResults,
  resultItem,
  showAnywhere,
  showBusy,
  showCounts,
  showStatus,
  showUnderstood,
  showWhereError,
} from './render.ts'
import { countFacet, searchWithFallbacks, type Counting, type Found, type ResultStream } from './results.ts'
import type { Asked } from './result-sessions.ts'
import { writeSearchState, type SearchState } from './state.ts'
import { locate, placesNear } from './where.ts'

/** Results shown at first and added by "Show more results". */
const PAGE_SIZE = 10
/** Results shown under "Advice and services you can use from anywhere". */
const ANYWHERE_SHOWN = 5

/** The results on show: "Show more results" goes on with them, and a filter opened later is counted for them. */
export interface Shown {
  index: SearchIndex
  stream: ResultStream
  asked: Asked
  state: SearchState
  counting?: Counting
}

/** The search page as it is: what it shows and what it is doing. */
export interface SearchSession {
  page: SearchPage
  config: SearchConfig
  /** The state asked for last (and in the address). */
  current: SearchState
  /** Counts searches: a search draws only while it is the newest. */
  generation: number
  /** Whether a search is under way (typing marks the results busy before one starts). */
  running: boolean
  shown?: Shown
}

/** Mark the results busy or done; done also ends the search under way. */
export const setBusy = (session: SearchSession, busy: boolean): void => {
  if (!busy) session.running = false
  showBusy(session.page, busy)
}

const item = async (doc: Document, asked: Asked, found: Found): Promise<HTMLLIElement> =>
  resultItem(doc, await found.result.data(), found.miles, asked)

/** The next page of the results on show, added to the list (unless a newer search has begun, `mine` being the search's generation). */
export const showMore = async (session: SearchSession, shown: Shown, mine: number): Promise<void> => {
  const { doc, list, more } = session.page
  const page = await shown.stream.next(PAGE_SIZE)
  const items = await Promise.all(page.map((found) => item(doc, shown.asked, found)))
  if (mine !== session.generation) return
  list.append(...items)
  more.hidden = list.children.length >= shown.stream.total || page.length === 0
}

/** Count the values of open filters the search on show did not count (opened since, or during it). */
export const countOpenFacets = async (session: SearchSession): Promise<void> => {
  const shown = session.shown
  const counting = shown?.counting
  if (!shown || !counting) return
  for (const name of openFacets(session.page)) {
    if (counting.done.has(name)) continue
    counting.done.add(name)
    const counts = await countFacet(shown.index, counting, name)
    if (shown === session.shown) showCounts(session.page, { [name]: counts }, shown.state, name)
  }
}

/** Run the search a state asks for and show it; a failure says so. */
export const runSearch = (session: SearchSession, state: SearchState): Promise<void> =>
  search(session, state).catch(() => {
    showStatus(session.page, SEARCH_FAILED)
    setBusy(session, false)
  })

const search = async (session: SearchSession, state: SearchState): Promise<void> => {
  const { page, config } = session
  const mine = ++session.generation
  session.running = true
  setBusy(session, true)
  const meaning = interpretQuery(state.q, config.terms)
  const place = await locate(state, meaning)
  if (mine !== session.generation) return
  showWhereError(page, place.error)
  showUnderstood(page, understoodText(meaning, state))
  const point = place.point
  const term = searchTerm(state, meaning, !!point)
  if (term === undefined) {
    session.shown = undefined
    clearResults(page)
    showStatus(page, promptText(meaning.nearMe))
    setBusy(session, false)
    showCounts(page, {}, state)
    return
  }
  setBusy(session, true)
  const index = await openIndex()
  if (mine !== session.generation) return
  const chosen = chosenFilters(state, meaning)
  const open = openFacets(page)
  const near = point && (await placesNear(config.areas, point, state.radius))
  const { outcome, used } = await searchWithFallbacks(
    index,
    { term, exact: meaning.exact, chosen, open, facets: config.facets, near },
    meaning,
  )
  if (mine !== session.generation) return
  const shown: Shown = {
    index,
    stream: outcome.stream,
    asked: { chosen, point, radius: state.radius },
    state,
    counting: outcome.counting,
  }
  session.shown = shown
  page.list.replaceChildren()
  await showMore(session, shown, mine)
  if (mine !== session.generation) return
  page.anywhere.hidden = true
  if (point) {
    // Things not tied to a place are never near it: the first few of them, after the results.
    const anywhere = await index.search(used || null, anywhereFilters(chosen, open))
    if (mine !== session.generation) return
    if (anywhere.results.length > 0) {
      const items = await Promise.all(
        anywhere.results.slice(0, ANYWHERE_SHOWN).map((result) => item(page.doc, shown.asked, { result })),
      )
      if (mine !== session.generation) return
      showAnywhere(
        page,
        items,
        anywhere.results.length,
        `${location.pathname}${writeSearchState({ ...state, where: undefined, near: undefined }).search}`,
      )
    }
  }
  showCounts(page, outcome.counts, state)
  showStatus(
    page,
    statusText({ total: outcome.stream.total, used, term, words: meaning.words, place, radius: state.radius }),
  )
  setBusy(session, false)
  void countOpenFacets(session)
  void keepIndexOffline().then((ready) => {
    if (ready) page.app.dataset.offlineReady = 'true'
  })
}
