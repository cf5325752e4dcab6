/** Sign in to the admin in this page as the demo account of `role` (cms/demo/demo-accounts.ts), and land on the dashboard. */
import { expect, type Page } from '@playwright/test'
import { demoAccounts } from '../../../cms/demo/demo-accounts.ts'
import type { Role } from '../../../core/records/vocabulary.ts'

export const signIn = async (page: Page, role: Role): Promise<void> => {
  const { email, password } = demoAccounts.find((a) => a.role === role)!
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}
