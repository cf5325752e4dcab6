/**
 * "Report something wrong" end to end: a parent reports a problem on a service page of the public
 * site (built at start from the seeded database, served on the admin's port + 1), with JavaScript
 * and without it; then hub staff of the service's hub sign in and find the report on the dashboard.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { signIn } from './support/sign-in.ts'

test.describe.configure({ mode: 'serial' })

const siteUrl = (baseURL: string | undefined) => {
  const admin = new URL(baseURL ?? 'http://localhost:3000')
  return `${admin.protocol}//${admin.hostname}:${Number(admin.port) + 1}`
}
const servicePath = '/services/stay-and-play/'
const stamp = Date.now()
const withScript = `The Tuesday session at Birchwood now starts at 10:30 (${stamp}, with JavaScript).`
const withoutScript = `The phone number on this page rings a different hub (${stamp}, without JavaScript).`

const openForm = async (page: Page, baseURL: string | undefined) => {
  await page.goto(`${siteUrl(baseURL)}${servicePath}`)
  await page.getByText('Report something wrong with this page').click()
  await expect(page.getByRole('group', { name: 'What is wrong?' })).toBeVisible()
}

test('with JavaScript, a parent is told what to fix, keeps what they typed, and sees the confirmation on the page', async ({
  page,
  baseURL,
}) => {
  await openForm(page, baseURL)
  await page.getByLabel('Tell us what is wrong').fill('Too late')
  await page.getByRole('button', { name: 'Send report' }).click()

  const summary = page.locator('[data-report-errors]')
  await expect(summary).toBeFocused()
  await expect(
    summary.getByRole('link', { name: 'Choose what is wrong, for example “The days or times are wrong”.' }),
  ).toBeVisible()
  await expect(
    summary.getByRole('link', { name: 'Tell us what is wrong: enter at least 10 characters.' }),
  ).toBeVisible()
  await expect(page.getByLabel('Tell us what is wrong')).toHaveValue('Too late')
  await expect(page).toHaveTitle(/^Error: /)
  const { violations } = await new AxeBuilder({ page })
    .include('#report-problem')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze()
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])

  await summary.getByRole('link', { name: /enter at least 10 characters/ }).click()
  await expect(page.getByLabel('Tell us what is wrong')).toBeFocused()
  await page.getByLabel('The days or times are wrong').check()
  await page.getByLabel('Tell us what is wrong').fill(withScript)
  await page.getByRole('button', { name: 'Send report' }).click()

  const done = page.locator('[data-report-done]')
  await expect(done).toBeFocused()
  await expect(done).toContainText('Report sent')
  await expect(done).toContainText(
    'Thank you. The staff who look after Stay and Play will check the page and put it right.',
  )
  await expect(page).not.toHaveTitle(/^Error: /)
})

test('without JavaScript, the form posts to the CMS, which shows the errors with what was typed, then the confirmation', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await openForm(page, baseURL)
  await page.getByLabel('Your name (optional)').fill('Jo Parent')
  await page.getByLabel('Your email address (optional)').fill('jo@')
  await page.getByRole('button', { name: 'Send report' }).click()

  await expect(page).toHaveTitle('Error: Report something wrong with this page - Family hubs')
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible()
  await expect(
    page.getByRole('link', {
      name: 'Enter your email address in the right format, like name@example.org, or leave it empty.',
    }),
  ).toBeVisible()
  await expect(page.getByLabel('Your name (optional)')).toHaveValue('Jo Parent')
  await expect(page.getByLabel('Your email address (optional)')).toHaveValue('jo@')

  await page.getByLabel('The phone number, email or website is wrong').check()
  await page.getByLabel('Tell us what is wrong').fill(withoutScript)
  await page.getByLabel('Your email address (optional)').fill('jo@example.org')
  await page.getByRole('button', { name: 'Send report' }).click()

  await expect(page).toHaveTitle('Report sent - Family hubs')
  await expect(page.getByRole('heading', { name: 'Report sent' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Go back to Stay and Play' })).toHaveAttribute(
    'href',
    `${siteUrl(baseURL)}${servicePath}`,
  )
  await context.close()
})

test('hub staff of the service’s hub find both reports on their dashboard and open one', async ({ page }) => {
  await signIn(page, 'hub-staff')

  const tasks = page.getByRole('region', { name: /Problem reports to check/ })
  await expect(tasks).toContainText(/Problem reports to check \([2-9]\d*\)/)
  await expect(tasks.getByRole('link', { name: 'Stay and Play: The days or times are wrong' })).toBeVisible()
  await tasks.getByRole('link', { name: 'Stay and Play: The phone number, email or website is wrong' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/problem-reports\/\d+/)
  await expect(page.locator('textarea[name="details"], #field-details textarea').first()).toHaveValue(withoutScript)
  await page.screenshot({ path: 'test-results/problem-reports-dashboard.png', fullPage: true })
})
