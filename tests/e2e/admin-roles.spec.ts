/**
 * Each demo account signs in to the admin in a real browser and sees what its role allows:
 * the admin manages users, hub staff cannot create organisations, and a partner can save a
 * draft of its service but not publish it.
 */
import { expect, test } from '@playwright/test'
import { signIn } from './support/sign-in.ts'
import { sameOrigin } from './support/same-origin.ts'

test('the admin signs in and can manage users and the calendar', async ({ page }) => {
  await signIn(page, 'admin')
  await page.goto('/admin/collections/users')
  await expect(page.getByText('hubstaff@example.org')).toBeVisible()
  await page.goto('/admin/collections/term-dates')
  await expect(page.getByRole('link', { name: /create new/i }).first()).toBeVisible()
  await page.screenshot({ path: 'test-results/admin-term-dates.png', fullPage: true })
})

test('hub staff sign in, see the directory, and cannot create organisations', async ({ page }) => {
  await signIn(page, 'hub-staff')
  await page.goto('/admin/collections/organisations')
  await expect(page.getByText('Mersey Vale Council').first()).toBeVisible()
  await expect(page.getByRole('link', { name: /create new/i })).toHaveCount(0)
  await page.goto('/admin/collections/sessions')
  await expect(page.getByRole('link', { name: /create new/i }).first()).toBeVisible()
  await page.screenshot({ path: 'test-results/hub-staff-sessions.png', fullPage: true })
})

test('a partner can send a change to its own service for review but has no publish button', async ({ page }) => {
  await signIn(page, 'partner')
  const found = await page.request.get('/api/services?where[slug][equals]=antenatal-clinic&depth=0', sameOrigin)
  const { docs } = (await found.json()) as { docs: { id: number }[] }
  await page.goto(`/admin/collections/services/${docs[0]!.id}`)
  await expect(page.getByRole('heading', { name: 'Antenatal Clinic' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Send for review' })).toBeVisible()
  await expect(page.getByRole('button', { name: /save draft/i })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^publish/i })).toHaveCount(0)
  await page.screenshot({ path: 'test-results/partner-service.png', fullPage: true })
})

test('a refused save shows the reason beside the field and changes nothing', async ({ page }) => {
  await signIn(page, 'hub-staff')
  const found = await page.request.get(
    '/api/sessions?where[slug][like]=stay-and-play-birchwood&depth=0&limit=1',
    sameOrigin,
  )
  const { docs } = (await found.json()) as { docs: { id: number; opensAt: string; closesAt: string }[] }
  const session = docs[0]!
  await page.goto(`/admin/collections/sessions/${session.id}`)
  // As staff do: the form is ready (the preview has worked out the dates), they type and move on,
  // the preview names the problem, then they publish. Publishing while the admin is still
  // rebuilding the form from the last keystroke can let that rebuild clear the message beside
  // the field (the notice at the top and the preview still say it).
  const preview = page.getByRole('region', { name: 'Timetable preview' })
  await expect(preview.getByRole('list', { name: 'Next 8 dates' }).getByRole('listitem')).toHaveCount(8)
  const closesAt = page.locator('input[name="closesAt"]')
  await closesAt.fill(session.opensAt)
  await closesAt.press('Tab')
  const message = `Closing time ${session.opensAt} is not after opening time ${session.opensAt}. Enter a closing time after the opening time.`
  await expect(preview.getByText(message)).toBeVisible()
  await page.getByRole('button', { name: /publish changes/i }).click()
  // Beside the field.
  await expect(page.locator('.field-type.text', { has: closesAt }).getByText(message)).toBeVisible()
  await expect(closesAt).toHaveValue(session.opensAt)
  await page.screenshot({ path: 'test-results/refused-save.png' })
  const after = (await (await page.request.get(`/api/sessions/${session.id}?depth=0`, sameOrigin)).json()) as {
    closesAt: string
  }
  expect(after.closesAt).toBe(session.closesAt)
})
