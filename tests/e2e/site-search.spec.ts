/**
 * Search on the public site (built from the demo snapshot for Wednesday 10 February 2027): words,
 * parents' words, filters with counts, nearest first from a postcode, the state in the address,
 * offline once loaded, and the pages that list the same things without JavaScript.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'

const results = (page: Page) => page.locator('#search-results > li')
const settled = async (page: Page) => {
  await expect(page.locator('#search-results')).toHaveAttribute('data-search-state', 'done')
}
const titles = async (page: Page) => (await results(page).locator('h3').allTextContents()).map((t) => t.trim())
const filter = async (page: Page, facet: string, value: string) => {
  const section = page.locator(`#search-filters details[data-facet="${facet}"]`)
  if (!(await section.evaluate((d: HTMLDetailsElement) => d.open))) await section.locator('summary').click()
  await section.getByRole('checkbox', { name: new RegExp(`^${value} \\(\\d+\\)$`) }).check()
}
const miles = async (items: Locator) =>
  (await items.locator('.fh-result__distance').allTextContents()).map((t) =>
    t.startsWith('less than') ? 0 : Number.parseFloat(t),
  )

test('"stay and play" with Tuesday and Free ticked finds free services on Tuesdays, lists their Tuesday sessions, and the counts agree', async ({
  page,
}) => {
  await page.goto('/search/')
  await page.getByLabel('What are you looking for?').fill('stay and play')
  await settled(page)
  await expect(page).toHaveURL(/\?q=stay\+and\+play$/)
  await filter(page, 'day', 'Tuesday')
  await settled(page)
  await filter(page, 'cost', 'Free')
  await expect(page).toHaveURL(/\?q=stay\+and\+play&day=Tuesday&cost=Free$/)
  await settled(page)

  const found = await titles(page)
  expect(found).toContain('Stay and Play')
  for (const item of await results(page).all()) {
    await expect(item.locator('.fh-result__kind')).toHaveText('Service')
    await expect(item).toContainText(/\bFree\b/)
    // Only its sessions on a Tuesday are listed under it, each a link to its series.
    const sessions = item.locator('.fh-result__sessions > li')
    expect(await sessions.count()).toBeGreaterThan(0)
    for (const text of await sessions.allTextContents()) expect(text).toContain('Tuesday')
  }
  const stayAndPlay = results(page).filter({ has: page.getByRole('heading', { name: 'Stay and Play', exact: true }) })
  await expect(stayAndPlay.locator('.fh-result__sessions')).toContainText('Birchwood Family Hub')
  await expect(stayAndPlay.locator('.fh-result__sessions')).not.toContainText('Padgate') // Mondays
  await expect(page.locator('#search-status')).toHaveText(
    `${found.length} ${found.length === 1 ? 'result' : 'results'} for “stay and play”.`,
  )
  await expect(page.getByRole('checkbox', { name: /^Tuesday \(/ })).toHaveAccessibleName(`Tuesday (${found.length})`)
  await expect(page.getByRole('checkbox', { name: /^Paid \(/ })).toHaveAccessibleName('Paid (0)')

  await stayAndPlay.getByRole('link', { name: /Birchwood Family Hub: Every week on Tuesday/ }).click()
  await expect(page).toHaveURL(/\/services\/stay-and-play\/#session-stay-and-play-birchwood-family-hub-tu-0930$/)
})

test('a day and a time of day chosen together find a session then, not one on the day and another at the time', async ({
  page,
}) => {
  // Autism Parent Support Group meets on Tuesday mornings and Thursday evenings.
  await page.goto('/search/?q=autism&day=Tuesday')
  await settled(page)
  expect(await titles(page)).toContain('Autism Parent Support Group')
  await page.goto('/search/?q=autism&day=Thursday&time=Evening')
  await settled(page)
  expect(await titles(page)).toContain('Autism Parent Support Group')
  const group = results(page).filter({ hasText: 'Autism Parent Support Group' })
  for (const text of await group.locator('.fh-result__sessions > li').allTextContents())
    expect(text).toContain('Thursday')
  await page.goto('/search/?q=autism&day=Tuesday&time=Evening')
  await settled(page)
  expect(await titles(page)).not.toContain('Autism Parent Support Group')
  // The counts say the same: with Evening chosen, Thursday has it and Tuesday has none of it.
  const days = page.locator('#search-filters details[data-facet="day"]')
  if (!(await days.evaluate((d: HTMLDetailsElement) => d.open))) await days.locator('summary').click()
  await expect(page.getByRole('checkbox', { name: /^Thursday \(/ })).toHaveAccessibleName(/^Thursday \([1-9]\d*\)$/)
  await expect(page.getByRole('checkbox', { name: /^Tuesday \(/ })).toHaveAccessibleName(
    `Tuesday (${(await titles(page)).length})`,
  )
})

test('words typed as a parent would: a day and a place in the words, and their terms for things', async ({ page }) => {
  await page.goto('/search/?q=toddler+group+tuesday+near+WA5')
  await settled(page)
  await expect(page.locator('#search-understood')).toHaveText(
    'Searching for “stay and play” (you typed “toddler group”), on Tuesday, near WA5.',
  )
  for (const item of await results(page).all())
    await expect(item.locator('.fh-result__sessions')).toContainText('Tuesday')

  for (const [typed, expected] of [
    ['playgroup', 'Stay and Play'],
    ['HV', 'Health Visitor Drop-in'],
    ['health vistor', 'Health Visitor Drop-in'],
    ['breastfeeding', 'Infant Feeding Support'],
    ['CAB', 'Citizens Advice at the Family Hub'],
    ['midwive', 'Antenatal Clinic'],
    ['creche', 'Crèche'],
    ['SEN', 'SENDIASS Drop-in'],
  ]) {
    await page.getByLabel('What are you looking for?').fill(typed!)
    await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(typed!).replace(/%20/g, '\\+')}`))
    await settled(page)
    expect(await titles(page), `results for "${typed}"`).toContain(expected)
  }
})

test('a West postcode lists West family hubs first, nearest first, with miles; a smaller distance keeps only what is within it', async ({
  page,
}) => {
  await page.goto('/search/?type=Family+hub#where=WA5+1EZ&radius=20')
  await settled(page)
  await expect(page.locator('#search-status')).toHaveText(/^14 results within 20 miles of WA5 1EZ\.$/)
  await expect(results(page)).toHaveCount(10)
  await page.getByRole('button', { name: 'Show more results' }).click()
  await expect(results(page)).toHaveCount(14)
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden()
  await expect(results(page).nth(10).getByRole('link')).toBeFocused()
  const distances = await miles(results(page))
  expect(distances).toHaveLength(14)
  expect(distances).toEqual([...distances].sort((a, b) => a - b))
  const lines = await results(page).locator('p.govuk-body-s:not(:has(.fh-result__kind))').allTextContents()
  expect(
    lines.slice(0, 3).every((line) => line.startsWith('West:')),
    lines.join('\n'),
  ).toBe(true)
  expect(await titles(page)).toContain('Great Sankey Family Hub')
  expect((await titles(page))[0]).toBe('Great Sankey Family Hub') // WA5 1EZ is its own postcode

  await page.getByLabel('Within', { exact: true }).selectOption('1')
  await expect(page).toHaveURL(/#where=WA5\+1EZ&radius=1$/)
  await settled(page)
  const near = await miles(results(page))
  expect(near.length).toBeGreaterThan(0)
  expect(near.length).toBeLessThan(14)
  expect(near.every((m) => m <= 1)).toBe(true)
})

test('a postcode that does not exist gets a clear message, and the results still show', async ({ page }) => {
  await page.goto('/search/?q=baby+massage#where=WA99+9ZZ')
  await settled(page)
  await expect(page.locator('#search-where-error')).toHaveText(
    'Error: We could not find WA99 9ZZ. Check it, or use your location.',
  )
  await expect(page.getByLabel('Near (optional)')).toHaveAttribute('aria-describedby', 'search-where-error')
  await expect(page.locator('#search-status')).toContainText('not in order of distance')
  expect(await titles(page)).toContain('Baby Massage')
  await page.getByLabel('Near (optional)').fill('not a postcode')
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await expect(page.locator('#search-where-error')).toContainText('"not a postcode" is not a postcode.')
})

test('the address holds the search: reload, back and forward show the same results', async ({ page }) => {
  await page.goto('/search/')
  await page.getByLabel('What are you looking for?').fill('baby massage')
  await expect(page).toHaveURL(/\?q=baby\+massage$/)
  await settled(page)
  const words = await titles(page)
  await filter(page, 'cost', 'Free')
  await expect(page).toHaveURL(/\?q=baby\+massage&cost=Free$/)
  await settled(page)
  await page.getByLabel('Near (optional)').fill('WA4')
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await expect(page).toHaveURL(/\?q=baby\+massage&cost=Free#where=WA4&radius=5$/)
  await settled(page)
  const near = await titles(page)
  expect(await miles(results(page))).not.toHaveLength(0)

  await page.reload()
  await settled(page)
  await expect(page.getByLabel('What are you looking for?')).toHaveValue('baby massage')
  await expect(page.getByLabel('Near (optional)')).toHaveValue('WA4')
  await expect(page.locator('#filter-cost-free')).toBeChecked()
  expect(await titles(page)).toEqual(near)

  await page.goBack()
  await expect(page).toHaveURL(/\?q=baby\+massage&cost=Free$/)
  await settled(page)
  await expect(page.getByLabel('Near (optional)')).toHaveValue('')
  await page.goBack()
  await expect(page).toHaveURL(/\?q=baby\+massage$/)
  await settled(page)
  await expect(page.locator('#filter-cost-free')).not.toBeChecked()
  expect(await titles(page)).toEqual(words)
  await page.goForward()
  await page.goForward()
  await expect(page).toHaveURL(/#where=WA4&radius=5$/)
  await settled(page)
  expect(await titles(page)).toEqual(near)
})

test('once the page has loaded, search goes on without a connection', async ({ page, context }) => {
  await page.goto('/search/?q=stay+and+play')
  await settled(page)
  await expect(page.locator('#search-app')).toHaveAttribute('data-offline-ready', 'true')
  await context.setOffline(true)
  await page.getByLabel('What are you looking for?').fill('baby massage')
  await expect(page).toHaveURL(/\?q=baby\+massage$/)
  await settled(page)
  expect(await titles(page)).toContain('Baby Massage')
  await filter(page, 'day', 'Monday')
  await settled(page)
  for (const item of await results(page).all())
    await expect(item.locator('.fh-result__sessions')).toContainText('Monday')
  await context.setOffline(false)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('the search page says search needs JavaScript and links to pages listing the same things', async ({ page }) => {
    await page.goto('/search/')
    await expect(page.locator('#search-fallback')).toContainText('needs JavaScript')
    await expect(page.locator('#search-app')).toBeHidden()
    await page.getByRole('link', { name: 'Tuesday', exact: true }).click()
    await expect(page).toHaveURL(/\/days\/tuesday\/$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tuesdays')
    const birchwood = page
      .getByRole('listitem')
      .filter({ hasText: 'at Birchwood Family Hub' })
      .filter({ hasText: 'Stay and Play' })
    await expect(birchwood).toContainText('09:30 to 11:30')
    await birchwood.getByRole('link', { name: 'Stay and Play' }).click()
    await expect(page).toHaveURL(/\/services\/stay-and-play\/#session-stay-and-play-birchwood-family-hub-tu-0930$/)
    await expect(page.locator('#session-stay-and-play-birchwood-family-hub-tu-0930')).toContainText(
      'Every week on Tuesday, 09:30 to 11:30',
    )

    await page.goto('/search/')
    await page.getByRole('link', { name: 'Pregnancy, birth and early years' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pregnancy, birth and early years')
    await page.goto('/search/')
    await page.getByRole('link', { name: 'Great Sankey Family Hub' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Great Sankey Family Hub')
    await page.goto('/search/')
    await page.getByRole('link', { name: 'West', exact: true }).click()
    await expect(page).toHaveURL(/\/hubs\/#area-west$/)
  })
})
