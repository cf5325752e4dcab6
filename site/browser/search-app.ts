/**
 * The search page in the browser: Pagefind's index (site/build/search-records.ts) searched as the
 * parent types and filters, counts beside every filter value, the state in the address
 * (search-state.ts), and results nearest first when a place is given. Where the parent is never
 * leaves the browser: a postcode is looked up in the static /postcodes/<outcode>.json files, and
 * distances are worked out here from /places/<area>.json.
 */
import { boxesWithin, formatMiles, milesBetween, placesWithin, type Point } from '../../core/places/distance.ts'
import { fetchShard, findPostcode } from '../shared/postcode-lookup.ts'
import { ANYWHERE_FILTER, decodeSessionLines, facetNames, placeFilter, sessionsToShow, WHEN_FILTER, whensOf, type FacetName, type SearchConfig, type SessionLine } from '../shared/search-facets.ts'
import { interpretQuery, type Interpretation } from '../shared/search-query.ts'
import { emptyState, readSearchState, sameSearch, writeSearchState, type SearchState } from './search-state.ts'

// The parts of Pagefind's browser API used here (pagefind.js is written by the build).
type Filters = Record<string, unknown>
interface PagefindResult {
  id: string
  data(): Promise<{ url: string; meta: Record<string, string | undefined> }>
}
interface PagefindResponse {
  results: PagefindResult[]
  filters: Record<string, Record<string, number>>
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>
  init(): Promise<void>
  search(term: string | null, options?: { filters?: Filters }): Promise<PagefindResponse | null>
}

const PAGE_SIZE = 10
/** Sessions listed under a service in results; the rest are on its page. */
const SESSIONS_SHOWN = 3
const TYPING_PAUSE_MS = 250

interface Found {
  result: PagefindResult
  miles?: number
}

/** Results in the order they are shown, fetched a page at a time. */
interface ResultStream {
  total: number
  next(count: number): Promise<Found[]>
}

const listStream = (results: PagefindResult[]): ResultStream => {
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

export const startSearchApp = (doc: Document): void => {
  const app = doc.querySelector<HTMLElement>('#search-app')
  const configElement = doc.querySelector('#search-config')
  if (!app || !configElement) return
  const config = JSON.parse(configElement.textContent ?? '{}') as SearchConfig
  const $ = <T extends HTMLElement>(selector: string) => doc.querySelector<T>(selector)!
  const form = $<HTMLFormElement>('#search-form')
  const input = $<HTMLInputElement>('#search-input')
  const whereInput = $<HTMLInputElement>('#search-where')
  const whereError = $<HTMLElement>('#search-where-error')
  const whereGroup = $<HTMLElement>('#search-where-group')
  const radius = $<HTMLSelectElement>('#search-radius')
  const filtersForm = $<HTMLFormElement>('#search-filters')
  const status = $<HTMLElement>('#search-status')
  const understood = $<HTMLElement>('#search-understood')
  const list = $<HTMLOListElement>('#search-results')
  const more = $<HTMLButtonElement>('#search-more')
  const anywhere = $<HTMLElement>('#search-anywhere')
  const clear = $<HTMLButtonElement>('#search-clear')

  app.hidden = false
  doc.querySelector<HTMLElement>('#search-fallback')?.setAttribute('hidden', '')

  let pagefind: Promise<Pagefind> | undefined
  const loadPagefind = (): Promise<Pagefind> =>
    (pagefind ??= (async () => {
      const url = '/pagefind/pagefind.js'
      const api = (await import(/* @vite-ignore */ url)) as Pagefind
      // A long page is penalised less than by default: a service's page has its whole description.
      await api.options({ baseUrl: '/', ranking: { pageLength: 0.1 } })
      await api.init()
      return api
    })())

  const placeLists = new Map<string, Promise<string[]>>()
  const placesOf = (area: string) => {
    let list = placeLists.get(area)
    if (!list) {
      list = fetch(`/places/${encodeURIComponent(area)}.json`).then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
      placeLists.set(area, list)
    }
    return list
  }

  // Controls ⇄ state.
  const readControls = (): SearchState => {
    const state: SearchState = { ...emptyState(), q: input.value.trim(), radius: Number(radius.value) }
    for (const name of facetNames) {
      const values = [...filtersForm.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value)
      if (values.length > 0) state.filters[name] = values
    }
    if (current.near && !whereInput.value.trim()) state.near = current.near
    else if (whereInput.value.trim()) state.where = whereInput.value.trim()
    return state
  }
  const showControls = (state: SearchState) => {
    input.value = state.q
    whereInput.value = state.near ? '' : (state.where ?? '')
    whereInput.placeholder = state.near ? 'Your location' : ''
    radius.value = String(state.radius)
    for (const box of filtersForm.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
      box.checked = (state.filters[box.name as FacetName] ?? []).includes(box.value)
    showSelectedCounts()
  }
  const showSelectedCounts = () => {
    for (const details of filtersForm.querySelectorAll<HTMLDetailsElement>('details[data-facet]')) {
      const chosen = details.querySelectorAll('input:checked').length
      const note = details.querySelector<HTMLElement>('[data-chosen]')
      if (note) note.textContent = chosen ? ` (${chosen} chosen)` : ''
    }
  }

  let current: SearchState = readSearchState(location.search, location.hash)
  const commit = (state: SearchState, mode: 'push' | 'replace') => {
    const { search, hash } = writeSearchState(state)
    const url = `${location.pathname}${search}${hash}`
    if (url !== `${location.pathname}${location.search}${location.hash}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url)
  }

  // One search at a time: a newer one makes older ones stop drawing.
  let generation = 0
  let running = false
  let stream: ResultStream | undefined

  /** What narrows the search: the filters ticked, and days, times of day and "free" typed in the words when the filter itself is not set. */
  const chosenOf = (state: SearchState, meaning: Interpretation): Partial<Record<FacetName, string[]>> => {
    const chosen: Partial<Record<FacetName, string[]>> = { ...state.filters }
    if (!chosen.day?.length && meaning.days.length) chosen.day = meaning.days
    if (!chosen.time?.length && meaning.times.length) chosen.time = meaning.times
    if (!chosen.cost?.length && meaning.free) chosen.cost = ['Free']
    return chosen
  }
  const filtersFor = (state: SearchState, meaning: Interpretation, without?: FacetName): Filters => {
    const chosen = chosenOf(state, meaning)
    if (without) delete chosen[without]
    // A day and a time of day chosen together ask for a session then: the pairs' filter.
    const paired = !!chosen.day?.length && !!chosen.time?.length
    // An open filter that narrows nothing is named with no values: that loads its part of the
    // index, so Pagefind counts its values. Closed ones are left out until opened: their parts
    // of the index are not fetched (at 5,000 services they are 500 KB of a first search).
    const open = openFacets()
    const filters: Filters = {}
    for (const name of facetNames) {
      if (chosen[name]?.length && !(paired && (name === 'day' || name === 'time'))) filters[name] = { any: chosen[name] }
      else if (open.has(name) || name === without || (paired && (name === 'day' || name === 'time'))) filters[name] = []
    }
    if (paired) filters[WHEN_FILTER] = { any: whensOf(chosen.day!, chosen.time!) }
    return filters
  }
  /**
   * What each value of a filter would give with the other filters kept. A day with a time of day
   * chosen (or a time with a day) is counted through the pairs' filter, a search for each value,
   * so the count is of services with a session on that day at that time.
   */
  const countFacet = async (api: Pagefind, counted: string | null, state: SearchState, meaning: Interpretation, where: Filters, name: FacetName): Promise<Record<string, number>> => {
    const others = filtersFor(state, meaning, name)
    const chosen = chosenOf(state, meaning)
    const partner = name === 'day' ? chosen.time : name === 'time' ? chosen.day : undefined
    if (!partner?.length) return (await api.search(counted, { filters: { ...others, ...where } }))?.filters[name] ?? {}
    const counts: Record<string, number> = {}
    for (const value of config.facets.find((f) => f.name === name)?.values ?? []) {
      const whens = name === 'day' ? whensOf([value], partner) : whensOf(partner, [value])
      counts[value] = (await api.search(counted, { filters: { ...others, [WHEN_FILTER]: { any: whens }, ...where } }))?.results.length ?? 0
    }
    return counts
  }
  const openFacets = () => new Set([...filtersForm.querySelectorAll<HTMLDetailsElement>('details[data-facet][open]')].map((d) => d.dataset.facet as FacetName))

  const setBusy = (busy: boolean) => {
    if (!busy) running = false
    list.setAttribute('aria-busy', String(busy))
    list.dataset.searchState = busy ? 'searching' : 'done'
  }

  const locate = async (state: SearchState, meaning: Interpretation): Promise<{ point?: Point; label?: string; error?: string }> => {
    if (state.near) return { point: state.near, label: 'your location' }
    const where = state.where ?? meaning.where
    if (!where) return {}
    const found = await findPostcode(where, fetchShard)
    return found.found ? { point: found.point, label: found.label } : { error: found.message }
  }

  const run = (state: SearchState) =>
    runSearch(state).catch(() => {
      status.textContent = 'Search could not finish. Check your connection and try again.'
      setBusy(false)
    })

  const runSearch = async (state: SearchState) => {
    const mine = ++generation
    running = true
    setBusy(true)
    const meaning = interpretQuery(state.q, config.terms)
    const hasFilters = facetNames.some((n) => state.filters[n]?.length) || meaning.days.length > 0 || meaning.times.length > 0 || meaning.free
    const place = await locate(state, meaning).catch(() => ({ error: 'We could not look up that postcode just now. Check your connection and try again.' }) as { error: string; point?: undefined; label?: undefined })
    if (mine !== generation) return
    showWhereError(place.error)
    describeMeaning(meaning, state)
    const term = meaning.term || (!hasFilters && !place.point && state.q ? state.q : '')
    if (!term && !hasFilters && !place.point) {
      list.replaceChildren()
      anywhere.hidden = true
      more.hidden = true
      status.textContent = meaning.nearMe ? 'Enter your postcode or use your location to see what is near you.' : 'Type what you are looking for, or choose a filter.'
      setBusy(false)
      showCounts({}, state)
      return
    }
    setBusy(true)
    const api = await loadPagefind()
    if (mine !== generation) return
    let used = term
    let response = await search(api, term, state, meaning, place.point, meaning.exact)
    // One of parents' terms on its own ("stay and play") is found as a phrase; if nothing has it, as words.
    if (meaning.exact && response.stream.total === 0) response = await search(api, term, state, meaning, place.point)
    // Nothing for every word: try the words parents' terms stood for, then each word alone.
    let fallbackNote = ''
    if (response.stream.total === 0 && term.includes(' ')) {
      const tries = [meaning.phrases.join(' '), ...term.split(' ').filter((w) => w.length > 2).sort((a, b) => b.length - a.length)]
      for (const attempt of tries.filter((t) => t && t !== term)) {
        const again = await search(api, attempt, state, meaning, place.point)
        if (again.stream.total > 0) {
          response = again
          used = attempt
          fallbackNote = `Nothing matched all your words, so these are results for “${attempt}”.`
          break
        }
      }
    }
    if (mine !== generation) return
    stream = response.stream
    asked = { chosen: chosenOf(state, meaning), point: place.point, radius: state.radius }
    list.replaceChildren()
    await showMore(mine)
    if (mine !== generation) return
    await showAnywhere(api, used, state, meaning, place.point !== undefined, mine)
    showCounts(response.counts, state)
    const n = response.stream.total
    const where = place.point ? ` within ${state.radius} ${state.radius === 1 ? 'mile' : 'miles'} of ${place.label}` : ''
    status.textContent = [
      place.error ? `${place.error} These results are not in order of distance.` : '',
      fallbackNote,
      `${n === 0 ? 'No' : n} ${n === 1 ? 'result' : 'results'}${used ? ` for “${used === term ? meaning.words : used}”` : ''}${where}.`,
      n === 0 && place.point && state.radius < 20 ? 'Try a bigger distance.' : '',
    ]
      .filter(Boolean)
      .join(' ')
    setBusy(false)
    void countOpenFacets()
    void keepForOffline()
  }

  /**
   * After the first search, a small index (OFFLINE_INDEX_LIMIT_BYTES, as the demo's) is fetched
   * whole, so searching goes on without a connection; its files are named by content and cached for
   * a year. The build lists no files for a bigger index.
   */
  let offline: Promise<void> | undefined
  const keepForOffline = () =>
    (offline ??= (async () => {
      const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData
      if (saveData) return
      const list = (await (await fetch('/pagefind/offline-files.json')).json()) as { bytes: number; files: string[] }
      if (list.files.length === 0) return
      const queue = [...list.files]
      await Promise.all(Array.from({ length: 4 }, async () => {
        for (let file = queue.shift(); file; file = queue.shift()) await fetch(file).then((r) => r.arrayBuffer())
      }))
      app.dataset.offlineReady = 'true'
    })().catch(() => undefined))

  /** One search: results (nearest first when there is a place), and the counts for every filter. */
  /**
   * One search: results (nearest first when there is a place) and the counts for every filter.
   * `exact` (one of parents' terms, "stay and play") limits the results to pages with the phrase,
   * while the order stays that of the words (Pagefind ranks phrase matches less well).
   */
  const search = async (api: Pagefind, term: string, state: SearchState, meaning: Interpretation, point?: Point, exact?: string) => {
    const query = term || null
    const counted = exact ? `"${exact}"` : query
    const filters = filtersFor(state, meaning)
    let where: Filters = {}
    let ordered: { area: string; at: string; miles: number }[] = []
    if (point) {
      const areas = boxesWithin(config.areas, point, state.radius)
      const near = await Promise.all(areas.map(async (area) => placesWithin(await placesOf(area), point, state.radius).map((p) => ({ ...p, area }))))
      ordered = near.flat().sort((a, b) => a.miles - b.miles)
      const byArea = areas
        .map((area) => ({ area, at: ordered.filter((p) => p.area === area).map((p) => p.at) }))
        .filter((a) => a.at.length > 0)
        .map((a) => ({ [placeFilter(a.area)]: { any: a.at } }))
      if (byArea.length === 0) return { stream: listStream([]), counts: {} }
      where = { any: byArea }
    }
    const main = (await api.search(counted, { filters: { ...filters, ...where } }))!
    const allowed = exact ? new Set(main.results.map((r) => r.id)) : undefined
    const keep = (results: PagefindResult[]) => (allowed ? results.filter((r) => allowed.has(r.id)) : results)
    // Counts: for a filter with values chosen, what each value would give with the others kept.
    const counts: Record<string, Record<string, number>> = { ...main.filters }
    lastSearch = { api, counted, state, meaning, where, facets: new Set(facetNames.filter((n) => filters[n] !== undefined)) }
    const chosen = chosenOf(state, meaning)
    for (const name of facetNames) if (chosen[name]?.length) counts[name] = await countFacet(api, counted, state, meaning, where, name)
    if (!point) {
      if (exact) return { stream: listStream(main.results.length > 0 ? keep((await api.search(query, { filters }))!.results) : []), counts }
      // Several words: the pages with them as a phrase first ("baby massage" before a page with "baby" and "massage" apart).
      if (query?.includes(' ') && main.results.length > 1) {
        const phrase = new Set((await api.search(`"${query}"`, { filters }))!.results.map((r) => r.id))
        return { stream: listStream([...main.results.filter((r) => phrase.has(r.id)), ...main.results.filter((r) => !phrase.has(r.id))]), counts }
      }
      return { stream: listStream(main.results), counts }
    }
    // Nearest first: the places with results, in order of distance, searched one at a time as the parent reads on.
    const perPlace = (area: string) => main.filters[placeFilter(area)]
    const places = ordered.filter((p) => perPlace(p.area) === undefined || (perPlace(p.area)![p.at] ?? 0) > 0)
    const seen = new Set<string>()
    let queue: Found[] = []
    let next = 0
    const stream: ResultStream = {
      total: main.results.length,
      next: async (count) => {
        while (queue.length < count && next < places.length) {
          const p = places[next++]!
          const here = (await api.search(query, { filters: { ...filters, [placeFilter(p.area)]: p.at } }))!
          for (const result of keep(here.results))
            if (!seen.has(result.id)) {
              seen.add(result.id)
              queue.push({ result, miles: p.miles })
            }
        }
        const page = queue.slice(0, count)
        queue = queue.slice(count)
        return page
      },
    }
    return { stream, counts }
  }

  /** What the results on show were asked for: the sessions listed under a service are those that match it. */
  let asked: { chosen: Partial<Record<FacetName, string[]>>; point?: Point; radius: number } = { chosen: {}, radius: 0 }

  const renderSessions = (sessions: readonly SessionLine[], serviceUrl: string): HTMLElement[] => {
    const { chosen, point, radius } = asked
    const distance = point
      ? (at: string) => {
          const [latitude, longitude] = at.split(',').map(Number) as [number, number]
          const miles = milesBetween(point, { latitude, longitude })
          return miles <= radius ? miles : undefined
        }
      : undefined
    const shown = sessionsToShow(sessions, { days: chosen.day, times: chosen.time, hubs: chosen.hub, areas: chosen.area }, distance)
    if (shown.length === 0) return []
    const items = shown.slice(0, SESSIONS_SHOWN).map(({ session, miles }) => {
      const item = doc.createElement('li')
      const link = Object.assign(doc.createElement('a'), { className: 'govuk-link', href: session.url, textContent: session.title ? `${session.title}: ${session.pattern}` : session.pattern })
      item.append(link, `, ${session.where}`)
      if (miles !== undefined) item.append(' ', Object.assign(doc.createElement('span'), { className: 'fh-result__distance', textContent: formatMiles(miles) }))
      return item
    })
    const list = Object.assign(doc.createElement('ul'), { className: 'govuk-list govuk-body-s fh-result__sessions' })
    list.append(...items)
    const parts: HTMLElement[] = [list]
    if (shown.length > SESSIONS_SHOWN) {
      const rest = shown.length - SESSIONS_SHOWN
      const more = Object.assign(doc.createElement('p'), { className: 'govuk-body-s' })
      more.append(Object.assign(doc.createElement('a'), { className: 'govuk-link', href: `${serviceUrl}#where-and-when`, textContent: `${rest} more ${rest === 1 ? 'session' : 'sessions'}` }), ' on its page.')
      parts.push(more)
    }
    return parts
  }

  const renderResult = async (found: Found): Promise<HTMLLIElement> => {
    const data = await found.result.data()
    const item = doc.createElement('li')
    item.className = 'fh-result'
    const heading = doc.createElement('h3')
    heading.className = 'govuk-heading-s govuk-!-margin-bottom-1'
    const link = Object.assign(doc.createElement('a'), { className: 'govuk-link', href: data.url, textContent: data.meta.title ?? data.url })
    heading.append(link)
    const facts = doc.createElement('p')
    facts.className = 'govuk-body-s govuk-!-margin-bottom-1'
    const kind = Object.assign(doc.createElement('strong'), { className: 'govuk-tag govuk-tag--grey fh-result__kind', textContent: data.meta.kind ?? '' })
    facts.append(kind)
    if (data.meta.facts) facts.append(' ', data.meta.facts)
    if (found.miles !== undefined) facts.append(' ', Object.assign(doc.createElement('span'), { className: 'fh-result__distance', textContent: formatMiles(found.miles) }))
    const line = Object.assign(doc.createElement('p'), { className: 'govuk-body-s', textContent: data.meta.line ?? '' })
    item.append(heading, facts, line)
    if (data.meta.sessions) item.append(...renderSessions(decodeSessionLines(data.meta.sessions, data.url), data.url))
    return item
  }

  const showMore = async (mine: number) => {
    if (!stream) return
    const page = await stream.next(PAGE_SIZE)
    const items = await Promise.all(page.map(renderResult))
    if (mine !== generation) return
    list.append(...items)
    more.hidden = list.children.length >= stream.total || page.length === 0
  }

  const showAnywhere = async (api: Pagefind, term: string, state: SearchState, meaning: Interpretation, located: boolean, mine: number) => {
    anywhere.hidden = true
    if (!located) return
    const response = (await api.search(term || null, { filters: { ...filtersFor(state, meaning), [ANYWHERE_FILTER]: 'Yes' } }))!
    if (mine !== generation || response.results.length === 0) return
    const items = await Promise.all(response.results.slice(0, 5).map((result) => renderResult({ result })))
    if (mine !== generation) return
    anywhere.querySelector('ol')!.replaceChildren(...items)
    const count = anywhere.querySelector<HTMLElement>('[data-anywhere-count]')
    if (count) count.textContent = String(response.results.length)
    const all = anywhere.querySelector<HTMLAnchorElement>('[data-anywhere-all]')
    if (all) {
      all.hidden = response.results.length <= 5
      all.href = `${location.pathname}${writeSearchState({ ...state, where: undefined, near: undefined }).search}`
    }
    anywhere.hidden = false
  }

  /** What the last search was, so a filter opened afterwards can be counted for it. */
  let lastSearch: { api: Pagefind; counted: string | null; state: SearchState; meaning: Interpretation; where: Filters; facets: Set<FacetName> } | undefined
  /** Count the values of open filters the last search did not count (opened since, or during it). */
  const countOpenFacets = async () => {
    const last = lastSearch
    if (!last) return
    for (const name of openFacets()) {
      if (last.facets.has(name)) continue
      last.facets.add(name)
      const counts = await countFacet(last.api, last.counted, last.state, last.meaning, last.where, name)
      if (last === lastSearch) showCounts({ [name]: counts }, last.state, name)
    }
  }
  for (const details of filtersForm.querySelectorAll<HTMLDetailsElement>('details[data-facet]'))
    details.addEventListener('toggle', () => {
      if (details.open && list.dataset.searchState === 'done') void countOpenFacets()
    })

  const showCounts = (counts: Record<string, Record<string, number>>, state: SearchState, only?: FacetName) => {
    for (const box of filtersForm.querySelectorAll<HTMLInputElement>(only ? `input[name="${only}"]` : 'input[type="checkbox"]')) {
      const count = box.parentElement?.querySelector<HTMLElement>('[data-count]')
      if (!count) continue
      const n = counts[box.name]?.[box.value]
      count.textContent = n === undefined ? '' : ` (${n})`
      box.parentElement!.classList.toggle('fh-filter--empty', n === 0 && !(state.filters[box.name as FacetName] ?? []).includes(box.value))
    }
  }

  const showWhereError = (message?: string) => {
    whereError.hidden = !message
    whereError.querySelector('[data-message]')!.textContent = message ?? ''
    whereGroup.classList.toggle('govuk-form-group--error', !!message)
    whereInput.classList.toggle('govuk-input--error', !!message)
    if (message) whereInput.setAttribute('aria-describedby', 'search-where-error')
    else whereInput.removeAttribute('aria-describedby')
  }

  const describeMeaning = (meaning: Interpretation, state: SearchState) => {
    const parts: string[] = []
    if (meaning.replaced.length) parts.push(`Searching for ${meaning.replaced.map((r) => `“${r.to}” (you typed “${r.from}”)`).join(', ')}`)
    if (!state.filters.day?.length && meaning.days.length) parts.push(`on ${meaning.days.join(' or ')}`)
    if (!state.filters.time?.length && meaning.times.length) parts.push(`in the ${meaning.times.map((t) => t.toLowerCase()).join(' or ')}`)
    if (!state.filters.cost?.length && meaning.free) parts.push('free')
    if (!state.where && !state.near && meaning.where) parts.push(`near ${meaning.where}`)
    understood.textContent = parts.length ? `${parts.join(', ')}.` : ''
    understood.hidden = parts.length === 0
  }

  // Events.
  let typing: ReturnType<typeof setTimeout> | undefined
  let typedSinceCommit = false
  const go = (mode: 'push' | 'replace') => {
    const next = readControls()
    if (sameSearch(next, current) && mode === 'replace') {
      if (!running) setBusy(false) // typed nothing that changes the search
      return
    }
    current = next
    commit(current, mode)
    void run(current)
  }
  input.addEventListener('input', () => {
    clearTimeout(typing)
    setBusy(true) // results are about to change
    typing = setTimeout(() => {
      // The first change after a committed search adds a history entry; further typing updates it.
      go(typedSinceCommit ? 'replace' : 'push')
      typedSinceCommit = true
    }, TYPING_PAUSE_MS)
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    clearTimeout(typing)
    typedSinceCommit = false
    if (whereInput.value.trim()) current = { ...current, near: undefined }
    go('push')
  })
  filtersForm.addEventListener('change', () => {
    typedSinceCommit = false
    showSelectedCounts()
    go('push')
  })
  filtersForm.addEventListener('submit', (event) => event.preventDefault())
  radius.addEventListener('change', () => {
    typedSinceCommit = false
    go('push')
  })
  whereInput.addEventListener('change', () => {
    typedSinceCommit = false
    current = { ...current, near: undefined }
    go('push')
  })
  clear.addEventListener('click', () => {
    for (const box of filtersForm.querySelectorAll<HTMLInputElement>('input:checked')) box.checked = false
    showSelectedCounts()
    typedSinceCommit = false
    go('push')
  })
  more.addEventListener('click', () => {
    const first = list.children.length
    void showMore(generation).then(() => {
      // Keyboard and screen reader users carry on from the first new result.
      list.children[first]?.querySelector('a')?.focus()
    })
  })
  const locateButton = doc.querySelector<HTMLButtonElement>('#search-locate')
  if (locateButton && 'geolocation' in navigator) {
    locateButton.hidden = false
    locateButton.addEventListener('click', () => {
      locateButton.disabled = true
      locateButton.textContent = 'Finding you…'
      navigator.geolocation.getCurrentPosition(
        (position) => {
          locateButton.disabled = false
          locateButton.textContent = 'Use my location'
          whereInput.value = ''
          current = { ...readControls(), where: undefined, near: { latitude: position.coords.latitude, longitude: position.coords.longitude } }
          typedSinceCommit = false
          commit(current, 'push')
          showControls(current)
          void run(current)
        },
        () => {
          locateButton.disabled = false
          locateButton.textContent = 'Use my location'
          showWhereError('We could not get your location. Enter a postcode instead.')
        },
        { enableHighAccuracy: false, timeout: 10_000, maximumAge: 600_000 },
      )
    })
  }
  window.addEventListener('popstate', () => {
    current = readSearchState(location.search, location.hash)
    typedSinceCommit = false
    showControls(current)
    void run(current)
  })
  window.addEventListener('hashchange', () => {
    const next = readSearchState(location.search, location.hash)
    if (sameSearch(next, current)) return
    current = next
    showControls(current)
    void run(current)
  })

  showControls(current)
  void run(current)
}
