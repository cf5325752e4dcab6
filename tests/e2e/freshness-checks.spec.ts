/**
 * Freshness in the admin: hub staff see what is due for a check at their hub on the dashboard and
 * mark it as checked there or from the sidebar of its edit page, which then shows who and when.
 */
import { expect, test } from '@playwright/test'
import { signIn } from './support/sign-in.ts'

test('hub staff see what is due at their hub and mark it as checked from the dashboard and from the edit page', async ({
  page,
}) => {
  await signIn(page, 'hub-staff')
  const panel = page.getByRole('region', { name: 'Due for a check' })
  await expect(panel).toBeVisible()
  const hub = panel.getByRole('region', { name: /^Birchwood Family Hub/ })
  await expect(hub).toBeVisible()
  await expect(panel.getByRole('region')).toHaveCount(1) // only their own hub
  await page.screenshot({ path: 'test-results/due-for-check.png', fullPage: true })

  const first = hub.getByRole('listitem').first()
  await first.getByRole('button', { name: /^Mark .* as checked$/ }).click()
  await expect(first.getByRole('status')).toHaveText(/^Marked as checked today \(.+\) by Sam Hubworker\.$/)

  // A service from the list, marked from the sidebar of its edit page.
  const service = hub
    .getByRole('listitem')
    .filter({ hasText: 'Service' })
    .filter({ hasNotText: 'Marked as checked' })
    .nth(0)
  await service.getByRole('link').click()
  await expect(page).toHaveURL(/\/admin\/collections\/services\/\d+/)
  // The sidebar's button works once the admin's scripts have run: a click before that does nothing, so try again.
  await expect(async () => {
    await page.getByRole('button', { name: 'Mark as checked', exact: true }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Marked as checked' })).toHaveText(
      /^Marked as checked today \(.+\) by Sam Hubworker\.$/,
      { timeout: 3000 },
    )
  }).toPass({ timeout: 30_000 })
  await page.screenshot({ path: 'test-results/mark-checked-sidebar.png', fullPage: true })
  await page.reload()
  const todayShown = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  })
    .format(new Date())
    .replace(',', '')
  await expect(page.locator('#field-lastChecked input')).toHaveValue(todayShown)
})
