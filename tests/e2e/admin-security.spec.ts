/**
 * The admin's security headers (cms/proxy.ts), its pages working under its policy, and two staff
 * opening the same session: the second is told who is editing it (Payload's document lock).
 */
import { expect, test } from '@playwright/test'
import { signIn } from './support/sign-in.ts'
import { sameOrigin } from './support/same-origin.ts'
import { recordViolations } from './support/csp-violations.ts'

test('the admin and its API send the security headers, with a fresh script nonce for each page', async ({
  request,
}) => {
  const nonces = new Set<string>()
  for (const address of ['/admin/login', '/admin/login', '/api/services?limit=1', '/api/users/me']) {
    const response = await request.get(address)
    const headers = response.headers()
    const policy = headers['content-security-policy'] ?? ''
    expect.soft(policy, address).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/)
    expect.soft(policy, address).toContain("frame-ancestors 'none'")
    expect.soft(policy, address).toContain("object-src 'none'")
    expect.soft(policy, address).not.toContain('unsafe-eval')
    expect.soft(headers['x-content-type-options'], address).toBe('nosniff')
    expect.soft(headers['referrer-policy'], address).toBe('strict-origin-when-cross-origin')
    expect.soft(headers['x-frame-options'], address).toBe('DENY')
    // `npm start` here is a demo, not production, and serves plain http.
    expect.soft(headers['strict-transport-security'], address).toBeUndefined()
    nonces.add(/'nonce-([^']+)'/.exec(policy)?.[1] ?? '')
    if (address === '/admin/login') {
      // Next.js's own inline scripts carry the nonce of their response.
      const html = await response.text()
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1]
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map(([, attributes]) => attributes ?? '')
      expect(inline.length).toBeGreaterThan(0)
      for (const attributes of inline) expect(attributes).toContain(`nonce="${nonce}"`)
    }
  }
  expect(nonces.size).toBe(4)
})

test('signing in, the dashboard and editing a session work under the policy, with nothing blocked', async ({
  page,
}) => {
  const violations = await recordViolations(page)
  await signIn(page, 'hub-staff')
  const found = await page.request.get(
    '/api/sessions?where[slug][like]=stay-and-play-birchwood&depth=0&limit=1',
    sameOrigin,
  )
  const session = ((await found.json()) as { docs: { id: number }[] }).docs[0]!
  await page.goto(`/admin/collections/sessions/${session.id}`)
  await expect(page.locator('input[name="opensAt"], #field-opensAt').first()).toBeVisible()
  await page.screenshot({ path: 'test-results/admin-under-csp.png', fullPage: false })
  expect(await violations()).toEqual([])
})

test('a second person opening a session someone is editing is told who, and cannot save over them unknowingly', async ({
  browser,
}) => {
  const first = await browser.newPage()
  await signIn(first, 'admin')
  const found = await first.request.get(
    // A session no other spec edits: a lock another spec's page left behind lasts five minutes.
    '/api/sessions?where[slug][like]=twins-and-multiples-group-birchwood&depth=0&limit=1',
    sameOrigin,
  )
  const session = ((await found.json()) as { docs: { id: number }[] }).docs[0]!
  await first.goto(`/admin/collections/sessions/${session.id}`)
  // Typing takes the lock (the admin records who is editing when the form changes).
  const notes = first
    .locator('textarea[name="bookingNotes"], #field-bookingNotes textarea, input[name="capacity"]')
    .first()
  await notes.click()
  await notes.pressSequentially('1')
  await expect
    .poll(
      async () =>
        (
          (await (
            await first.request.get(
              `/api/payload-locked-documents?where[document.value][equals]=${session.id}&depth=0`,
              sameOrigin,
            )
          ).json()) as { totalDocs: number }
        ).totalDocs,
      { timeout: 30_000 },
    )
    .toBeGreaterThan(0)

  const second = await browser.newPage()
  await signIn(second, 'hub-staff')
  await second.goto(`/admin/collections/sessions/${session.id}`)
  await expect(second.getByRole('heading', { name: 'Document locked' })).toBeVisible()
  await expect(second.getByText(/is currently editing this document/)).toBeVisible()
  await expect(second.locator('strong', { hasText: 'admin@example.org' })).toBeVisible()
  await expect(second.getByRole('button', { name: 'Take over' })).toBeVisible()
  await second.screenshot({ path: 'test-results/admin-document-locked.png', fullPage: false })
  await first.close()
  await second.close()
})
