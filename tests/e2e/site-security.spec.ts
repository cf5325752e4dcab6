/**
 * The public site's security headers, read from the product's static server, and its pages
 * working under that policy in Chromium: no script, style, connection or form blocked.
 */
import { expect, test } from '@playwright/test'
import { siteSecurityHeaders } from '../../core/http/security-headers.ts'
import { recordViolations } from './support/csp-violations.ts'

// The e2e site's pages post "report a problem" to the CMS that `npm start` would serve (CMS_URL unset).
const expected = siteSecurityHeaders({ formOrigins: ['http://localhost:3000'], production: false })

test('every kind of response carries the security headers, HSTS only in production', async ({ request }) => {
  const home = await request.get('/')
  const script = (await home.text()).match(/<script type="module" src="([^"]+)"/)?.[1]
  expect(script, 'the home page loads its script from a file').toBeTruthy()
  const addresses = [
    '/',
    '/search/',
    '/hubs/birchwood-family-hub/',
    '/no-such-page/',
    '/api/services?per_page=1',
    '/api/nothing-here',
    script!,
    '/favicon.svg',
    '/open-data/',
  ]
  for (const address of addresses) {
    const response = await request.get(address, { maxRedirects: 0 })
    const headers = response.headers()
    expect.soft(headers['content-security-policy'], address).toBe(expected['Content-Security-Policy'])
    expect.soft(headers['x-content-type-options'], address).toBe('nosniff')
    expect.soft(headers['referrer-policy'], address).toBe('strict-origin-when-cross-origin')
    expect.soft(headers['x-frame-options'], address).toBe('DENY')
    expect.soft(headers['strict-transport-security'], address).toBeUndefined()
  }
  const policy = expected['Content-Security-Policy']!
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';")
  expect(policy).toContain("frame-ancestors 'none'")
})

test('the build writes the same headers, production ones, for a static host (_headers)', async ({ request }) => {
  const file = await (await request.get('/_headers')).text()
  const production = siteSecurityHeaders({ formOrigins: ['http://localhost:3000'], production: true })
  expect(file.split('\n')[0]).toBe('/*')
  for (const [name, value] of Object.entries(production)) expect(file).toContain(`\n  ${name}: ${value}\n`)
  expect(production['Strict-Transport-Security']).toBeDefined()
})

test('no page has an inline script, an event-handler attribute or an inline style', async ({ request }) => {
  for (const address of [
    '/',
    '/search/',
    '/hubs/birchwood-family-hub/',
    '/services/antenatal-clinic/',
    '/advice/',
    '/whats-on/',
    '/404.html',
  ]) {
    const response = await request.get(address)
    expect(response.ok(), address).toBe(true)
    const html = await response.text()
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      ([, attributes, body]) =>
        !/\bsrc=/.test(attributes ?? '') &&
        !/type="application\/(ld\+)?json"/.test(attributes ?? '') &&
        (body ?? '').trim() !== '',
    )
    expect
      .soft(
        inline.map(([tag]) => tag.slice(0, 80)),
        address,
      )
      .toEqual([])
    expect.soft(html.match(/<[^>]+\son[a-z]+\s*=/gi) ?? [], address).toEqual([])
    expect.soft(html.match(/<[^>]+\sstyle\s*=/gi) ?? [], address).toEqual([])
  }
})

test('search, filters, the timetable and near me work under the policy, with nothing blocked', async ({ page }) => {
  const violations = await recordViolations(page)
  await page.goto('/')
  await page.goto('/search/?q=stay+and+play')
  // Pagefind's WebAssembly and index load and answer.
  await expect(page.locator('#search-results')).toHaveAttribute('data-search-state', 'done')
  expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0)
  await page.goto('/hubs/birchwood-family-hub/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const service = await page.locator('main a[href^="/services/"]').first().getAttribute('href')
  await page.goto(service!)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.goto('/whats-on/')
  await page.screenshot({ path: 'test-results/site-under-csp.png', fullPage: false })
  expect(await violations()).toEqual([])
})
