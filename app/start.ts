/**
 * `npm start`: the product on one command. Applies migrations, seeds an empty database, builds
 * the admin if its sources changed, then runs three things:
 *  - the admin (http://localhost:3000/admin; PORT moves it), Payload in Next.js;
 *  - the public site (http://localhost:4321; SITE_PORT moves it): the live build, served by the
 *    static server (content types, caching, gzip/brotli, open CORS on feeds and open data), with
 *    the live Open Referral UK API under /api/ answering from the live build's open data;
 *  - the publisher: publishes the site at start, then again a few seconds after any change to
 *    published content, once a day for the new date; runs scheduled publishes, emails check
 *    reminders when services and timetables fall due, and emails notifications (a change sent for
 *    review, returned or approved; a problem report) a moment after the save that made them.
 * Set NODE_ENV=production for a real deployment: demo accounts are then refused and PAYLOAD_SECRET
 * is required.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { demoAccounts } from '../cms/demo/demo-accounts.ts'
import { createOpenReferralApi } from '../site/server/open-referral-api.ts'
import { createStaticServer } from '../site/server/static-server.ts'
import { openPayload } from '../cms/open-payload.ts'
import { dataDir, rootDir } from '../cms/paths.ts'
import { sendCheckReminders } from '../cms/freshness/send-check-reminders.ts'
import { sendNotificationEmails } from '../cms/notifications/send-notification-emails.ts'
import { createPublisher } from './publishing/publisher.ts'
import { siteBuildProcess } from './publishing/site-build-process.ts'
import { liveFolder, siteFoldersIn } from '../core/publishing/site-folders.ts'
import { adminBuildIsCurrent, buildAdmin, runNext } from '../cms/admin-build.ts'
import { prepareDatabase, startOrExit } from '../cms/prepare-database.ts'

// `next start` sets NODE_ENV=production itself: remember what the operator asked for.
process.env.FHD_DEPLOYMENT ??= process.env.NODE_ENV === 'production' ? 'production' : 'demo'
const port = process.env.PORT ?? '3000'
const sitePort = Number(process.env.SITE_PORT ?? 4321)
process.env.SITE_URL ??= `http://localhost:${sitePort}`
// Where the public site's forms (report a problem) post to: this admin server.
process.env.CMS_URL ??= `http://localhost:${port}`
const pollMs = Number(process.env.PUBLISH_POLL_MS ?? 1000)
const JOBS_EVERY_MS = 30_000
const REMINDERS_EVERY_MS = 60 * 60 * 1000
const NOTIFICATION_EMAILS_EVERY_MS = Number(process.env.NOTIFICATION_EMAIL_POLL_MS ?? 2000)

// Payload stays open in this process for the publisher.
let payload!: Payload
await startOrExit(async () => {
  payload = await openPayload()
  await prepareDatabase(payload)
  if (!(await adminBuildIsCurrent())) {
    console.log('Building the admin (the first start takes a minute or two)...')
    await buildAdmin()
  }
})
const folders = siteFoldersIn(dataDir)
const publisher = createPublisher({
  payload,
  folders,
  build: siteBuildProcess({ payload, rootDir, workDir: path.join(dataDir, 'publisher') }),
  log: (message) => console.log(`[publisher] ${message}`),
})

// A site that cannot be built must not keep staff out of the admin, where they can fix it.
console.log('Publishing the public site from what is published...')
const first = await publisher.publishNow('The product started').catch((error: unknown) => {
  console.error(`The public site could not be published: ${error instanceof Error ? error.message : String(error)}`)
  return 'failed' as const
})
if (first === 'failed')
  console.error(
    'The admin starts anyway; the public site shows its last good build, if any. The Site panel on the dashboard says why.',
  )

// Before the first build there is nothing live: serve an empty folder (404s) rather than fail.
const nothingYet = path.join(dataDir, 'publisher', 'nothing-published')
mkdirSync(nothingYet, { recursive: true })
const liveRoot = () => liveFolder(folders) ?? nothingYet
const site = createStaticServer({ root: liveRoot, handle: createOpenReferralApi({ root: liveRoot }) })
site.listen(sitePort)

// Idle connections are kept 65 s, longer than a reverse proxy's usual 60 s: a server that closes
// first races the client reusing the connection, which then fails with ECONNRESET (seen here
// under load with Node's default of 5 s).
const KEEP_ALIVE_MS = 65_000
site.keepAliveTimeout = KEEP_ALIVE_MS
site.headersTimeout = KEEP_ALIVE_MS + 1000
const server = runNext(['start', 'cms', '--port', port, '--keepAliveTimeout', String(KEEP_ALIVE_MS)])
publisher.start(pollMs)
// Scheduled publishes (and any other queued Payload job): run what is due.
const jobs = setInterval(() => {
  payload.jobs
    .run()
    .catch((error: unknown) =>
      console.error(`Scheduled jobs could not run: ${error instanceof Error ? error.message : String(error)}`),
    )
}, JOBS_EVERY_MS)
// Check reminders: each record is emailed about once per due date, so checking every hour sends
// a reminder on the day something falls due and nothing more.
const remind = async () => {
  try {
    const sent = await sendCheckReminders(payload)
    if (sent.emails > 0)
      console.log(`[reminders] Sent ${sent.emails} check reminder email(s) about ${sent.items} item(s).`)
    if (sent.failed.length > 0)
      console.error(`[reminders] Could not email ${sent.failed.join(', ')}; tried again next hour.`)
  } catch (error) {
    console.error(
      `[reminders] Check reminders could not be sent: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}
const reminders = setInterval(() => void remind(), REMINDERS_EVERY_MS)
void remind()
// Notification emails: written by the saves (in their transactions), sent from here, so that a save
// never waits for the email server and an email that fails loses nothing (the admin shows why).
let emailing = false
const emailNotifications = async () => {
  if (emailing) return
  emailing = true
  try {
    const done = await sendNotificationEmails(payload)
    if (done.sent + done.logged > 0)
      console.log(`[notifications] Emailed ${done.sent}, logged ${done.logged} (no email server set up).`)
    if (done.retrying + done.failed > 0)
      console.error(
        `[notifications] ${done.retrying} email(s) could not be sent and will be tried again; ${done.failed} given up on (shown in the admin).`,
      )
  } catch (error) {
    console.error(
      `[notifications] Notification emails could not be sent: ${error instanceof Error ? error.message : String(error)}`,
    )
  } finally {
    emailing = false
  }
}
const notificationEmails = setInterval(() => void emailNotifications(), NOTIFICATION_EMAILS_EVERY_MS)

console.log(`\nFamily Hub Directory admin: http://localhost:${port}/admin`)
console.log(`Public site:                http://localhost:${sitePort}/`)
if (process.env.FHD_DEPLOYMENT !== 'production')
  console.log(
    `Demo accounts (development only):\n${demoAccounts.map((a) => `  ${a.role.padEnd(10)} ${a.email} / ${a.password}`).join('\n')}\n`,
  )

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    clearInterval(jobs)
    clearInterval(reminders)
    clearInterval(notificationEmails)
    site.close()
    server.kill(signal)
    void publisher.stop()
  })
server.on('exit', (code) => process.exit(code ?? 0))
