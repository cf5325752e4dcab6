/**
 * Bad input everywhere (issue #9, point 4), the live open-data API: thousands of generated and
 * malformed addresses and query strings (every parameter with good, odd and garbage values, in
 * every combination, percent-encoding broken and doubled, huge values, unknown parameters and
 * paths) sent to the static server with the live Open Referral API in front, as a client would.
 * Never a 500: a good request is 200 with JSON that parses (a page for lists), a bad one 400 with
 * each error naming a parameter it was given, an unknown address or id 404, all in JSON.
 * Deterministic (FUZZ_SEED, FUZZ_RUNS); the counts are printed as a table at the end.
 */
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openReferralDataset } from '../../core/open-referral/index.ts'
import { parseSnapshot } from '../../core/records/snapshot.ts'
import { writeOpenReferralExport } from '../build/open-referral-export.ts'
import { writeSiteShards } from '../postcodes/postcode-shards.ts'
import { createOpenReferralApi } from './open-referral-api.ts'
import { LIST_ENDPOINTS, LIST_PARAMETERS, type ListEndpoint } from '../shared/open-data-query/query.ts'
import { createStaticServer } from './static-server.ts'
import {
  caseSeed,
  createTally,
  fuzzRuns,
  fuzzSeed,
  sampleInputs,
  shown,
  type FuzzOutcome,
} from '../../tests/helpers/fuzz-tally.ts'
import { nastyStrings } from '../../tests/helpers/malformed-input.ts'
import { raw } from '../../tests/helpers/raw-http.ts'

const projectRoot = path.resolve(import.meta.dirname, '../..')
const snapshot = parseSnapshot(
  JSON.parse(readFileSync(path.join(projectRoot, 'tests/fixtures/demo-snapshot.json'), 'utf8')),
)
const dataset = openReferralDataset(snapshot, {
  siteUrl: 'http://localhost:4321',
  today: '2027-02-10',
  region: 'Cheshire',
})

const seed = fuzzSeed()
/** Requests per list endpoint (five lists) and per kind of address below. */
const runs = fuzzRuns(150)
const tally = createTally('Fuzz: the live open-data API (GET /api/...)')

/** Good values of each parameter, from the fixture's own ids, postcodes and vocabulary. */
const goodValues: Record<string, readonly string[]> = {
  page: ['1', '2', '99', '999999999'],
  per_page: ['1', '10', '50', '1000'],
  search: ['stay play', 'baby', 'Stay & Play', 'café', 'health visiting'],
  taxonomy_term_id: dataset.taxonomyTerms.slice(0, 5).map((t) => t.id),
  taxonomy_id: dataset.taxonomies.map((t) => t.id),
  organization_id: dataset.organizations.slice(0, 5).map((o) => o.id),
  minimum_age: ['0', '1', '5', '18', '2.5'],
  maximum_age: ['0', '3', '19', '150'],
  day: ['MO', 'tu', 'Wednesday', 'MO,WE', 'sa,SU'],
  start_time: ['09:00', '9:30', '13:00:00', '00:00'],
  end_time: ['12:00', '17:30', '23:59'],
  modified_after: ['2026-01-01', '2026-11-01T09:00:00Z', '2026-03-29T01:30:00+01:00', '2020-02-29'],
  full: ['true', 'false', '1', '0', 'TRUE'],
  format: ['json', 'ndjson', 'JSON'],
  postcode: ['WA5 1EZ', 'WA4', 'wa51ez', 'WA1 1AB'],
  proximity: ['1', '2000', '1000000', '0.5'],
}

/** Values no parameter takes: garbage, percent-encoding gone wrong, huge, out of range. */
const badValues: readonly string[] = [
  ...nastyStrings.filter((s) => s.length < 1_000),
  '-5',
  '1e3',
  '1,000',
  '0x1F',
  '١٢',
  '999999999999999999999999',
  '1000001',
  'MO;TU',
  'MO,,TU',
  '25:00',
  '12:60',
  '2026-02-29',
  '2026-11-01T09:00:00+15:00',
  'yes',
  'xml',
  'ZZ9 9ZZ',
  'W',
  '12345',
  'ac148810-d857-441c-9679-408f346de14',
  'x'.repeat(300),
  '🙂'.repeat(150),
]

/** Percent-encoded; a lone surrogate (which encodeURIComponent refuses) as the bytes of one, which are not UTF-8. */
const encode = (v: string): string => {
  try {
    return encodeURIComponent(v)
  } catch {
    return v
      .split(/([\ud800-\udfff])/)
      .map((part) => (/^[\ud800-\udfff]$/.test(part) ? '%ED%A0%80' : encodeURIComponent(part)))
      .join('')
  }
}

/** A query value as it goes on the wire: encoded, raw (spaces and all, which the request line refuses), or with its percent-encoding broken. */
const wireValue = fc.oneof(
  { weight: 6, arbitrary: fc.constant(encode) },
  { weight: 1, arbitrary: fc.constant((v: string) => encodeURIComponent(encode(v))) },
  {
    weight: 1,
    arbitrary: fc.constant((v: string) => v.replaceAll(' ', '+').replaceAll('&', '%26').replaceAll('#', '%23')),
  },
  { weight: 1, arbitrary: fc.constant((v: string) => `${encode(v)}%`) },
  { weight: 1, arbitrary: fc.constant((v: string) => `%E0%A4${encode(v)}`) },
)

const parameterArbitrary = (accepted: readonly string[]) => {
  const name = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...accepted) },
    { weight: 1, arbitrary: fc.constantFrom(...Object.keys(goodValues)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'colour',
        'PAGE',
        'page[]',
        'per-page',
        '',
        '__proto__',
        'constructor',
        'x'.repeat(200),
        '%00',
        'pa%67e',
      ),
    },
  )
  return fc
    .tuple(
      name,
      fc.oneof(fc.constant('good'), fc.constant('bad'), fc.constant('random'), fc.constant('empty')),
      fc.nat(),
      fc.string({ maxLength: 30, unit: 'binary' }),
      wireValue,
    )
    .map(([n, kind, pick, random, wire]) => {
      const value =
        kind === 'good'
          ? (goodValues[n]?.[pick % (goodValues[n]?.length || 1)] ?? 'x')
          : kind === 'bad'
            ? badValues[pick % badValues.length]!
            : kind === 'random'
              ? random
              : ''
      return { name: n, value, wire: `${n.startsWith('%') || n.includes('%') ? n : encode(n)}=${wire(value)}` }
    })
}

/** A request with the names of its parameters as the server reads them (decoded: pa%67e is page; /page/2 gives page too). */
const withGiven = (requestPath: string) => {
  const query = requestPath.includes('?') ? requestPath.slice(requestPath.indexOf('?') + 1) : ''
  const inPath = /\/page\/\d/.test(requestPath.split('?')[0]!) ? ['page'] : []
  return { path: requestPath, given: [...new URLSearchParams(query).keys(), ...inPath] }
}

/** A list request: an address of the list (its page form now and then) and 0 to 6 parameters. */
const listRequest = (list: ListEndpoint) =>
  fc
    .tuple(
      fc.array(parameterArbitrary(LIST_PARAMETERS[list]), { maxLength: 6 }),
      fc.constantFrom(
        `/api/${list}`,
        `/api/${list}/`,
        `/api/${list}/index.json`,
        `/api/${list}/page/2`,
        `/api/${list}/page/3.json`,
      ),
    )
    .map(([params, address]) =>
      withGiven(params.length > 0 ? `${address}?${params.map((p) => p.wire).join('&')}` : address),
    )

/** Addresses that are not a list: records by id (real, odd, unknown), the root, unknown lists, broken percent-encoding. */
const otherRequest = fc
  .tuple(
    fc.constantFrom(...LIST_ENDPOINTS),
    fc.oneof(
      fc.constantFrom(
        dataset.services[0]!.id,
        dataset.services[1]!.id.toUpperCase(),
        `${dataset.organizations[0]!.id}.json`,
        dataset.taxonomyTerms[0]!.id,
        `${dataset.services[2]!.service_at_locations[0]!.id}/`,
      ),
      fc.uuid(),
      fc.constantFrom(...badValues).map(encode),
      fc.constantFrom(
        '%',
        '%zz',
        '%00',
        '%2F',
        '..%2F..%2Fetc%2Fpasswd',
        '%C0%AE%C0%AE',
        'page/0',
        'page/-1',
        'page/1e3',
        'page/99999999999',
        'a/b/c',
        '',
        'index.json',
      ),
    ),
    fc.constantFrom('', '?', '?full=true', '?x=1', '?page=%', '?%=1', `?${'a=1&'.repeat(300)}`),
    fc.constantFrom('/api', '/api/', '/API', '/api/services.json', '/api/nothing', '/api//services', '/api/%73ervices'),
    fc.boolean(),
  )
  .map(([list, id, query, base, byId]) => {
    return withGiven(`${byId ? `/api/${list}/${id}` : base}${query}`)
  })

interface Answer {
  status: number
  contentType: string | undefined
  body: string
}

/**
 * The rules for one answer: 200 with JSON (a page with contents for a list, ndjson lines each
 * JSON), 400 naming a parameter that was given, 404 with a message, or a 400 from the server for
 * an address it cannot decode. Anything else is an error.
 */
const judge = (
  answer: Answer,
  requestPath: string,
  given: readonly string[],
  isList: boolean,
): { outcome: FuzzOutcome; problem?: string } => {
  const { status, body } = answer
  // Not an address of the API (/API, say): the site's own 404, whatever its type.
  if (!/^\/api(\/|\?|$)/.test(requestPath))
    return status === 404
      ? { outcome: 'refused' }
      : { outcome: 'error', problem: `${status} for an address outside the API` }
  if (status === 400 && answer.contentType?.startsWith('text/plain') && body === 'Bad Request\n')
    return { outcome: 'refused' }
  // Node's HTTP parser refusing a request line with raw non-ASCII bytes, before the server sees it.
  if (status === 400 && answer.contentType === undefined && body === '') return { outcome: 'refused' }
  if (answer.contentType?.startsWith('application/x-ndjson')) {
    if (status !== 200) return { outcome: 'error', problem: `${status} as ndjson` }
    try {
      for (const line of body.split('\n').filter(Boolean)) JSON.parse(line)
    } catch {
      return { outcome: 'error', problem: `ndjson with a line that is not JSON: ${shown(body, 200)}` }
    }
    return { outcome: 'accepted' }
  }
  let json: {
    status?: number
    message?: unknown
    errors?: { parameter?: unknown; message?: unknown }[]
    contents?: unknown
  }
  try {
    json = JSON.parse(body) as typeof json
  } catch {
    return { outcome: 'error', problem: `${status} with a body that is not JSON: ${shown(body, 200)}` }
  }
  if (status === 200) {
    if (isList && !Array.isArray(json.contents) && !('version' in json))
      return { outcome: 'error', problem: `200 for a list without contents: ${shown(json, 200)}` }
    return { outcome: 'accepted' }
  }
  if (status === 404)
    return typeof json.message === 'string' && json.message.length > 0
      ? { outcome: 'refused' }
      : { outcome: 'error', problem: `404 without a message: ${shown(json, 200)}` }
  if (status === 400) {
    const errors = json.errors ?? []
    // Each error names a parameter that was given, and its message says which (quoted as JSON where it has odd characters).
    const names = (e: { parameter?: unknown; message?: unknown }) =>
      typeof e.parameter === 'string' &&
      typeof e.message === 'string' &&
      (e.message.includes(e.parameter.slice(0, 40)) ||
        e.message.includes(JSON.stringify(e.parameter.slice(0, 40)).slice(1, -1)))
    const unnamed = errors.filter((e) => typeof e.parameter !== 'string' || !given.includes(e.parameter) || !names(e))
    if (errors.length === 0 || unnamed.length > 0)
      return {
        outcome: 'error',
        problem: `400 not naming a parameter given (${given.map((g) => shown(g, 40)).join(', ')}): ${shown(errors.length === 0 ? json : unnamed, 400)}`,
      }
    return { outcome: 'refused' }
  }
  return { outcome: 'error', problem: `${status}: ${shown(json, 300)}` }
}

describe('the live open-data API, with anything in the address', () => {
  let base: string
  let server: Server
  let port: number

  beforeAll(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'fuzz-open-data-'))
    await writeOpenReferralExport(base, dataset)
    await writeSiteShards({
      outDir: path.join(base, 'postcodes'),
      importedDir: path.join(base, 'no-import'),
      demoCsv: path.join(projectRoot, 'site/postcodes/onspd-demo.csv'),
      venues: snapshot.venues,
    })
    server = createStaticServer({ root: base, handle: createOpenReferralApi({ root: () => base }) })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  }, 60_000)

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
    await rm(base, { recursive: true, force: true })
    tally.report(seed, runs)
  })

  const fuzz = async (group: string, requests: { path: string; given: string[] }[], isList: boolean) => {
    const problems: string[] = []
    for (const request of requests) {
      let answer: Answer
      try {
        const res = await raw(port, request.path, { headers: { 'Accept-Encoding': 'identity' } })
        answer = { status: res.status, contentType: res.headers['content-type'], body: res.body.toString() }
      } catch (error) {
        // Node's client refuses some request lines itself (a raw space or control character): not the server's answer.
        if ((error as NodeJS.ErrnoException).code === 'ERR_UNESCAPED_CHARACTERS' || error instanceof TypeError) {
          tally.record('GET /api', group, 'public', 'refused')
          continue
        }
        throw error
      }
      const judged = judge(answer, request.path, request.given, isList)
      if (judged.problem) problems.push(`${judged.problem}\n    request: GET ${shown(request.path, 300)}`)
      tally.record(
        'GET /api',
        group,
        'public',
        judged.outcome,
        judged.problem && `${judged.problem} (GET ${shown(request.path, 300)})`,
      )
    }
    expect(problems).toEqual([])
  }

  for (const list of LIST_ENDPOINTS)
    it(`/api/${list} with generated and malformed query parameters: 200 with JSON, or 400 naming each bad parameter`, async () => {
      await fuzz(`/api/${list}`, sampleInputs(listRequest(list), caseSeed(seed, list), runs), true)
    })

  it('records by id, unknown addresses and broken percent-encoding: 200, 400 or 404 in JSON, never a 500', async () => {
    await fuzz('by id and other addresses', sampleInputs(otherRequest, caseSeed(seed, 'other'), runs), false)
  })
})
