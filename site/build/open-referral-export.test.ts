/**
 * The static Open Referral UK export of the demo directory: every document validates against the
 * UK profile's JSON Schemas, the lists page correctly, references resolve, and the ids do not
 * change from one build to the next or with the database's id type.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openReferralDataset, uuidPattern, type OrukPage } from '../../core/open-referral/index.ts'
import { parseSnapshot, type RawSnapshot } from '../../core/records/snapshot.ts'
import { OPEN_DATA_FILE, openReferralFiles, type ExportFile } from './open-referral-export.ts'
import { orukDir, pageProblemsOf, problemsOf, sharedOrukDir } from '../../tests/helpers/oruk-schemas.ts'
import { readDemoSnapshot } from '../../tests/fixtures/demo-snapshot.ts'

const raw = (): RawSnapshot => readDemoSnapshot()
const options = { siteUrl: 'https://families.example.org', today: '2027-02-10', region: 'Cheshire' }
/** With a file per service and per service at a location (SITE_API_RECORD_FILES=true), so every kind of document is here to check. */
const filesOf = (snapshot: RawSnapshot, recordFiles = true): ExportFile[] => [
  ...openReferralFiles(openReferralDataset(parseSnapshot(snapshot), options), { recordFiles }),
]

/** Which schema a file's documents are checked against: the list item's for pages, the full one for a record. */
const kindOf = (file: string): { list: boolean; kind: Parameters<typeof problemsOf>[0] } | undefined => {
  const m =
    /^api\/(services|service_at_locations|organizations|taxonomies|taxonomy_terms)\/(index|page\/\d+|[0-9a-f-]{36})\.json$/.exec(
      file,
    )
  if (!m) return undefined
  const list = !/^[0-9a-f-]{36}$/.test(m[2]!)
  const kinds = {
    services: list ? 'service_list' : 'service',
    service_at_locations: list ? 'service_at_location_list' : 'service_at_location',
    organizations: list ? 'organization_list' : 'organization',
    taxonomies: 'taxonomy',
    taxonomy_terms: 'taxonomy_term',
  } as const
  return { list, kind: kinds[m[1] as keyof typeof kinds] }
}

describe('the static Open Referral UK export', () => {
  const files = filesOf(raw())
  const byPath = new Map(files.map((f) => [f.path, f.body]))

  it('validates, document by document, against the UK profile schemas', () => {
    const problems: string[] = []
    let documents = 0
    for (const file of files) {
      const kind = kindOf(file.path)
      if (!kind) continue
      if (kind.list) {
        problems.push(...pageProblemsOf(file.body).map((p) => `${file.path} ${p}`))
        for (const [i, item] of (file.body as OrukPage<unknown>).contents.entries()) {
          documents += 1
          problems.push(...problemsOf(kind.kind, item).map((p) => `${file.path} contents/${i}${p}`))
        }
      } else {
        documents += 1
        problems.push(...problemsOf(kind.kind, file.body).map((p) => `${file.path} ${p}`))
      }
    }
    expect(problems).toEqual([])
    expect(documents).toBeGreaterThan(900) // 991 for the demo: every page item and every record
  })

  it('leaves out the files per service and service at a location unless asked: the live API answers those addresses', () => {
    const lean = filesOf(raw(), false).map((f) => f.path)
    expect(lean.filter((p) => /^api\/services\/[0-9a-f-]{36}\.json$/.test(p))).toEqual([])
    expect(lean.filter((p) => p.startsWith('api/service_at_locations/'))).toEqual([])
    // Everything else is written as with them.
    const full = files
      .map((f) => f.path)
      .filter((p) => !/^api\/services\/[0-9a-f-]{36}\.json$/.test(p) && !p.startsWith('api/service_at_locations/'))
    expect(lean).toEqual(full)
    expect(lean).toContain('api/services/page/2.json')
    expect(lean).toContain(OPEN_DATA_FILE)
  })

  it('answers GET / with the version, profile and OpenAPI of the UK profile', () => {
    expect(byPath.get('api/index.json')).toEqual({
      version: 'HSDS-UK-3.0',
      profile: 'https://github.com/OpenReferralUK/uk-profile',
      openapi_url: 'https://raw.githubusercontent.com/OpenReferralUK/uk-profile/main/schema/openapi.json',
    })
  })

  it('pages the lists by 50, with a page file for each page and index.json as the first', () => {
    const first = byPath.get('api/services/index.json') as OrukPage<{ id: string }>
    expect(first).toMatchObject({
      total_items: 75,
      total_pages: 2,
      page_number: 1,
      size: 50,
      first_page: true,
      last_page: false,
      empty: false,
    })
    expect(byPath.get('api/services/page/1.json')).toEqual(first)
    expect(byPath.get('api/services/page/2.json')).toMatchObject({
      page_number: 2,
      size: 25,
      first_page: false,
      last_page: true,
    })
    const listed = [
      ...first.contents,
      ...(byPath.get('api/services/page/2.json') as OrukPage<{ id: string }>).contents,
    ].map((s) => s.id)
    expect(new Set(listed).size).toBe(75)
    for (const id of listed) expect(byPath.has(`api/services/${id}.json`)).toBe(true)
  })

  it('has every record a reference points at: organisations, locations, services at locations, terms', () => {
    const dangling: string[] = []
    const ids = (folder: string) =>
      new Set(
        files
          .filter((f) => f.path.startsWith(`api/${folder}/`) && /[0-9a-f-]{36}\.json$/.test(f.path))
          .map((f) => path.basename(f.path, '.json')),
      )
    const [organizations, sals, terms] = [ids('organizations'), ids('service_at_locations'), ids('taxonomy_terms')]
    for (const file of files.filter((f) => /^api\/services\/[0-9a-f-]{36}\.json$/.test(f.path))) {
      const service = file.body as {
        id: string
        organization_id: string
        schedules: { service_at_location_id: string }[]
        service_at_locations: { id: string }[]
        attributes: { taxonomy_term_id: string }[]
      }
      if (!organizations.has(service.organization_id))
        dangling.push(`${service.id} organization ${service.organization_id}`)
      const mine = new Set(service.service_at_locations.map((s) => s.id))
      for (const s of service.service_at_locations)
        if (!sals.has(s.id)) dangling.push(`${service.id} service_at_location ${s.id}`)
      for (const s of service.schedules)
        if (!mine.has(s.service_at_location_id)) dangling.push(`${service.id} schedule at ${s.service_at_location_id}`)
      for (const a of service.attributes)
        if (!terms.has(a.taxonomy_term_id)) dangling.push(`${service.id} term ${a.taxonomy_term_id}`)
    }
    expect(dangling).toEqual([])
  })

  it('puts the whole dataset in one bulk file, under the Open Government Licence', () => {
    const bulk = byPath.get(OPEN_DATA_FILE) as {
      licence: string
      services: unknown[]
      organizations: unknown[]
      taxonomies: unknown[]
    }
    expect(bulk.licence).toBe('https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/')
    expect(bulk.services).toHaveLength(75)
    expect(bulk.organizations).toHaveLength(10)
    expect(bulk.taxonomies).toHaveLength(1)
  })

  it('gives every record a distinct UUID', () => {
    const all = files.filter((f) => /[0-9a-f-]{36}\.json$/.test(f.path)).map((f) => path.basename(f.path, '.json'))
    for (const id of all) expect(id).toMatch(uuidPattern)
    expect(new Set(all).size).toBe(all.length)
  })
})

describe('Open Referral ids across builds', () => {
  it('are the same in two builds of the same data', () => {
    const first = filesOf(raw()).map((f) => f.path)
    const second = filesOf(raw()).map((f) => f.path)
    expect(second).toEqual(first)
  })

  it('are the same whether the database gives ids as numbers (SQLite) or strings (MongoDB)', () => {
    // Every id and relationship as a string, as documents arrive from MongoDB or a JSON export.
    const stringIds = (value: unknown, key = ''): unknown => {
      if (Array.isArray(value)) return value.map((v) => stringIds(v, key))
      if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stringIds(v, k)]))
      const relation = [
        'id',
        'provider',
        'categories',
        'hubs',
        'hub',
        'venue',
        'service',
        'parent',
        'mainVenue',
        'relatedServices',
        'logo',
        'checkedBy',
      ].includes(key)
      return relation && typeof value === 'number' ? String(value) : value
    }
    const strings = raw()
    strings.collections = stringIds(strings.collections) as RawSnapshot['collections']
    expect(typeof (strings.collections.services[0] as { provider: unknown }).provider).toBe('string')
    expect(filesOf(strings)).toEqual(filesOf(raw()))
  })
})

describe('the copy of the UK profile schemas in tests/fixtures/oruk', () => {
  // ../shared/oruk is beside the project on the team's machines; a clone elsewhere (as in CI) has only the copy.
  it.runIf(existsSync(sharedOrukDir))(
    'is the same as ../shared/oruk (checked where that folder exists beside the project)',
    () => {
      for (const folder of ['schema', 'schema/compiled'])
        for (const name of readdirSync(path.join(orukDir, folder)).filter((n) => n.endsWith('.json')))
          expect(readFileSync(path.join(orukDir, folder, name), 'utf8'), `${folder}/${name}`).toBe(
            readFileSync(path.join(sharedOrukDir, folder, name), 'utf8'),
          )
    },
  )
})
