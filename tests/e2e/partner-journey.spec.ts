/**
 * A partner's change from sign-in to the public page, each step done by the role whose task it is,
 * in Chromium: the partner edits one of the trust's services and sends it for review (the button
 * says so, and who will review it); the staff of Birchwood, where it runs, see the notification and
 * return it with a comment; the partner reads the comment and the notification, revises and sends
 * it again; hub staff approve it; the public service page shows the change. Every step's email is
 * caught by a local SMTP server (the admin's `npm start` sends to SMTP_PORT = E2E_PORT + 2,
 * playwright.config.ts) and checked: recipient, subject naming the service, links, text and HTML.
 * On the way, each dashboard says who is signed in and what they look after, lists their sessions
 * this week as parents see them, and says what the last publish changed in staff's words.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { termDateSchema } from '../../core/records/term-date.ts'
import { sessionSchema } from '../../core/records/session.ts'
import { toPlainDate } from '../../core/dates/plain-date.ts'
import { occurrences, type TimetableSession } from '../../core/timetable/occurrences.ts'
import { termDatesLookup } from '../../core/timetable/term-dates.ts'
import type { Role } from '../../core/records/vocabulary.ts'
import { startSmtpSink, type CapturedEmail, type SmtpSink } from '../helpers/smtp-sink.ts'
import { sameOrigin } from './support/same-origin.ts'
import { signIn } from './support/sign-in.ts'

const port = Number(process.env.E2E_PORT ?? 3100)
const admin = `http://localhost:${port}/admin`
const siteUrl = `http://localhost:${port + 1}`
const SERVICE = 'infant-feeding-support'

let sink: SmtpSink
test.beforeAll(async () => {
  sink = await startSmtpSink({ port: port + 2 })
})
test.afterAll(async () => sink?.close())

const signedIn = async (browser: Browser, role: Role): Promise<Page> => {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage()
  await signIn(page, role)
  return page
}

/** The next email to `to` whose subject matches, arriving after the `from`th. */
const emailTo = (to: string, subject: RegExp | string, from: number): Promise<CapturedEmail> =>
  sink.waitFor(
    (e) => e.to.includes(to) && (typeof subject === 'string' ? e.subject === subject : subject.test(e.subject)),
    { after: from, timeoutMs: 30_000 },
  )

/** An email is plain text and HTML, naming the record and linking to the admin pages given. */
const expectEmail = (email: CapturedEmail, links: string[], mentions: string[]) => {
  expect(email.text).toMatch(/^Hello /)
  expect(email.html).toContain('<p>Hello ')
  for (const link of links) {
    expect(email.text).toContain(link)
    expect(email.html).toContain(`href="${link}"`)
  }
  for (const words of mentions) expect(email.text).toContain(words)
  expect(email.mail.from?.value[0]?.address).toBe('hubs@council.example.org')
}

/** Axe finds nothing to fix (WCAG 2.2 A and AA) in the parts of the page this feature adds. */
const expectAccessible = async (page: Page, selectors: string[]) => {
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
  for (const selector of selectors) axe = axe.include(selector)
  const { violations } = await axe.analyze()
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
}

/** The week's dates of Birchwood's live sessions, worked out from the public API as the site does. */
const birchwoodThisWeek = async (page: Page) => {
  const get = async <T>(path: string) =>
    ((await (await page.request.get(path, sameOrigin)).json()) as { docs: T[] }).docs
  const [hub] = await get<{ id: number }>('/api/hubs?where[slug][equals]=birchwood-family-hub&depth=0')
  const sessions = await get<Record<string, unknown>>(
    `/api/sessions?where[hub][equals]=${hub!.id}&where[_status][equals]=published&depth=0&limit=1000`,
  )
  const terms = await get<unknown>('/api/term-dates?depth=0&limit=1000')
  const today = toPlainDate(new Date())!
  const day = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7
  const monday = new Date(Date.parse(`${today}T12:00:00Z`) - day * 86_400_000).toISOString().slice(0, 10)
  const sunday = new Date(Date.parse(`${monday}T12:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10)
  const parsed = sessions.flatMap((s) => {
    const r = sessionSchema.safeParse(s)
    return r.success ? [r.data as TimetableSession] : []
  })
  const lookup = termDatesLookup(
    terms.flatMap((t) => (termDateSchema.safeParse(t).data ? [termDateSchema.parse(t)] : [])),
  )
  const titles = new Map(sessions.map((s) => [String(s.id), String(s.title)]))
  return occurrences(parsed, { from: monday, to: sunday }, lookup).map((o) => ({
    ...o,
    title: titles.get(String(o.session))!,
  }))
}

test('a partner sends a change for review, hub staff return it, the partner revises it, hub staff approve it, and parents see it', async ({
  browser,
  playwright,
}) => {
  test.setTimeout(300_000)
  const stamp = Date.now()
  const first = `Help with breastfeeding and bottle feeding, now with evening phone support (${stamp}).`
  const revised = `Help with breastfeeding and bottle feeding, with evening phone support until 8pm (${stamp}).`
  const comment = `Please say until what time the evening phone line runs (${stamp}).`

  // --- The partner: sign-in, dashboard, the service, "Send for review".
  const started = Date.now()
  const laps: string[] = []
  const lap = (step: string) => laps.push(`${Math.round((Date.now() - started) / 1000)} s ${step}`)
  const partner = await signedIn(browser, 'partner')
  const who = partner.getByRole('region', { name: 'Priya Partner' })
  await expect(who.getByRole('heading', { level: 1, name: 'Priya Partner' })).toBeVisible()
  await expect(who).toContainText('Partner at Mersey Vale Hospitals NHS Trust.')
  await expect(partner.getByRole('region', { name: 'My sessions this week' })).toBeVisible()
  // The partner's own dashboard starts with them, then their sessions.
  const firstPanels = await partner
    .locator('.dashboard > section')
    .evaluateAll((s) => s.slice(0, 2).map((e) => e.className))
  expect(firstPanels).toEqual(['who-you-are', 'this-week'])

  const [service] = (
    (await (await partner.request.get(`/api/services?where[slug][equals]=${SERVICE}&depth=0`, sameOrigin)).json()) as {
      docs: { id: number; name: string; summary: string }[]
    }
  ).docs
  expect(service?.name).toBe('Infant Feeding Support')
  const serviceUrl = `${admin}/collections/services/${service!.id}`
  await partner.goto(serviceUrl)
  const send = partner.getByRole('button', { name: 'Send for review' })
  await expect(send).toBeVisible()
  await expect(partner.getByRole('button', { name: /save draft/i })).toHaveCount(0)
  await expect(partner.getByRole('button', { name: /publish/i })).toHaveCount(0)
  const reviewers =
    'The staff of Birchwood Family Hub review it before it goes live; until then parents see the live version.'
  await expect(send).toHaveAccessibleDescription(reviewers)
  await expect(partner.getByText(reviewers)).toBeVisible()
  await partner.screenshot({ path: 'test-results/partner-send-for-review.png' })
  await expectAccessible(partner, ['.send-for-review'])

  let mails = sink.emails.length
  await partner.locator('textarea[name="summary"]').fill(first)
  await send.click()
  await expect(partner.getByRole('region', { name: 'Partner review' })).toContainText('Waiting for review since')
  lap('sent for review')

  const sentSubject =
    'Priya Partner (Mersey Vale Hospitals NHS Trust) sent a change to the service “Infant Feeding Support” for review'
  const sent = await emailTo('hubstaff@example.org', sentSubject, mails)
  const reviewLink = /\/admin\/collections\/review-requests\/(\d+)/.exec(sent.text)
  expect(reviewLink).not.toBeNull()
  expectEmail(
    sent,
    [`${admin}/collections/review-requests/${reviewLink![1]}`, serviceUrl],
    ['Fields changed: Summary.'],
  )
  expect(sent.text).toContain('You are hub staff at Birchwood Family Hub, where this service runs.')

  // --- Hub staff of Birchwood: their dashboard, the notification, "Return to partner" with a comment.
  const staff = await signedIn(browser, 'hub-staff')
  const staffWho = staff.getByRole('region', { name: 'Sam Hubworker' })
  await expect(staffWho).toContainText('Hub staff at Birchwood Family Hub.')
  const week = staff.getByRole('region', { name: 'My sessions this week' })
  const expected = await birchwoodThisWeek(staff)
  await expect(week.getByRole('listitem')).toHaveCount(expected.length)
  await expect(week).toContainText(/^My sessions this weekMonday \d{1,2}( \w+( \d{4})?)? to Sunday \d{1,2} \w+ \d{4}/)
  for (const o of expected.slice(0, 5)) {
    const day = week.locator(`section[data-date="${o.date}"]`)
    await expect(day.getByRole('link', { name: o.title }).first()).toBeVisible()
  }
  const site = staff.getByRole('region', { name: 'Public site' })
  await expect(site.locator('.site-panel__last')).toHaveText(
    /^Published (just now|\d+ minutes? ago|today at \d\d:\d\d|yesterday at \d\d:\d\d|on .+ at \d\d:\d\d): .+/,
  )
  await expect(site.locator('.site-panel__last')).not.toContainText('The product started')
  await expect(staff.getByRole('link', { name: /^Notifications: \d+ unread$/ })).toBeVisible()
  const staffNotes = staff.getByRole('region', { name: /^Notifications/ })
  const sentNote = staffNotes.getByRole('listitem').filter({ hasText: sentSubject }).first()
  await expect(sentNote).toContainText('Emailed to hubstaff@example.org')
  await staff.screenshot({ path: 'test-results/dashboard-hub-staff.png', fullPage: true })
  await expectAccessible(staff, ['.who-you-are', '.this-week', '.notifications', '.notification-bell', '.site-panel'])
  await sentNote.getByRole('link', { name: 'Review the change' }).click()

  const panel = staff.getByRole('region', { name: 'What the partner changed' })
  await expect(panel.getByRole('row', { name: /^Summary/ })).toContainText(first)
  mails = sink.emails.length
  await panel.getByRole('textbox', { name: /Comment for the partner/ }).fill(comment)
  await panel.getByRole('button', { name: 'Return to partner' }).click()
  await expect(panel.getByRole('status')).toContainText('Returned to the partner with your comment')

  const returnedSubject = 'Sam Hubworker returned your change to the service “Infant Feeding Support” with a comment'
  const returned = await emailTo('partner@example.org', returnedSubject, mails)
  lap('returned, email received')
  expectEmail(returned, [serviceUrl], [`Comment: “${comment}”`, 'You sent this change for review.'])

  // --- The partner: the notification and the comment, then the revision, sent again.
  await partner.goto(admin)
  const bell = partner.getByRole('link', { name: /^Notifications: \d+ unread$/ })
  await expect(bell).toBeVisible()
  const unreadBefore = Number(/(\d+) unread/.exec((await bell.getAttribute('aria-label'))!)![1])
  const partnerNotes = partner.getByRole('region', { name: /^Notifications/ })
  const returnedNote = partnerNotes.getByRole('listitem').filter({ hasText: returnedSubject }).first()
  await expect(returnedNote).toContainText(comment)
  await expect(returnedNote).toContainText('Emailed to partner@example.org')
  await partner.screenshot({ path: 'test-results/dashboard-partner.png', fullPage: true })
  await expectAccessible(partner, ['.who-you-are', '.this-week', '.notifications', '.notification-bell'])
  await returnedNote.getByRole('button', { name: /^Mark as read/ }).click()
  await expect(
    partner.getByRole('link', { name: `Notifications: ${unreadBefore - 1 === 0 ? 'none' : unreadBefore - 1} unread` }),
  ).toBeVisible()
  await partnerNotes
    .getByRole('listitem')
    .filter({ hasText: returnedSubject })
    .first()
    .getByRole('link', { name: 'Open the service' })
    .click()
  await expect(partner).toHaveURL(serviceUrl)
  // At 1024 px the button and who reviews it still fit beside each other.
  await partner.setViewportSize({ width: 1024, height: 768 })
  await expect(partner.getByRole('region', { name: 'Partner review' })).toContainText(`Returned by Sam Hubworker on`)
  await expect(partner.getByRole('region', { name: 'Partner review' })).toContainText(comment)
  mails = sink.emails.length
  await partner.locator('textarea[name="summary"]').fill(revised)
  await partner.screenshot({ path: 'test-results/partner-send-again-1024.png' })
  await partner.getByRole('button', { name: 'Send for review' }).click()
  await expect(partner.getByRole('region', { name: 'Partner review' })).toContainText('Waiting for review since')
  const again = await emailTo('hubstaff@example.org', `${sentSubject} again`, mails)
  lap('sent again, email received')
  expectEmail(again, [serviceUrl], ['Fields changed: Summary.'])

  // --- Hub staff approve it.
  await staff.goto(admin)
  const againNote = staff
    .getByRole('region', { name: /^Notifications/ })
    .getByRole('listitem')
    .filter({ hasText: `${sentSubject} again` })
    .first()
  await againNote.getByRole('link', { name: 'Review the change' }).click()
  const decide = staff.getByRole('region', { name: 'What the partner changed' })
  await expect(decide.getByRole('row', { name: /^Summary/ })).toContainText(revised)
  mails = sink.emails.length
  await decide.getByRole('button', { name: 'Approve and publish' }).click()
  await expect(decide.getByRole('status')).toContainText('Approved and published')
  const approved = await emailTo(
    'partner@example.org',
    'Sam Hubworker approved your change to the service “Infant Feeding Support”: it is live',
    mails,
  )
  expectEmail(approved, [serviceUrl], ['Fields changed: Summary.'])
  lap('approved, email received')

  // --- Parents: the public service page, rebuilt by the publisher.
  const parent = await playwright.request.newContext()
  await expect
    .poll(async () => (await (await parent.get(`${siteUrl}/services/${SERVICE}/`)).text()).includes(revised), {
      timeout: 150_000,
      intervals: [1000],
    })
    .toBe(true)
  const seconds = Math.round((Date.now() - started) / 1000)
  lap('on the public page')
  await parent.dispose()
  test
    .info()
    .annotations.push({ type: 'journey', description: `sign-in to public page: ${seconds} s (${laps.join('; ')})` })
  console.log(`Partner journey, from the partner's sign-in to the public page: ${seconds} s (${laps.join('; ')})`)

  // The partner is told it is live; the last publish says so in staff's words.
  await partner.goto(admin)
  await expect(
    partner
      .getByRole('region', { name: /^Notifications/ })
      .locator('.notifications__title')
      .filter({ hasText: 'Sam Hubworker approved your change to the service “Infant Feeding Support”: it is live' })
      .first(),
  ).toBeVisible()
  await staff.goto(admin)
  await expect(staff.getByRole('region', { name: 'Public site' }).locator('.site-panel__last')).toHaveText(
    /^Published (just now|\d+ minutes? ago): .*Infant Feeding Support changed/,
    { timeout: 60_000 },
  )
  await staff.screenshot({ path: 'test-results/dashboard-after-publish.png', fullPage: true })
})

test('a blank session form shows no problems until a field is touched', async ({ browser }) => {
  // Creating sessions from the admin is an admin's task here until hub staff can (issue 22, item 1).
  const page = await signedIn(browser, 'admin')
  await page.goto(`${admin}/collections/sessions/create`)
  const preview = page.getByRole('region', { name: 'Timetable preview' })
  await expect(
    preview.getByText('The dates show once the service, hub, venue, days, first date and times are filled in.'),
  ).toBeVisible()
  await expect(preview.getByText(/problems? to fix before saving/)).toHaveCount(0)
  await page.locator('#field-opensAt input, input[name="opensAt"]').first().fill('10:00')
  await expect(preview.getByRole('heading', { name: /problems? to fix before saving/ })).toBeVisible()
})
