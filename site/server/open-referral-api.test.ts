import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openReferralDataset, type OpenReferralDataset, type OrukPage } from '../../core/open-referral/index.ts'
import { parseSnapshot } from '../../core/records/snapshot.ts'
import { OPEN_DATA_FILE, writeOpenReferralExport } from '../build/open-referral-export.ts'
import { writeSiteShards } from '../postcodes/postcode-shards.ts'
import { createOpenReferralApi, routeOf } from './open-referral-api.ts'
import { createStaticServer } from './static-server.ts'
import { pageProblemsOf, problemsOf } from '../../tests/helpers/oruk-schemas.ts'
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

/** Write a site build with the Open Referral export (with its files per record, to compare the live answers with) and the postcode files. */
const writeBuild = async (dir: string, data: OpenReferralDataset) => {
  await writeOpenReferralExport(dir, data, { recordFiles: true })
  await writeSiteShards({
    outDir: path.join(dir, 'postcodes'),
    importedDir: path.join(dir, 'no-import'),
    demoCsv: path.join(projectRoot, 'site/postcodes/onspd-demo.csv'),
    venues: snapshot.venues,
  })
}

describe('the live Open Referral UK API', () => {
  let base: string
  let first: string
  let second: string
  let nothing: string
  let live: string
  let current: string
  let server: Server
  let port: number
  const get = async (p: string, headers: Record<string, string> = {}) => {
    const res = await raw(port, p.replaceAll(' ', '%20'), { headers })
    return { ...res, json: () => JSON.parse(res.body.toString()) as unknown }
  }
  const json = async <T = Record<string, unknown>>(p: string): Promise<T> => {
    const res = await get(p)
    expect(res.status, `${p}: ${res.body.toString().slice(0, 300)}`).toBe(200)
    return res.json() as T
  }
  const staticFile = async (build: string, file: string): Promise<unknown> =>
    JSON.parse(await readFile(path.join(build, file), 'utf8'))

  beforeAll(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'open-referral-api-'))
    first = path.join(base, 'builds', 'first')
    second = path.join(base, 'builds', 'second')
    nothing = path.join(base, 'nothing-published')
    await writeBuild(first, dataset)
    // The next publication: the first ten services, one renamed.
    const services = dataset.services.slice(0, 10).map((s, i) => (i === 0 ? { ...s, name: `${s.name} (renamed)` } : s))
    await writeBuild(second, { ...dataset, services })
    await mkdir(nothing, { recursive: true })
    // As the publisher does: a link to the live build, swapped by rename.
    live = path.join(base, 'live')
    await symlink(first, live)
    current = live
    server = createStaticServer({ root: () => current, handle: createOpenReferralApi({ root: () => current }) })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  }, 30_000)

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
    await rm(base, { recursive: true, force: true })
  })

  it('answers a service by id with exactly the static file, at every form of its address', async () => {
    const service = dataset.services[3]!
    const file = await staticFile(first, `api/services/${service.id}.json`)
    for (const p of [
      `/api/services/${service.id}`,
      `/api/services/${service.id}.json`,
      `/api/services/${service.id}/`,
      `/api/services/${service.id.toUpperCase()}`,
    ])
      expect(await json(p), p).toEqual(file)
  })

  it('answers every other address of the static export with the same document', async () => {
    const sal = dataset.services[5]!.service_at_locations[1]!.id
    const pairs: [string, string][] = [
      ['/api', 'api/index.json'],
      ['/api/', 'api/index.json'],
      ['/api/index.json', 'api/index.json'],
      ['/api/services', 'api/services/index.json'],
      ['/api/services/index.json', 'api/services/index.json'],
      ['/api/services/page/2', 'api/services/page/2.json'],
      ['/api/services/page/2.json', 'api/services/page/2.json'],
      ['/api/service_at_locations/page/3.json', 'api/service_at_locations/page/3.json'],
      [`/api/service_at_locations/${sal}`, `api/service_at_locations/${sal}.json`],
      ['/api/organizations/', 'api/organizations/index.json'],
      [`/api/organizations/${dataset.organizations[2]!.id}`, `api/organizations/${dataset.organizations[2]!.id}.json`],
      ['/api/taxonomies', 'api/taxonomies/index.json'],
      [`/api/taxonomies/${dataset.taxonomies[0]!.id}`, `api/taxonomies/${dataset.taxonomies[0]!.id}.json`],
      ['/api/taxonomy_terms', 'api/taxonomy_terms/index.json'],
      [
        `/api/taxonomy_terms/${dataset.taxonomyTerms[7]!.id}`,
        `api/taxonomy_terms/${dataset.taxonomyTerms[7]!.id}.json`,
      ],
    ]
    for (const [p, file] of pairs) expect(await json(p), p).toEqual(await staticFile(first, file))
  })

  it('gives documents valid against the UK profile’s schemas, with filters, postcode and full=true', async () => {
    const lists: [
      string,
      (
        | 'service_list'
        | 'service'
        | 'service_at_location_list'
        | 'service_at_location'
        | 'organization_list'
        | 'taxonomy'
        | 'taxonomy_term'
      ),
    ][] = [
      ['/api/services?day=MO&start_time=09:00&per_page=20', 'service_list'],
      ['/api/services?search=stay play&minimum_age=0', 'service_list'],
      ['/api/services?full=true&per_page=10&page=2', 'service'],
      ['/api/service_at_locations?postcode=WA5 1EZ&proximity=2000', 'service_at_location_list'],
      ['/api/service_at_locations?postcode=WA4&full=true&per_page=5', 'service_at_location'],
      ['/api/organizations', 'organization_list'],
      ['/api/taxonomies', 'taxonomy'],
      ['/api/taxonomy_terms?per_page=100', 'taxonomy_term'],
    ]
    for (const [p, kind] of lists) {
      const page = await json<OrukPage<unknown>>(p)
      expect(pageProblemsOf(page), p).toEqual([])
      expect(page.size, p).toBeGreaterThan(0)
      for (const item of page.contents) expect(problemsOf(kind, item), p).toEqual([])
    }
    const withDistance = await json<OrukPage<{ distance: number }>>(
      '/api/service_at_locations?postcode=WA5 1EZ&proximity=2000',
    )
    expect(withDistance.contents.every((x) => x.distance <= 2000)).toBe(true)
    expect(withDistance.contents[0]!.distance).toBe(0)

    const service = dataset.services[0]!
    expect(problemsOf('service', await json(`/api/services/${service.id}`))).toEqual([])
    expect(
      problemsOf('service_at_location', await json(`/api/service_at_locations/${service.service_at_locations[0]!.id}`)),
    ).toEqual([])
    expect(problemsOf('organization', await json(`/api/organizations/${dataset.organizations[0]!.id}`))).toEqual([])
  })

  it('is readable from any origin, without credentials, and answers CORS preflights', async () => {
    for (const p of ['/api/services', '/api/services?per_page=x', '/api/services/nope', '/api/nothing-here']) {
      const res = await get(p)
      expect(res.headers['access-control-allow-origin'], p).toBe('*')
      expect(res.headers['access-control-allow-credentials'], p).toBeUndefined()
      expect(res.headers['content-type'], p).toBe('application/json; charset=utf-8')
      expect(res.headers['cache-control'], p).toBe('public, max-age=60')
    }
    const preflight = await raw(port, '/api/services?day=MO', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://example.org',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'accept',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers['access-control-allow-origin']).toBe('*')
    expect(preflight.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS')
    expect(preflight.headers['access-control-allow-headers']).toBe('accept')
    expect(preflight.body.length).toBe(0)
    // Only GET and HEAD read; OPTIONS elsewhere is not answered.
    expect((await raw(port, '/api/services', { method: 'POST' })).status).toBe(405)
    expect((await raw(port, '/index.html', { method: 'OPTIONS' })).status).toBe(405)
  })

  it('answers a bad query with 400 naming each parameter', async () => {
    const res = await get('/api/services?minimum_age=ten&colour=blue')
    expect(res.status).toBe(400)
    const body = res.json() as { status: number; message: string; errors: { parameter: string; message: string }[] }
    expect(body.status).toBe(400)
    expect(body.errors.map((e) => e.parameter).sort()).toEqual(['colour', 'minimum_age'])
    expect(body.errors.find((e) => e.parameter === 'minimum_age')!.message).toBe(
      'minimum_age "ten" is not a number. Give an age in whole years, like 5.',
    )
    expect(body.message).toContain('minimum_age "ten"')

    const postcode = (await get('/api/service_at_locations?postcode=ZZ9%209ZZ')).json() as typeof body
    expect(postcode.errors).toEqual([
      { parameter: 'postcode', message: expect.stringContaining('"ZZ9 9ZZ" was not found') },
    ])
    const proximity = await get('/api/service_at_locations?proximity=500')
    expect(proximity.status).toBe(400)
    expect((proximity.json() as typeof body).errors[0]!.parameter).toBe('proximity')
    // By-id addresses take no parameters.
    const byId = await get(`/api/services/${dataset.services[0]!.id}?full=true`)
    expect(byId.status).toBe(400)
    expect((byId.json() as typeof body).errors[0]!).toMatchObject({
      parameter: 'full',
      message: expect.stringContaining('takes no query parameters'),
    })
  })

  it('answers 404 with JSON for an unknown id or address', async () => {
    const missing = await get('/api/services/ac148810-d857-441c-9679-408f346de14b')
    expect(missing.status).toBe(404)
    expect(missing.json()).toEqual({
      status: 404,
      message: 'No service has the id "ac148810-d857-441c-9679-408f346de14b".',
    })
    expect((await get('/api/taxonomy_terms/not-an-id')).json()).toEqual({
      status: 404,
      message: 'No taxonomy term has the id "not-an-id".',
    })
    for (const p of [
      '/api/nothing-here',
      '/api/services/page/0',
      '/api/services/page/two.json',
      '/api/services/a/b',
      '/api/locations',
    ]) {
      const res = await get(p)
      expect(res.status, p).toBe(404)
      expect((res.json() as { message: string }).message, p).toContain('/api/services')
    }
  })

  it('answers a page past the end with 200 and no contents', async () => {
    const page = await json<OrukPage<unknown>>('/api/services?page=99')
    expect(page).toMatchObject({ total_items: 75, page_number: 99, size: 0, contents: [] })
  })

  it('gives every result as ndjson, one document per line', async () => {
    const res = await get('/api/service_at_locations?format=ndjson&postcode=WA5&search=stay play')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/x-ndjson; charset=utf-8')
    const text = res.body.toString()
    expect(text.endsWith('\n')).toBe(true)
    const lines = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { distance: number })
    const paged = await json<OrukPage<unknown>>('/api/service_at_locations?postcode=WA5&search=stay play&per_page=1000')
    expect(lines).toEqual(paged.contents)
    for (const line of lines) expect(problemsOf('service_at_location_list', line)).toEqual([])
    expect((await get('/api/services?format=ndjson&page=2')).status).toBe(400)
  })

  it('compresses answers over 1 KB when the client accepts it, and answers HEAD without a body', async () => {
    const plain = await get('/api/services')
    const br = await get('/api/services', { 'Accept-Encoding': 'gzip, br' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers.vary).toBe('Accept-Encoding')
    expect(Number(br.headers['content-length'])).toBe(br.body.length)
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true)
    const gz = await get('/api/services', { 'Accept-Encoding': 'gzip' })
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true)
    const small = await get('/api', { 'Accept-Encoding': 'br' })
    expect(small.headers['content-encoding']).toBeUndefined()

    const head = await raw(port, '/api/services', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect(Number(head.headers['content-length'])).toBe(plain.body.length)
  })

  it('picks up a swapped live build on the next request', async () => {
    expect((await json<OrukPage<unknown>>('/api/services')).total_items).toBe(75)
    const swap = path.join(base, 'live.swap')
    await symlink(second, swap)
    await rename(swap, live)
    try {
      const page = await json<OrukPage<{ name: string }>>('/api/services')
      expect(page.total_items).toBe(10)
      expect(page.contents[0]!.name).toBe(`${dataset.services[0]!.name} (renamed)`)
      expect((await get(`/api/services/${dataset.services[20]!.id}`)).status).toBe(404)
    } finally {
      await rm(live)
      await symlink(first, live)
    }
    expect((await json<OrukPage<unknown>>('/api/services')).total_items).toBe(75)
  })

  it('answers 503 before anything is published, then answers once it is', async () => {
    current = nothing
    try {
      const requests = await Promise.all(
        ['/api/services', '/api', `/api/services/${dataset.services[0]!.id}`].map((p) => get(p)),
      )
      for (const res of requests) {
        expect(res.status).toBe(503)
        expect(res.headers['access-control-allow-origin']).toBe('*')
        expect(res.headers['cache-control']).toBe('no-store')
        expect((res.json() as { message: string }).message).toContain('Nothing has been published yet')
      }
      // Published into the same folder: many first requests at once all get it.
      await writeOpenReferralExport(nothing, dataset)
      const answers = await Promise.all(Array.from({ length: 8 }, () => get('/api/services?per_page=1')))
      expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200))
    } finally {
      current = live
    }
  })

  it('answers 500 in JSON when the published file cannot be read, and recovers once it can', async () => {
    const broken = path.join(base, 'broken')
    await mkdir(path.join(broken, 'open-data'), { recursive: true })
    await writeFile(path.join(broken, OPEN_DATA_FILE), '{"format":"something else"}')
    const original = console.error
    const logged: unknown[] = []
    console.error = (...args: unknown[]) => void logged.push(args)
    current = broken
    try {
      const res = await get('/api/services')
      expect(res.status).toBe(500)
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8')
      expect(logged).toHaveLength(1)
      await writeOpenReferralExport(broken, dataset)
      expect((await get('/api/services')).status).toBe(200)
    } finally {
      console.error = original
      current = live
    }
  })

  it('leaves the rest of the site to the static files', async () => {
    expect((await get('/open-data/open-referral-uk.json')).status).toBe(200)
    expect((await get('/postcodes/WA5.json')).status).toBe(200)
    expect((await get('/apiary')).status).toBe(404)
  })
})

describe('the API’s addresses and its table for documentation', () => {
  it('reads the API’s and the static files’ forms of each address', () => {
    expect(routeOf([])).toEqual({ kind: 'meta' })
    expect(routeOf(['index.json'])).toEqual({ kind: 'meta' })
    expect(routeOf(['services'])).toEqual({ kind: 'list', list: 'services' })
    expect(routeOf(['services', 'index.json'])).toEqual({ kind: 'list', list: 'services' })
    expect(routeOf(['taxonomy_terms', 'page', '3.json'])).toEqual({ kind: 'list', list: 'taxonomy_terms', page: 3 })
    expect(routeOf(['organizations', 'page', '3'])).toEqual({ kind: 'list', list: 'organizations', page: 3 })
    expect(routeOf(['services', 'ABC.json'])).toEqual({ kind: 'item', list: 'services', id: 'abc' })
    expect(routeOf(['services', 'page'])).toEqual({ kind: 'unknown' })
    expect(routeOf(['locations'])).toEqual({ kind: 'unknown' })
    expect(routeOf(['services', 'page', '01.json'])).toEqual({ kind: 'unknown' })
  })
})
