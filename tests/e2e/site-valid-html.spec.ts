/**
 * Every page template of the public site is valid HTML by the W3C Nu HTML checker (vnu.jar, run by
 * the machine's Java): the HTML as served, one page per template of site/pages/, and the page as
 * its scripts leave it where they write markup (search results, what's on filters, dated lists,
 * the report-a-problem form, "near me"). All files are checked in ONE vnu run (one JVM start).
 *
 * Not built from the fixture snapshot, so not checked here: /whats-on/<area>/ (only when the
 * fortnight is too long for one page) and page 2 onwards of a category, age group or day.
 *
 * Errors fail the test, each with its page, line, column and message; warnings are printed.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { checkHtmlFiles, describeMessage, isError, type NuMessage } from './support/nu-html-checker.ts'

/** One address per template of site/pages/ (real slugs from tests/fixtures/demo-snapshot.json). */
const served: { name: string; path: string; status?: number }[] = [
  { name: 'home', path: '/' },
  { name: 'hubs index', path: '/hubs/' },
  { name: 'hub', path: '/hubs/birchwood-family-hub/' },
  { name: 'services index', path: '/services/' },
  { name: 'service', path: '/services/stay-and-play/' },
  { name: 'service overdue for a check', path: '/services/toddler-group/' },
  { name: 'venues index', path: '/venues/' },
  { name: 'venue', path: '/venues/appleton-thorn-village-hall/' },
  { name: 'advice index', path: '/advice/' },
  { name: 'advice article', path: '/advice/toddler-tantrums/' },
  { name: 'categories index', path: '/categories/' },
  { name: 'category', path: '/categories/baby-massage-and-baby-classes/' },
  { name: 'category with subcategories', path: '/categories/send/' },
  { name: 'age group', path: '/ages/baby/' },
  { name: 'days index', path: '/days/' },
  { name: 'day', path: '/days/tuesday/' },
  { name: "what's on", path: '/whats-on/' },
  // The same file for any query: search runs in the browser (see the rendered pages below).
  { name: 'search', path: '/search/' },
  { name: 'open data', path: '/open-data/' },
  { name: 'accessibility statement', path: '/accessibility/' },
  { name: 'privacy notice', path: '/privacy/' },
  { name: 'not found', path: '/no-such-page/', status: 404 },
]

/** Pages whose scripts add or change markup, checked as the browser holds them once the scripts have run. */
const rendered: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
  { name: 'home', path: '/', ready: async () => {} },
  { name: 'hub', path: '/hubs/birchwood-family-hub/', ready: async () => {} },
  { name: 'service', path: '/services/stay-and-play/', ready: async () => {} },
  { name: "what's on", path: '/whats-on/', ready: async () => {} },
  {
    name: 'search with a query, filters and a place',
    path: '/search/?q=stay+and+play&day=Tuesday&cost=Free#where=WA5+1EZ&radius=5',
    ready: async (page) =>
      await expect(page.locator('#search-results[data-search-state="done"] > li').first()).toBeVisible(),
  },
  {
    name: 'search for a postcode not found',
    path: '/search/?q=baby#where=WA99+9ZZ',
    ready: async (page) => await expect(page.locator('#search-where-error')).toBeVisible(),
  },
]

const fileName = (name: string, kind: 'served' | 'rendered') =>
  `${kind}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.html`

test('every page template passes the W3C Nu HTML checker', async ({ request, page }) => {
  test.setTimeout(180_000)
  const dir = await mkdtemp(path.join(tmpdir(), 'family-hub-valid-html-'))
  const where = new Map<string, string>()

  for (const template of served) {
    const response = await request.get(template.path)
    expect(response.status(), `status of ${template.path}`).toBe(template.status ?? 200)
    const file = path.join(dir, fileName(template.name, 'served'))
    await writeFile(file, await response.text())
    where.set(file, `${template.name} (${template.path}, as served)`)
  }
  for (const template of rendered) {
    const response = await page.goto(template.path, { waitUntil: 'load' })
    expect(response?.status(), `status of ${template.path}`).toBe(200)
    await template.ready(page)
    await page.waitForLoadState('networkidle')
    const file = path.join(dir, fileName(template.name, 'rendered'))
    await writeFile(file, await page.content())
    where.set(file, `${template.name} (${template.path}, after its scripts)`)
  }

  const messages = await checkHtmlFiles([...where.keys()])
  const pageOf = (m: NuMessage) => (m.url ? where.get(new URL(m.url).pathname) : undefined) ?? m.url ?? 'unknown file'
  const listed = (list: NuMessage[]) => list.map((m) => `  ${pageOf(m)}: ${describeMessage(m)}`).join('\n')

  const warnings = messages.filter((m) => !isError(m))
  if (warnings.length > 0) console.log(`The Nu HTML checker's ${warnings.length} warning(s):\n${listed(warnings)}`)
  const errors = messages.filter(isError)
  expect(
    errors.length,
    `The Nu HTML checker found ${errors.length} error(s) (pages kept in ${dir}):\n${listed(errors)}`,
  ).toBe(0)
  await rm(dir, { recursive: true, force: true })
})
