/**
 * The Open data page of the public site, built from the demo snapshot: a developer finds it from the
 * footer, sees every endpoint of the Open Referral UK API, and every example it links to answers
 * (the API with JSON, the calendar feeds with iCalendar, the download with the whole dataset).
 *
 * The site is served as the product serves it (site/bin/serve.ts), with the live API
 * (site/server/open-referral-api.ts): the documented addresses answer as they are, and so do the
 * example queries and their errors.
 * Accessibility: /open-data/ is one of the templates of site-accessibility.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test'

const openFromFooter = async (page: Page) => {
  await page.goto('/')
  await page.getByRole('contentinfo').getByRole('link', { name: 'Open data' }).click()
  await expect(page).toHaveURL(/\/open-data\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data')
}

const hrefsOf = async (page: Page, where: ReturnType<Page['locator']>) =>
  Promise.all(
    (await where.getByRole('link').all()).map(async (link) => ({
      name: (await link.textContent())!.trim(),
      href: (await link.getAttribute('href'))!,
    })),
  )

test('a developer finds Open data from the footer: who publishes it, the licence, the standard and when it was published', async ({
  page,
}) => {
  await openFromFooter(page)
  const summary = page.locator('dl.govuk-summary-list').first()
  await expect(summary).toContainText('Published by')
  await expect(summary).toContainText('23 November 2026 at 09:32') // the fixture's publishedAt, 09:32 UTC in November: GMT
  await expect(summary.getByRole('link', { name: 'Open Government Licence v3.0' })).toHaveAttribute(
    'href',
    'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  )
  await expect(summary.getByRole('link', { name: 'Open Referral UK', exact: true })).toHaveAttribute(
    'href',
    'https://openreferraluk.org/',
  )
  await expect(summary).toContainText(/http:\/\/localhost:\d+\/api\//)
  await expect(page.locator('.govuk-inset-text')).toContainText('licensed under the Open Government Licence v3.0')
})

test('the page lists every endpoint of the API, each with an example that answers with JSON, open to any origin', async ({
  page,
  request,
}) => {
  await openFromFooter(page)
  const endpoints = page.getByRole('table', { name: 'Endpoints' })
  await expect(endpoints.locator('tbody th')).toHaveText([
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
  const examples = await hrefsOf(page, endpoints)
  expect(examples.map((e) => e.name)).toContain('Antenatal Clinic')
  expect(examples).toHaveLength(11)

  for (const { name, href } of examples) {
    const response = await request.get(href)
    expect(response.status(), `${name}: ${href}`).toBe(200)
    expect(response.headers()['content-type'], `${name}: ${href}`).toMatch(/json/)
    expect(response.headers()['access-control-allow-origin'], `${name}: ${href}`).toBe('*')
    const body = (await response.json()) as { id?: string; contents?: unknown[]; version?: string }
    const id = /\/([0-9a-f-]{36})$/.exec(href)?.[1]
    if (id) expect(body.id, `${name}: the record of ${href}`).toBe(id)
    else if (href === '/api/') expect(body.version).toBe('HSDS-UK-3.0')
    else expect(body.contents?.length, `${name}: a page of ${href}`).toBeGreaterThan(0)
  }

  // A static copy's second page of services.
  const second = page.getByRole('link', { name: '/api/services/page/2' })
  const response = await request.get((await second.getAttribute('href'))!)
  expect(response.status()).toBe(200)
  expect(((await response.json()) as { page_number: number }).page_number).toBe(2)
})

test('the example queries answer, and a parameter it cannot use is a 400 naming it', async ({ page, request }) => {
  await openFromFooter(page)
  const queries = await hrefsOf(page, page.locator('h3:has-text("Example queries") + p + ul'))
  expect(queries.map((q) => q.href)).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^\/api\/services\?taxonomy_term_id=[0-9a-f-]{36}$/),
      expect.stringMatching(/^\/api\/service_at_locations\?postcode=[A-Z0-9]+%20[A-Z0-9]+&proximity=3000$/),
      '/api/services?day=MO&start_time=09:00',
    ]),
  )
  for (const { name, href } of queries) {
    const response = await request.get(href)
    expect(response.status(), `${name}: ${href}`).toBe(200)
    const text = await response.text()
    if (href.includes('format=ndjson')) for (const line of text.split('\n').filter(Boolean)) JSON.parse(line)
    else expect((JSON.parse(text) as { contents: unknown[] }).contents.length, `${name}: ${href}`).toBeGreaterThan(0)
  }
  for (const [href, parameter] of [
    ['/api/services?per_page=5000', 'per_page'],
    ['/api/services?day=someday', 'day'],
  ] as const) {
    const response = await request.get(href)
    expect(response.status(), href).toBe(400)
    expect(response.headers()['content-type'], href).toMatch(/json/)
    expect(await response.text(), href).toContain(parameter)
  }
})

test('the download, the calendar feeds and the sitemap it links to answer', async ({ page, request }) => {
  await openFromFooter(page)
  const download = await request.get(
    (await page
      .getByRole('link', { name: /Download all the data/ })
      .first()
      .getAttribute('href'))!,
  )
  expect(download.status()).toBe(200)
  const dataset = (await download.json()) as { format: string; licence: string; services: unknown[] }
  expect(dataset.format).toBe('family-hub-directory/open-referral-uk')
  expect(dataset.licence).toBe('https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/')
  expect(dataset.services.length).toBeGreaterThan(50)

  const feeds = await hrefsOf(page, page.getByRole('table', { name: 'Calendar feeds' }))
  expect(feeds.map((f) => f.href)).toEqual([
    expect.stringMatching(/^\/calendars\/hubs\/[a-z0-9-]+\.ics$/),
    '/calendars/services/antenatal-clinic.ics',
  ])
  for (const { name, href } of feeds) {
    const response = await request.get(href)
    expect(response.status(), `${name}: ${href}`).toBe(200)
    expect(response.headers()['content-type'], href).toMatch(/^text\/calendar/)
    expect(await response.text(), href).toContain('BEGIN:VCALENDAR')
  }

  const sitemap = await request.get(
    (await page.getByRole('link', { name: 'sitemap', exact: true }).getAttribute('href'))!,
  )
  expect(sitemap.status()).toBe(200)
  expect(await sitemap.text()).toMatch(/<loc>http:\/\/localhost:\d+\/open-data\/<\/loc>/)
})
