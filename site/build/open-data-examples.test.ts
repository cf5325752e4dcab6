import { describe, expect, it } from 'vitest'
import { openReferralDataset } from '../../core/open-referral/dataset.ts'
import { openReferralId } from '../../core/open-referral/ids.ts'
import { parseSnapshot, type Snapshot } from '../../core/records/snapshot.ts'
import { calendarFilesOf } from './calendar-feeds.ts'
import { buildDirectory } from '../directory/directory.ts'
import { openDataExamples, parameterDocs, publishedAtText, queryOf } from './open-data-examples.ts'
import { LIST_PARAMETERS } from '../shared/open-data-query/query.ts'
import { openReferralFiles } from './open-referral-export.ts'
import { sitePages } from './sitemap.ts'
import { readDemoSnapshot } from '../../tests/fixtures/demo-snapshot.ts'

const demo = (): Snapshot => parseSnapshot(readDemoSnapshot())
const TODAY = '2027-02-10'
const SITE = 'http://localhost:4321'

describe('the examples of the Open data page', () => {
  const snapshot = demo()
  const d = buildDirectory(snapshot, TODAY)
  const x = openDataExamples(d)
  // What the build writes: the export's files and the calendar files, by path from the site's root.
  const exported = new Map(
    [
      ...openReferralFiles(openReferralDataset(snapshot, { siteUrl: SITE, today: TODAY, region: 'Cheshire' }), {
        recordFiles: true,
      }),
    ].map((f) => [`/${f.path}`, f.body]),
  )
  const calendars = new Set(calendarFilesOf(d, SITE).map((f) => `/${f.path}`))
  /** The static file behind an API address: /api/services is api/services/index.json, /api/services/{id} is api/services/{id}.json. */
  const fileOf = (href: string) =>
    href.endsWith('/')
      ? `${href}index.json`
      : exported.has(`${href}/index.json`)
        ? `${href}/index.json`
        : `${href}.json`

  it('gives every endpoint of the API a real example that the build writes', () => {
    expect(x.endpoints.map((e) => e.path)).toEqual([
      '/api/',
      '/api/services',
      '/api/services/{id}',
      '/api/service_at_locations',
      '/api/service_at_locations/{id}',
      '/api/organizations',
      '/api/organizations/{id}',
      '/api/taxonomies',
      '/api/taxonomies/{id}',
      '/api/taxonomy_terms',
      '/api/taxonomy_terms/{id}',
    ])
    for (const endpoint of x.endpoints) {
      expect(endpoint.example, endpoint.path).toBeDefined()
      expect(
        exported.has(fileOf(endpoint.example!.href)),
        `${endpoint.example!.href} is written as ${fileOf(endpoint.example!.href)}`,
      ).toBe(true)
    }
  })

  it('shows the first running service by name with a timetable, at the venue of its first session, its organisation and its first category', () => {
    const byPath = new Map(x.endpoints.map((e) => [e.path, e.example!]))
    const service = d.services.find((s) => s.slug === 'antenatal-clinic')!
    expect(byPath.get('/api/services/{id}')).toEqual({
      href: `/api/services/${openReferralId('services', service.id)}`,
      text: 'Antenatal Clinic',
    })

    const sal = exported.get(fileOf(byPath.get('/api/service_at_locations/{id}')!.href)) as {
      service_id: string
      location: { name: string }
    }
    expect(sal.service_id).toBe(openReferralId('services', service.id))
    expect(byPath.get('/api/service_at_locations/{id}')!.text).toBe(`Antenatal Clinic at ${sal.location.name}`)

    const organisation = exported.get(fileOf(byPath.get('/api/organizations/{id}')!.href)) as {
      id: string
      name: string
      services: { id: string }[]
    }
    expect(organisation.services.map((s) => s.id)).toContain(openReferralId('services', service.id))
    expect(byPath.get('/api/organizations/{id}')!.text).toBe(organisation.name)

    expect(byPath.get('/api/taxonomies/{id}')!.href).toBe(
      `/api/taxonomies/${openReferralId('taxonomies', 'categories')}`,
    )
    const term = exported.get(fileOf(byPath.get('/api/taxonomy_terms/{id}')!.href)) as { id: string; name: string }
    expect(term.id).toBe(openReferralId('taxonomy_terms', service.categories[0]!))
    expect(byPath.get('/api/taxonomy_terms/{id}')!.text).toBe(term.name)
  })

  it('links a real calendar file of each kind: the hub and the service of the example', () => {
    const { hub, service } = x.calendars
    expect(service?.href).toBe('/calendars/services/antenatal-clinic.ics')
    expect(hub?.href).toMatch(/^\/calendars\/hubs\/.+\.ics$/)
    for (const link of [hub, service]) expect(calendars.has(link!.href), link!.href).toBe(true)
  })

  it('writes example queries with real values, encoded', () => {
    const hrefs = x.queries.map((q) => q.href)
    const term = x.values.termId!
    expect(hrefs).toContain(`/api/services?taxonomy_term_id=${term}`)
    expect(hrefs).toContain('/api/services?day=MO&start_time=09:00')
    const near = hrefs.find((h) => h.startsWith('/api/service_at_locations?postcode='))!
    expect(near).toMatch(/^\/api\/service_at_locations\?postcode=[A-Z0-9]+%20[A-Z0-9]+&proximity=3000$/)
    expect(d.venues.map((v) => v.postcode)).toContain(
      decodeURIComponent(near.split('&')[0]!.slice('/api/service_at_locations?postcode='.length)),
    )
    expect(hrefs).toContain('/api/services?modified_after=2026-10-26') // 4 weeks before the fixture was published, 23 November 2026
    expect(new Set(x.queries.map((q) => q.text)).size).toBe(x.queries.length)
  })

  it('offers the second page of services when there are more than 50, and the bulk file', () => {
    expect(d.services.length).toBeGreaterThan(50)
    expect(x.secondPage?.href).toBe('/api/services/page/2')
    expect(exported.has('/api/services/page/2.json')).toBe(true)
    expect(exported.has(x.bulkFile.href)).toBe(true)
  })

  it('leaves out examples a directory has no records for, rather than linking nowhere', () => {
    const empty = buildDirectory({ ...snapshot, services: [], sessions: [], categories: [], organisations: [] }, TODAY)
    const e = openDataExamples(empty)
    expect(e.endpoints.filter((p) => !p.example).map((p) => p.path)).toEqual([
      '/api/services/{id}',
      '/api/service_at_locations/{id}',
      '/api/organizations/{id}',
      '/api/taxonomy_terms/{id}',
    ])
    expect(e.calendars.service).toBeUndefined()
    expect(e.secondPage).toBeUndefined()
    expect(e.queries.some((q) => q.href.includes('taxonomy_term_id'))).toBe(false)
  })

  it('describes every query parameter the live API accepts, with an example of it', () => {
    const docs = parameterDocs(x.values)
    expect(docs.map((p) => p.name)).toEqual([...LIST_PARAMETERS.service_at_locations])
    for (const p of docs) {
      expect(p.does.length, p.name).toBeGreaterThan(10)
      expect(p.example.startsWith(`${p.name}=`), p.name).toBe(true)
    }
  })

  it('is listed in the sitemap', () => {
    expect(sitePages(d).map((p) => p.path)).toContain('/open-data/')
  })
})

describe('query strings and dates of the Open data page', () => {
  it('encodes values, leaving the times and lists people read', () => {
    expect(queryOf('/api/service_at_locations', { postcode: 'WA5 1EZ', proximity: 3000 })).toBe(
      '/api/service_at_locations?postcode=WA5%201EZ&proximity=3000',
    )
    expect(queryOf('/api/services', { day: 'MO,WE', start_time: '09:00', search: 'a&b=c' })).toBe(
      '/api/services?day=MO,WE&start_time=09:00&search=a%26b%3Dc',
    )
  })

  it('gives the publication time in London, in summer time too', () => {
    expect(publishedAtText('2026-11-23T09:32:24.955Z')).toBe('23 November 2026 at 09:32')
    expect(publishedAtText('2026-07-01T23:30:00Z')).toBe('2 July 2026 at 00:30')
  })
})
