/**
 * The search page's Pagefind client: pagefind.js (written by the build beside the index) loaded on
 * the first search, searches with filters, each result's data, and a small index kept whole for
 * searching offline. The only module that knows Pagefind's browser API.
 */

/** Pagefind's filters: a facet's values to match ({ any: [...] }), or [] to have its values counted. */
export type Filters = Record<string, unknown>

/** What the build put in a result's record (site/build/search-records.ts): its address and metadata. */
export interface ResultData {
  url: string
  meta: Record<string, string | undefined>
}

export interface PagefindResult {
  id: string
  data(): Promise<ResultData>
}

export interface PagefindResponse {
  results: PagefindResult[]
  /** For every filter named in the search, the number of results with each of its values. */
  filters: Record<string, Record<string, number>>
}

/** The search index as the page uses it: one search, the words (or null for all) within the filters. */
export interface SearchIndex {
  search(term: string | null, filters: Filters): Promise<PagefindResponse>
}

// The parts of Pagefind's browser API used here.
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>
  init(): Promise<void>
  // Null only for a preload or a debounced search, neither of which is used here.
  search(term: string | null, options?: { filters?: Filters }): Promise<PagefindResponse | null>
}

let loading: Promise<SearchIndex> | undefined

/** Pagefind, loaded once (on the first search that needs it). */
export const openIndex = (): Promise<SearchIndex> =>
  (loading ??= (async () => {
    const url = '/pagefind/pagefind.js'
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi
    // A long page is penalised less than by default: a service's page has its whole description.
    await api.options({ baseUrl: '/', ranking: { pageLength: 0.1 } })
    await api.init()
    return { search: async (term, filters) => (await api.search(term, { filters }))! }
  })())

let offline: Promise<boolean> | undefined

/**
 * After the first search, a small index (OFFLINE_INDEX_LIMIT_BYTES, as the demo's) is fetched
 * whole, so searching goes on without a connection; its files are named by content and cached for
 * a year. The build lists no files for a bigger index, and nothing is fetched when the browser
 * asks to save data. True once the files are fetched.
 */
export const keepIndexOffline = (): Promise<boolean> =>
  (offline ??= (async () => {
    const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData
    if (saveData) return false
    const list = (await (await fetch('/pagefind/offline-files.json')).json()) as { bytes: number; files: string[] }
    if (list.files.length === 0) return false
    const queue = [...list.files]
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let file = queue.shift(); file; file = queue.shift()) await fetch(file).then((r) => r.arrayBuffer())
      }),
    )
    return true
  })().catch(() => false))
