/**
 * Hub staff see a session's timetable in plain English and its next dates while they edit, cancel
 * one date from the preview with a reason parents will see, and publish it; a mistake in the dates
 * is explained as they type and again beside the field when they try to publish, losing nothing.
 */
import { expect, test, type Page } from '@playwright/test'
import { signIn } from './support/sign-in.ts'
import { sameOrigin } from './support/same-origin.ts'

interface SessionDoc {
  id: number
  firstDate: string
  lastDate?: string | null
  opensAt: string
  bookingNotes?: string | null
  exceptions?: { date: string; kind: string; reason?: string | null }[]
}

const findSession = async (page: Page, slugStart: string): Promise<SessionDoc> => {
  const found = await page.request.get(
    `/api/sessions?where[slug][like]=${slugStart}&depth=0&limit=1&draft=true`,
    sameOrigin,
  )
  const { docs } = (await found.json()) as { docs: SessionDoc[] }
  expect(docs, `a session whose slug starts ${slugStart}`).toHaveLength(1)
  return docs[0]!
}

const readSession = async (page: Page, id: number): Promise<SessionDoc> =>
  (await (await page.request.get(`/api/sessions/${id}?depth=0&draft=true`, sameOrigin)).json()) as SessionDoc

test('hub staff cancel one date from the preview, publish, and it stays cancelled', async ({ page }) => {
  await signIn(page, 'hub-staff')
  const session = await findSession(page, 'bumps-and-babies-birchwood')
  await page.goto(`/admin/collections/sessions/${session.id}`)

  const preview = page.getByRole('region', { name: 'Timetable preview' })
  await expect(preview.getByText('Every week on Friday, 10:00 to 11:30')).toBeVisible()
  await expect(preview.getByText('Not on bank holidays')).toBeVisible()
  const dates = preview.getByRole('list', { name: 'Next 8 dates' }).getByRole('listitem')
  await expect(dates).toHaveCount(8)

  // The first date that is on.
  const first = dates.filter({ has: page.getByRole('button', { name: /^Cancel this date/ }) }).first()
  const when = (await first.locator('.session-preview__when').textContent())!
  expect(when).toMatch(/^Friday \d{1,2} \w+ \d{4}, 10:00 to 11:30$/)
  const day = preview.getByRole('listitem').filter({ hasText: when })

  await first.getByRole('button', { name: /^Cancel this date/ }).click()
  const reason = preview.getByLabel('Reason shown to parents')
  await expect(reason).toBeFocused()
  await preview.getByRole('button', { name: 'Cancel date', exact: true }).click()
  await expect(
    preview.getByText('Enter the reason parents will see, for example "Hall in use for voting".'),
  ).toBeVisible()
  await expect(reason).toHaveAttribute('aria-invalid', 'true')
  await reason.fill('Hall in use for voting')
  await preview.getByRole('button', { name: 'Cancel date', exact: true }).click()

  await expect(day.getByText('Cancelled', { exact: true })).toBeVisible()
  await expect(day.getByText('Hall in use for voting')).toBeVisible()
  await expect(day).toBeFocused()
  await expect(preview.getByRole('status')).toContainText('is now cancelled: Hall in use for voting')
  // The One-off changes list has the new row, filled in.
  const rows = session.exceptions?.length ?? 0
  await expect(page.locator(`input[name="exceptions.${rows}.reason"]`)).toHaveValue('Hall in use for voting')
  await page.screenshot({ path: 'test-results/session-preview-cancelled.png', fullPage: true })

  await page.getByRole('button', { name: /publish changes/i }).click()
  await expect
    .poll(async () => (await readSession(page, session.id)).exceptions?.map((e) => [e.kind, e.reason]))
    .toContainEqual(['cancelled', 'Hall in use for voting'])
  const saved = (await readSession(page, session.id)).exceptions!.find((e) => e.reason === 'Hall in use for voting')!
  expect(saved.date).toMatch(/T12:00:00\.000Z$/)

  await page.reload()
  await expect(page.locator(`input[name="exceptions.${rows}.reason"]`)).toHaveValue('Hall in use for voting')
  const again = page.getByRole('region', { name: 'Timetable preview' }).getByRole('listitem').filter({ hasText: when })
  await expect(again.getByText('Cancelled', { exact: true })).toBeVisible()
  await expect(again.getByText('Hall in use for voting')).toBeVisible()
})

test('a last date before the first date is explained as staff type and beside the field, and nothing is lost', async ({
  page,
}) => {
  await signIn(page, 'hub-staff')
  const session = await findSession(page, 'health-visitor-drop-in-birchwood')
  await page.goto(`/admin/collections/sessions/${session.id}`)
  const preview = page.getByRole('region', { name: 'Timetable preview' })
  await expect(preview.getByRole('list', { name: 'Next 8 dates' }).getByRole('listitem')).toHaveCount(8)

  await page.locator('input[name="bookingNotes"]').fill('Bring your red book.')
  const lastDate = page.locator('#field-lastDate input')
  await lastDate.fill('Mon 1 Sep 2025')
  await lastDate.press('Tab')
  const message = `Last date 2025-09-01 is before first date ${session.firstDate.slice(0, 10)}. Enter a last date on or after the first date, or leave it empty if the session carries on.`
  await expect(preview.getByText(message)).toBeVisible()
  await expect(preview.getByText('The dates show once the problems above are fixed.')).toBeVisible()

  await page.getByRole('button', { name: /publish changes/i }).click()
  await expect(page.locator('#field-lastDate').getByText(message)).toBeVisible()
  await page.screenshot({ path: 'test-results/session-preview-last-date.png', fullPage: true })
  // What was typed is still there, and nothing was saved.
  await expect(lastDate).toHaveValue('Mon 1 Sep 2025')
  await expect(page.locator('input[name="bookingNotes"]')).toHaveValue('Bring your red book.')
  const after = await readSession(page, session.id)
  expect(after.lastDate ?? null).toBe(session.lastDate ?? null)
  expect(after.bookingNotes ?? null).toBe(session.bookingNotes ?? null)
})
