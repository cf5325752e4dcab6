/**
 * Partner review in a real browser: the partner saves a change to its service and sees it waiting
 * for review; hub staff of a hub where it runs find it on the dashboard, read what changed, are
 * asked for a comment before returning it, approve it instead, and the public reads the change.
 */
import { expect, test, type Browser, type Page } from '@playwright/test'
import type { Role } from '../../core/records/vocabulary.ts'
import { signIn } from './support/sign-in.ts'
import { sameOrigin } from './support/same-origin.ts'

const signedIn = async (browser: Browser, role: Role): Promise<Page> => {
  const page = await (await browser.newContext()).newPage()
  await signIn(page, role)
  return page
}

test('a partner’s change waits for review, and hub staff approve it from the dashboard', async ({
  browser,
  playwright,
}) => {
  const summary = `Free support to stop smoking while you are pregnant, now on Saturdays too (${Date.now()}).`

  const partner = await signedIn(browser, 'partner')
  const found = await partner.request.get(
    '/api/services?where[slug][equals]=stop-smoking-in-pregnancy&depth=0',
    sameOrigin,
  )
  const service = ((await found.json()) as { docs: { id: number; name: string; summary: string }[] }).docs[0]!
  await partner.goto(`/admin/collections/services/${service.id}`)
  const summaryField = partner.locator('textarea[name="summary"]')
  await expect(summaryField).toHaveValue(service.summary)
  await summaryField.fill(summary)
  await partner.getByRole('button', { name: 'Send for review' }).click()
  const note = partner.getByRole('region', { name: 'Partner review' })
  await expect(note).toContainText('Waiting for review since')

  const staff = await signedIn(browser, 'hub-staff')
  const queue = staff.getByRole('region', { name: 'Waiting for review' })
  await queue.getByRole('link', { name: service.name }).click()
  const panel = staff.getByRole('region', { name: 'What the partner changed' })
  const row = panel.getByRole('row', { name: /^Summary/ })
  await expect(row).toContainText(service.summary)
  await expect(row).toContainText(summary)

  await panel.getByRole('button', { name: 'Return to partner' }).click()
  const comment = panel.getByRole('textbox', { name: /Comment for the partner/ })
  await expect(comment).toBeFocused()
  await expect(panel.getByText(/Enter a comment for the partner/)).toBeVisible()

  await panel.getByRole('button', { name: 'Approve and publish' }).click()
  await expect(panel.getByRole('status')).toContainText('Approved and published')
  await expect(panel.getByRole('button', { name: 'Approve and publish' })).toHaveCount(0)
  await staff.screenshot({ path: 'test-results/partner-review-approved.png', fullPage: true })

  const anonymous = await playwright.request.newContext({ baseURL: staff.url() })
  const live = (await (await anonymous.get(`/api/services/${service.id}?depth=0`)).json()) as { summary: string }
  expect(live.summary).toBe(summary)
  await anonymous.dispose()

  await partner.reload()
  await expect(partner.getByRole('region', { name: 'Partner review' })).toContainText('Approved by Sam Hubworker on')
})
