/**
 * What a family's first search costs, measured in Chromium against a served build: requests and
 * bytes over the wire (the page's and Pagefind's worker's), time to first results, then a second
 * search typed into the same page. Shared by `npm run bench:search` and `npm run bench`.
 */
import { readdir, stat } from 'node:fs/promises'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { Browser, CDPSession, Page } from 'playwright-core'

/** The search page's contract: results are shown when the list carries this state. */
const DONE_SELECTOR = '#search-results[data-search-state="done"]'
const INPUT_SELECTOR = '#search-input'
const SEARCH_TIMEOUT_MS = 30_000
/** The network counts as finished once nothing has been in flight for this long. */
const QUIET_MS = 500

export interface Query {
  label: string
  /** Path and query (and fragment) of the search page. */
  url: string
  /** Typed into the same page afterwards: the warm search. */
  then: string
}

export const kb = (bytes: number) => Number((bytes / 1024).toFixed(1))
export const seconds = (ms: number) => Number((ms / 1000).toFixed(1))

export const folderSize = async (dir: string): Promise<{ bytes: number; files: number }> => {
  let bytes = 0
  let files = 0
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size
    files++
  }
  return { bytes, files }
}

export const listen = (server: Server): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))
  })

export const closeServer = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })

type NetworkEvent =
  | { method: 'Network.requestWillBeSent'; params: { requestId: string; request: { url: string } } }
  | { method: 'Network.loadingFinished'; params: { requestId: string; encodedDataLength: number } }
  | { method: 'Network.loadingFailed'; params: { requestId: string; errorText: string; canceled?: boolean } }

/**
 * Requests and bytes seen by the DevTools protocol: the page's own, and its workers' (Pagefind
 * searches in a Web Worker, whose requests the page's Network domain does not report). Workers are
 * attached as they start, paused until their Network domain is enabled, so nothing is missed.
 */
class NetworkTally {
  requests = 0
  bytes = 0
  pagefindBytes = 0
  pagefindRequests = 0
  failed: string[] = []
  #urls = new Map<string, string>()
  #inFlight = new Set<string>()
  #lastActivity = performance.now()

  static async attach(cdp: CDPSession): Promise<NetworkTally> {
    const tally = new NetworkTally()
    cdp.on('Network.requestWillBeSent', (params) =>
      tally.#record('page', { method: 'Network.requestWillBeSent', params }),
    )
    cdp.on('Network.loadingFinished', (params) => tally.#record('page', { method: 'Network.loadingFinished', params }))
    cdp.on('Network.loadingFailed', (params) => tally.#record('page', { method: 'Network.loadingFailed', params }))
    // Workers: attached without flattening, so their messages come through this session.
    let id = 0
    cdp.on('Target.attachedToTarget', ({ sessionId, waitingForDebugger }) => {
      const send = (method: string) =>
        cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++id, method, params: {} }) })
      void (async () => {
        await send('Network.enable')
        if (waitingForDebugger) await send('Runtime.runIfWaitingForDebugger')
      })().catch(() => undefined) // the worker may be gone already
    })
    cdp.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
      const event = JSON.parse(message) as { method?: string }
      if (event.method?.startsWith('Network.')) tally.#record(sessionId, event as NetworkEvent)
    })
    await cdp.send('Network.enable')
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false })
    return tally
  }

  #record(source: string, event: NetworkEvent) {
    const key = `${source}:${event.params.requestId}`
    if (event.method === 'Network.requestWillBeSent') {
      if (!/^https?:/.test(event.params.request.url)) return
      if (!this.#urls.has(key)) this.requests++
      this.#urls.set(key, event.params.request.url)
      this.#inFlight.add(key)
    } else {
      const url = this.#urls.get(key)
      if (url === undefined) return
      if (event.method === 'Network.loadingFinished') {
        this.bytes += event.params.encodedDataLength
        if (new URL(url).pathname.startsWith('/pagefind/')) {
          this.pagefindBytes += event.params.encodedDataLength
          this.pagefindRequests++
        }
      } else if (!event.params.canceled) this.failed.push(`${url}: ${event.params.errorText}`)
      this.#inFlight.delete(key)
    }
    this.#lastActivity = performance.now()
  }

  snapshot() {
    return {
      requests: this.requests,
      bytes: this.bytes,
      pagefindBytes: this.pagefindBytes,
      pagefindRequests: this.pagefindRequests,
    }
  }

  /** Resolves once nothing has been in flight for QUIET_MS (or after `limitMs`). */
  async quiet(limitMs = 5_000): Promise<void> {
    const started = performance.now()
    while (performance.now() - started < limitMs) {
      if (this.#inFlight.size === 0 && performance.now() - this.#lastActivity >= QUIET_MS) return
      await new Promise((r) => setTimeout(r, 50))
    }
  }
}

/**
 * Installed before the page's scripts: every time the results list is set to "done", when (page
 * time). Plain JavaScript in a string: a function would be serialised after TypeScript's
 * transform, helpers included, which the page does not have.
 */
const RECORD_DONE_TIMES = `(() => {
  const times = []
  Object.defineProperty(window, '__searchDoneTimes', { value: times })
  const isDone = (node) => node instanceof Element && node.id === 'search-results' && node.getAttribute('data-search-state') === 'done'
  const holdsDone = (node) => isDone(node) || (node instanceof Element && node.querySelector(${JSON.stringify(DONE_SELECTOR)}) !== null)
  new MutationObserver((records) => {
    for (const record of records)
      if (record.type === 'attributes' ? isDone(record.target) : [...record.addedNodes].some(holdsDone)) {
        times.push(performance.now())
        return
      }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-search-state'] })
})()`

/** The first time results were shown after `after` (page time), waiting up to SEARCH_TIMEOUT_MS. */
const waitForResults = async (page: Page, after: number, what: string): Promise<number> => {
  try {
    await page.waitForFunction(
      (t) => ((window as unknown as { __searchDoneTimes?: number[] }).__searchDoneTimes ?? []).some((x) => x > t),
      after,
      { timeout: SEARCH_TIMEOUT_MS, polling: 50 },
    )
  } catch (error) {
    const state = await page
      .evaluate(
        () =>
          document.querySelector('#search-results')?.getAttribute('data-search-state') ??
          '(no #search-results element)',
      )
      .catch(() => '(page unavailable)')
    throw new Error(
      `${what}: no results within ${SEARCH_TIMEOUT_MS / 1000} s. The search page must set data-search-state="done" on #search-results ` +
        `(${DONE_SELECTOR}) once results are shown; it is now "${state}". (${(error as Error).message.split('\n')[0]})`,
      { cause: error },
    )
  }
  return page.evaluate(
    (t) => (window as unknown as { __searchDoneTimes: number[] }).__searchDoneTimes.find((x) => x > t)!,
    after,
  )
}

export interface QueryResult {
  query: string
  url: string
  requests?: number
  bytes?: number
  pagefindBytes?: number
  pagefindRequests?: number
  firstResultsMs?: number
  /** What had arrived when the results were shown (the rest came while the page settled). */
  byFirstResults?: { requests: number; bytes: number; pagefindBytes: number; pagefindRequests: number }
  warm?: { query: string; ms: number; requests: number; bytes: number; pagefindBytes: number }
  failedRequests?: string[]
  error?: string
}

export const measureQuery = async (browser: Browser, baseUrl: string, query: Query): Promise<QueryResult> => {
  const context = await browser.newContext() // a fresh profile: empty cache, no cookies
  const result: QueryResult = { query: query.label, url: query.url }
  try {
    const page = await context.newPage()
    const tally = await NetworkTally.attach(await context.newCDPSession(page))
    await page.addInitScript({ content: RECORD_DONE_TIMES })

    await page.goto(baseUrl + query.url, { waitUntil: 'commit', timeout: SEARCH_TIMEOUT_MS })
    result.firstResultsMs = Math.round(await waitForResults(page, -1, `"${query.label}" (${query.url})`))
    result.byFirstResults = tally.snapshot()
    await tally.quiet()
    Object.assign(result, tally.snapshot())

    // The warm search: another query in the same page, submitted as a parent would.
    const before = tally.snapshot()
    const started = await page.evaluate(() => performance.now())
    await page.fill(INPUT_SELECTOR, query.then, { timeout: SEARCH_TIMEOUT_MS })
    await page.press(INPUT_SELECTOR, 'Enter')
    const done = await waitForResults(page, started, `then "${query.then}" typed into ${INPUT_SELECTOR}`)
    await tally.quiet()
    const after = tally.snapshot()
    result.warm = {
      query: query.then,
      ms: Math.round(done - started),
      requests: after.requests - before.requests,
      bytes: after.bytes - before.bytes,
      pagefindBytes: after.pagefindBytes - before.pagefindBytes,
    }
    if (tally.failed.length > 0) result.failedRequests = tally.failed
  } catch (error) {
    result.error = (error as Error).message
  } finally {
    await context.close()
  }
  return result
}
