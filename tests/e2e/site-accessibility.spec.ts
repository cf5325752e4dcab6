/**
 * The public site, built from the fixture snapshot, passes axe's WCAG 2.0/2.1/2.2 A and AA rules on
 * every page template with JavaScript on and with it off; it reflows at 320 CSS px (1280 px at 400%
 * zoom) without horizontal scrolling; and its pages ask nothing of any host but the site itself.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

/** One URL per page template (real slugs from tests/fixtures/demo-snapshot.json). */
const templates: { name: string; path: string; status?: number }[] = [
  { name: 'home', path: '/' },
  { name: 'hubs index', path: '/hubs/' },
  { name: 'hub', path: '/hubs/birchwood-family-hub/' },
  { name: 'services index', path: '/services/' },
  { name: 'service', path: '/services/stay-and-play/' },
  { name: 'service overdue for a check', path: '/services/toddler-group/' },
  { name: 'venues index', path: '/venues/' },
  { name: 'venue', path: '/venues/appleton-thorn-village-hall/' },
  { name: "what's on", path: '/whats-on/' },
  { name: 'advice index', path: '/advice/' },
  { name: 'advice article', path: '/advice/toddler-tantrums/' },
  { name: 'categories index', path: '/categories/' },
  { name: 'category', path: '/categories/baby-massage-and-baby-classes/' },
  { name: 'age group', path: '/ages/baby/' },
  { name: 'search', path: '/search/' },
  { name: 'search with a query', path: '/search/?q=stay+and+play' },
  {
    name: 'search with filters and a place',
    path: '/search/?q=stay+and+play&day=Tuesday&cost=Free#where=WA5+1EZ&radius=5',
  },
  { name: 'search for a postcode not found', path: '/search/?q=baby#where=WA99+9ZZ' },
  { name: 'browse by day index', path: '/days/' },
  { name: 'browse by day', path: '/days/tuesday/' },
  { name: 'accessibility statement', path: '/accessibility/' },
  { name: 'privacy notice', path: '/privacy/' },
  { name: 'open data', path: '/open-data/' },
  { name: 'not found', path: '/no-such-page/', status: 404 },
]

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>

/** Everything a developer needs to fix each violation without running the test again. */
const describeViolations = (where: string, violations: AxeResults['violations']): string =>
  [
    `${violations.length} accessibility violation(s) on ${where}:`,
    ...violations.map((v) => {
      const targets = v.nodes.slice(0, 3).map((n) => `    - ${n.target.join(' ')}`)
      const more = v.nodes.length > 3 ? [`    ... and ${v.nodes.length - 3} more`] : []
      const summary = v.nodes[0]?.failureSummary?.replace(/\s*\n\s*/g, ' ')
      return [
        `  [${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})`,
        ...targets,
        ...more,
        ...(summary ? [`    first: ${summary}`] : []),
      ].join('\n')
    }),
  ].join('\n')

/** Open a page and let it settle; on the search page, wait for the results and open every filter (axe checks what is shown). */
const open = async (page: Page, template: (typeof templates)[number], javaScript: boolean) => {
  const response = await page.goto(template.path, { waitUntil: 'load' })
  expect(response?.status(), `status of ${template.path}`).toBe(template.status ?? 200)
  if (javaScript && template.path.startsWith('/search/')) {
    await expect(page.locator('#search-input')).toBeVisible()
    await expect(page.locator('#search-results')).toHaveAttribute('data-search-state', /idle|done/)
    if (template.path.includes('?q='))
      await expect(page.locator('#search-results[data-search-state="done"] > li').first()).toBeVisible()
    for (const details of await page.locator('#search-filters details').all()) await details.locator('summary').click()
  }
  await page.waitForLoadState('networkidle')
}

const expectNoViolations = async (page: Page, where: string) => {
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
  expect(violations.length, describeViolations(where, violations)).toBe(0)
}

test.describe('axe, JavaScript on', () => {
  for (const template of templates) {
    test(`${template.name} (${template.path})`, async ({ page }) => {
      await open(page, template, true)
      await expectNoViolations(page, `${template.path} with JavaScript on`)
    })
  }
})

/**
 * The page as a browser with JavaScript off builds it: no script runs and <noscript> content shows.
 * axe is itself a script run in the page, and Chromium with javaScriptEnabled: false never settles
 * its promises ("Resulting promise was garbage collected"), so the page is opened in a JavaScript-on
 * context with every script removed from the HTML as it arrives (JSON-LD data blocks stay), every
 * script request refused, and the <noscript> tags unwrapped so their content is parsed and checked.
 */
const withoutJavaScript = (html: string) =>
  html
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (script, attrs: string) =>
      /\btype\s*=\s*["']?application\/ld\+json/i.test(attrs) ? script : '',
    )
    .replace(/<\/?noscript\b[^>]*>/gi, '')

test.describe('axe, JavaScript off', () => {
  test.beforeEach(async ({ page }) => {
    await page.route('**/*', async (route) => {
      const type = route.request().resourceType()
      if (type === 'script') return route.abort()
      if (type !== 'document') return route.continue()
      const response = await route.fetch()
      return route.fulfill({
        status: response.status(),
        contentType: response.headers()['content-type'],
        body: withoutJavaScript(await response.text()),
      })
    })
  })
  for (const template of templates) {
    test(`${template.name} (${template.path})`, async ({ page }) => {
      await open(page, template, false)
      expect(await page.locator('script:not([type="application/ld+json"])').count(), 'scripts left in the page').toBe(0)
      await expectNoViolations(page, `${template.path} with JavaScript off`)
    })
  }
})

test.describe('reflow at 320 CSS px (1280 px at 400% zoom)', () => {
  test.use({ viewport: { width: 320, height: 640 } })
  for (const path of ['/', '/hubs/birchwood-family-hub/', '/services/stay-and-play/']) {
    test(`no horizontal scroll on ${path}`, async ({ page }) => {
      await page.goto(path)
      await page.waitForLoadState('networkidle')
      const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
        const root = document.documentElement
        // The elements that stick out past the right edge, to say what to fix.
        const wide = [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 1)
          .slice(0, 5)
          .map(
            (e) =>
              `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.classList.length ? `.${[...e.classList].join('.')}` : ''} (right edge ${Math.round(e.getBoundingClientRect().right)} px)`,
          )
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide }
      })
      expect(
        scrollWidth,
        `${path} at 320 px: scrollWidth ${scrollWidth} > clientWidth ${clientWidth}; wide elements: ${wide.join(', ') || 'none found'}`,
      ).toBeLessThanOrEqual(clientWidth + 1)
    })
  }
})

test.describe('no third-party requests', () => {
  for (const path of [
    '/',
    '/hubs/birchwood-family-hub/',
    '/services/stay-and-play/',
    '/whats-on/',
    '/search/?q=stay+and+play',
    '/search/?q=stay+and+play#where=WA5+1EZ',
  ]) {
    test(`only the site itself is asked, on ${path}`, async ({ page, baseURL }) => {
      const own = new URL(baseURL!).host
      const elsewhere: string[] = []
      page.on('request', (request) => {
        const url = new URL(request.url())
        // data: and blob: URLs are made in the page and go to no host.
        if (url.protocol === 'data:' || url.protocol === 'blob:') return
        if (url.host !== own) elsewhere.push(`${request.resourceType()} ${request.url()}`)
      })
      await page.goto(path)
      if (path.includes('?q=')) await expect(page.locator('#search-results > li').first()).toBeVisible()
      await page.waitForLoadState('networkidle')
      expect(elsewhere, `requests from ${path} to hosts other than ${own}`).toEqual([])
    })
  }
})
