/**
 * From the admin to the public site: hub staff cancel next Tuesday's Stay and Play at Birchwood
 * with a reason and publish; the publisher rebuilds the site on its own, and the public hub page
 * shows that Tuesday cancelled with the reason. The Site panel then says what was published.
 * (The admin project's `npm start` serves the public site on the admin's port + 1.)
 */
import { expect, test } from '@playwright/test'
import { signIn } from './support/sign-in.ts'
import { sameOrigin } from './support/same-origin.ts'

const siteUrl = `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}`
const reason = 'Hall closed for repairs'

type SessionDoc = { id: number; days: string[]; exceptions?: { date: string; kind: string; reason?: string | null }[] }

test('hub staff cancel next Tuesday’s stay and play with a reason, publish, and the public hub page shows it cancelled', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000)
  await signIn(page, 'hub-staff')
  const found = await page.request.get(
    '/api/sessions?where[slug][like]=stay-and-play-birchwood-family-hub-tu&depth=0&limit=1&draft=true',
    sameOrigin,
  )
  const session = ((await found.json()) as { docs: SessionDoc[] }).docs[0]!
  expect(session.days).toEqual(['TU'])
  await page.goto(`/admin/collections/sessions/${session.id}`)

  const preview = page.getByRole('region', { name: 'Timetable preview' })
  const dates = preview.getByRole('list', { name: 'Next 8 dates' }).getByRole('listitem')
  await expect(dates).toHaveCount(8)
  // The next Tuesday it runs (a bank holiday Tuesday is already off).
  const next = dates.filter({ has: page.getByRole('button', { name: /^Cancel this date/ }) }).first()
  await expect(next.locator('.session-preview__when')).toHaveText(/^Tuesday \d{1,2} \w+ \d{4}, 09:30/)
  await next.getByRole('button', { name: /^Cancel this date/ }).click()
  await preview.getByLabel('Reason shown to parents').fill(reason)
  await preview.getByRole('button', { name: 'Cancel date', exact: true }).click()
  await expect(preview.getByRole('status')).toContainText(`is now cancelled: ${reason}`)
  await page.getByRole('button', { name: /publish changes/i }).click()

  const saved = async () =>
    ((await (await page.request.get(`/api/sessions/${session.id}?depth=0`, sameOrigin)).json()) as SessionDoc)
      .exceptions ?? []
  await expect.poll(async () => (await saved()).some((e) => e.kind === 'cancelled' && e.reason === reason)).toBe(true)
  const date = (await saved()).find((e) => e.reason === reason)!.date.slice(0, 10)

  // The public site, rebuilt by the publisher: no button to press.
  const parent = await browser.newPage()
  await expect
    .poll(
      async () => (await (await parent.request.get(`${siteUrl}/hubs/birchwood-family-hub/`)).text()).includes(reason),
      { timeout: 120_000, intervals: [1000] },
    )
    .toBe(true)
  await parent.goto(`${siteUrl}/hubs/birchwood-family-hub/`)
  const day = parent.locator(`section.fh-day[data-date="${date}"]`)
  const item = day.locator('.fh-session--cancelled').filter({ hasText: 'Stay and Play' })
  await expect(item.getByText('Cancelled', { exact: true })).toBeVisible()
  await expect(item.getByText(`Cancelled: ${reason}`)).toBeVisible()
  await parent.screenshot({ path: 'test-results/public-hub-cancelled.png', fullPage: true })

  // The change asked for a build, recorded with it (a build already running when staff published
  // may have read it first: that is fine), and the Site panel comes to rest at "Up to date" (it
  // refreshes itself while a build runs or waits).
  const asked = await page.request.get(
    `/api/site-builds?where[changes][like]=${encodeURIComponent('Session “Stay and Play at Birchwood Family Hub” changed')}&depth=0`,
    sameOrigin,
  )
  expect(((await asked.json()) as { totalDocs: number }).totalDocs).toBeGreaterThan(0)
  await page.goto('/admin')
  const panel = page.getByRole('region', { name: 'Public site' })
  await expect(panel.locator('.site-panel__status')).toHaveText('Up to date', { timeout: 90_000 })
  await expect(panel.getByText('Last published')).toBeVisible()
  await page.screenshot({ path: 'test-results/site-panel.png', fullPage: true })
})
