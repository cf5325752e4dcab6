/**
 * What parents do on the public site, built from the demo snapshot for Wednesday 10 February 2027
 * (SITE_TODAY). The browser's clock is set to that day too, unless a test says otherwise.
 */
import { expect, test, type Page } from '@playwright/test'
import { SITE_TODAY } from './support/site-date.ts'

const at = (date: string, time = '10:00:00') => new Date(`${date}T${time}Z`) // February: London is on GMT

const openOn = async (page: Page, url: string, date = SITE_TODAY) => {
  await page.clock.setFixedTime(at(date))
  await page.goto(url)
}

test('a parent finds a stay and play on a Tuesday at a West hub and opens its page', async ({ page }) => {
  await openOn(page, '/')
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Family hubs' }).click()
  const west = page.getByRole('region', { name: 'West' })
  await west.getByRole('link', { name: 'Bewsey and Dallam Family Hub' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bewsey and Dallam Family Hub')

  const nextWeek = page.getByRole('region', { name: /^Next week/ })
  const tuesday = nextWeek.getByRole('region', { name: 'Tuesday 16 February' })
  const session = tuesday.locator('.fh-session', { hasText: 'Stay and Play' })
  await expect(session).toHaveCount(1)
  await expect(session).toContainText('13:00 to 15:00')
  await session.getByRole('link', { name: /Stay and Play/ }).click()

  await expect(page).toHaveURL(/\/services\/stay-and-play\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stay and Play')
  const venue = page.getByRole('region', { name: 'Bewsey and Dallam Family Hub' })
  await expect(venue).toContainText('Every week on Tuesday, 13:00 to 15:00')
  await expect(venue.locator('.fh-date').first()).toContainText('Tuesday 16 February, 13:00 to 15:00')
})

test("what's on filters by hub, category and age, keeps the choice in the address, and finds the same Tuesday stay and play", async ({
  page,
}) => {
  await openOn(page, '/whats-on/')
  await page.getByLabel('Hub').selectOption({ label: 'Bewsey and Dallam Family Hub' })
  await page.getByLabel('Category').selectOption({ label: 'Activities, clubs and groups' })
  await page.getByLabel('Age').selectOption({ label: 'Toddlers (1 to 2)' })
  await expect(page).toHaveURL(/\?hub=bewsey-and-dallam-family-hub&category=activities-clubs-and-groups&age=toddler$/)
  await expect(page.getByRole('status')).toContainText('match your choices')

  const visible = page.locator('.fh-session:visible')
  const count = await visible.count()
  expect(count).toBeGreaterThan(0)
  for (let i = 0; i < count; i++)
    await expect(visible.nth(i)).toHaveAttribute('data-hub', 'bewsey-and-dallam-family-hub')
  const tuesday = page.getByRole('region', { name: 'Tuesday 16 February' })
  await expect(tuesday.locator('.fh-session:visible', { hasText: 'Stay and Play' })).toHaveCount(1)

  // A shared link shows the same list.
  await page.reload()
  await expect(page.getByLabel('Hub')).toHaveValue('bewsey-and-dallam-family-hub')
  await expect(page.locator('.fh-session:visible')).toHaveCount(count)
  await tuesday.getByRole('link', { name: /Stay and Play/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stay and Play')
})

test('a cancelled session shows as cancelled, with its reason, in the right week on the hub page and the service page', async ({
  page,
}) => {
  const reason = 'Staff training day. Stay and Play at Padgate Family Hub on Monday is open as usual.'
  await openOn(page, '/hubs/birchwood-family-hub/')
  const thisWeek = page.getByRole('region', { name: /^This week/ })
  const nextWeek = page.getByRole('region', { name: /^Next week/ })

  const cancelled = nextWeek
    .getByRole('region', { name: 'Tuesday 16 February' })
    .locator('.fh-session', { hasText: 'Stay and Play' })
  await expect(cancelled).toHaveAttribute('data-status', 'cancelled')
  await expect(cancelled).toContainText('Cancelled')
  await expect(cancelled).toContainText(reason)

  // The week before, it is on as usual.
  const usual = thisWeek
    .getByRole('region', { name: 'Tuesday 9 February' })
    .locator('.fh-session', { hasText: 'Stay and Play' })
  await expect(usual).toHaveAttribute('data-status', 'on')
  await expect(usual).not.toContainText('Cancelled')

  // A change this week is highlighted with what changed.
  const changed = thisWeek
    .getByRole('region', { name: 'Tuesday 9 February' })
    .locator('.fh-session[data-status="changed"]')
  await expect(changed.first()).toContainText('Changed')

  await page.goto('/services/stay-and-play/')
  const birchwood = page.getByRole('region', { name: 'Birchwood Family Hub' })
  const date = birchwood.locator('.fh-date', { hasText: 'Tuesday 16 February' })
  await expect(date).toHaveAttribute('data-status', 'cancelled')
  await expect(date).toContainText('Cancelled')
  await expect(date).toContainText(reason)
  await expect(birchwood.locator('.fh-date', { hasText: 'Tuesday 23 February' })).toHaveAttribute('data-status', 'on')
})

test("the hub's print view holds all of this week's sessions and none of the page chrome", async ({ page }) => {
  await openOn(page, '/hubs/birchwood-family-hub/')
  const weekSessions = await page
    .getByRole('region', { name: /^This week/ })
    .locator('.fh-session')
    .count()
  expect(weekSessions).toBeGreaterThan(10)

  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByText('Timetable for the week beginning Monday 8 February 2027')).toBeVisible()
  await expect(page.locator('.fh-session:visible')).toHaveCount(weekSessions)
  for (const chrome of ['header', 'footer', '.govuk-breadcrumbs', '.govuk-skip-link', 'nav'])
    for (const element of await page.locator(chrome).all()) await expect(element).toBeHidden()
  await expect(page.getByRole('heading', { name: /^Next week/ })).toBeHidden()
  await expect(page.getByRole('heading', { name: /^Opening hours/ })).toBeHidden()
  await expect(page.getByRole('heading', { name: /^Services at/ })).toBeHidden()
  await expect(page.getByText("Print this week's timetable")).toBeHidden()

  // And on screen they are all there.
  await page.emulateMedia({ media: 'screen' })
  await expect(page.locator('header')).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Next week/ })).toBeVisible()
})

test("what's on read days after it was built starts at today; without JavaScript its dates are explicit", async ({
  page,
  browser,
}) => {
  await openOn(page, '/whats-on/', '2027-02-13')
  const days = page.locator('.fh-day:visible .fh-day__heading')
  await expect(days.first()).toHaveText(/^Saturday 13 February\s*Today$/)
  await expect(page.getByRole('region', { name: 'Wednesday 10 February' })).toBeHidden()
  // 14 days from today, and no more.
  await expect(days.last()).toHaveText('Friday 26 February')
  expect(await days.count()).toBeLessThanOrEqual(14)

  const noScript = await browser.newContext({ javaScriptEnabled: false })
  const plain = await noScript.newPage()
  await plain.goto('/whats-on/')
  await expect(plain.locator('.fh-day__heading').first()).toHaveText('Wednesday 10 February')
  await expect(plain.getByText('Today', { exact: true })).toHaveCount(0)
  await expect(plain.locator('#whats-on-filters')).toBeHidden()
  await noScript.close()
})

test('every page link works without JavaScript: home to hub to service to venue, calendar and advice', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/')
  await page.getByRole('link', { name: 'Great Sankey Family Hub' }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Great Sankey Family Hub')
  const ics = await page.request.get(
    (await page.getByRole('link', { name: "Add this hub's timetable to your calendar" }).getAttribute('href')) ?? '',
  )
  expect(ics.status()).toBe(200)
  expect(ics.headers()['content-type']).toContain('text/calendar')
  expect(await ics.text()).toContain('BEGIN:VCALENDAR')
  await page
    .getByRole('region', { name: /^Services at/ })
    .getByRole('link')
    .first()
    .click()
  await expect(page).toHaveURL(/\/services\/[a-z0-9-]+\/$/)
  // The service's own feed holds every one of its series, with their exact dates.
  const serviceFeed = await page.request.get(
    (await page.getByRole('link', { name: /^Add (every session of )?.+ to your calendar$/ }).getAttribute('href')) ??
      '',
  )
  expect(serviceFeed.status()).toBe(200)
  expect(serviceFeed.headers()['content-type']).toContain('text/calendar')
  const seriesInFeed = new Set([...(await serviceFeed.text()).matchAll(/^UID:session-(\d+)/gm)].map((m) => m[1]))
  expect(seriesInFeed.size).toBe(await page.locator('.fh-series').count())
  await page.locator('#where-and-when ~ section h3 a').first().click()
  await expect(page).toHaveURL(/\/venues\/[a-z0-9-]+\/$/)
  await expect(page.getByRole('heading', { name: 'Sessions held here' })).toBeVisible()
  await page.goto('/advice/')
  await page.locator('main a[href^="/advice/"]').first().click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const missing = await page.request.get('/no-such-page/')
  expect(missing.status()).toBe(404)
  expect(await missing.text()).toContain('Page not found')
  await context.close()
})

test('a parent searches "stay and play" near WA5 from the home page: West places nearest first with distances, the postcode never sent', async ({
  page,
}) => {
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  await openOn(page, '/')
  await page.getByLabel('What are you looking for?').fill('stay and play')
  await page.getByLabel('Where? (optional)').fill('wa5 1ez')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/\/search\/\?q=stay%20and%20play#where=wa5%201ez$/)
  await expect(page.locator('#search-results[data-search-state="done"] > li').first()).toBeVisible()
  await expect(page.locator('#search-status')).toContainText('within 5 miles of WA5 1EZ')
  await expect(page.locator('#search-results > li').first()).toContainText(/miles/)
  // Only the outcode's lookup file is asked for: the full postcode never leaves the browser.
  expect(requests.filter((url) => /1ez/i.test(url))).toEqual([])
  expect(requests.filter((url) => /wa5/i.test(url)).map((url) => new URL(url).pathname)).toEqual([
    '/postcodes/WA5.json',
  ])
})
