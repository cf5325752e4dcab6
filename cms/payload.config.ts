/**
 * The Payload CMS configuration: the collections staff edit, the database, the admin.
 * A folder per collection in collections/ (its access rules and hooks beside it); the features that span collections (partner-review/, freshness/, problem-reports/, publishing/) each in a folder of their own; validation from core/records/.
 */
import path from 'node:path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { Articles } from './collections/Articles/index.ts'
import { TermDates } from './collections/TermDates/index.ts'
import { Categories } from './collections/Categories/index.ts'
import { Hubs } from './collections/Hubs/index.ts'
import { Media } from './collections/Media/index.ts'
import { Organisations } from './collections/Organisations/index.ts'
import { ProblemReports } from './problem-reports/ProblemReports.ts'
import { PublishLocks } from './publishing/PublishLocks.ts'
import { CheckReminders } from './freshness/CheckReminders.ts'
import { ReviewRequests } from './partner-review/ReviewRequests.ts'
import { Notifications } from './notifications/Notifications.ts'
import { Services } from './collections/Services/index.ts'
import { Sessions } from './collections/Sessions/index.ts'
import { SiteBuilds } from './publishing/SiteBuilds.ts'
import { Users } from './collections/Users/index.ts'
import { Venues } from './collections/Venues/index.ts'
import { chooseDatabase, databaseAdapter } from './database.ts'
import { emailAdapter } from './email.ts'
import { nullGroupsAsEmpty } from './hooks/nullGroupsAsEmpty.ts'
import { refuseUnreadableInput } from './hooks/refuseUnreadableInput.ts'
import { publishesOnChange } from './publishing/publishOnChange.ts'
import { refuseStaleUpdates } from './hooks/refuseStaleUpdates.ts'
import { cmsDir } from './paths.ts'
import { payloadSecret } from './secret.ts'
import { originOf } from '../core/http/security-headers.ts'

/** What staff edit by hand: an update made from an older version of one of these is refused (cms/hooks/refuseStaleUpdates.ts). */
const editedByStaff = new Set(
  [Services, Sessions, Hubs, Venues, Organisations, Categories, TermDates, Articles, Media, Users, ProblemReports].map(
    (c) => c.slug,
  ),
)

/** The admin's own origin, from SERVER_URL, else the port `npm start` serves it on: the only origin whose requests may use a staff member's cookie. */
const adminOrigins = (): string[] => {
  const origin = originOf(process.env.SERVER_URL?.trim() || `http://localhost:${process.env.PORT?.trim() || '3000'}`)
  return origin ? [origin] : []
}

export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.SERVER_URL ?? '',
  // CSRF: a request carrying the login cookie counts only from the admin's origin (other origins
  // and non-browser clients without Origin or Sec-Fetch-Site are treated as signed out; API
  // clients send "Authorization: JWT ..." or an API key instead of the cookie).
  csrf: adminOrigins(),
  admin: {
    user: Users.slug,
    // No third-party avatars: the admin must work on a closed network.
    avatar: 'default',
    components: {
      // Who you are and your sessions this week first; then what you were told, the public site's state, and your work.
      beforeDashboard: [
        '/dashboard/components/WhoYouAre.tsx#WhoYouAre',
        '/dashboard/components/SessionsThisWeek.tsx#SessionsThisWeek',
        '/notifications/components/NotificationsPanel.tsx#NotificationsPanel',
        '/publishing/components/SitePanel.tsx#SitePanel',
        '/partner-review/components/ReviewQueue.tsx#ReviewQueue',
        '/problem-reports/components/ProblemReportsTasks.tsx#ProblemReportsTasks',
        '/freshness/components/DueForCheck.tsx#DueForCheck',
      ],
      // The bell: unread notifications, on every page.
      actions: ['/notifications/components/NotificationBell.tsx#NotificationBell'],
    },
    importMap: { baseDir: cmsDir, importMapFile: path.resolve(cmsDir, 'app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' – Family Hub Directory' },
    dateFormat: 'd MMM yyyy, HH:mm',
    timezones: { defaultTimezone: 'Europe/London', supportedTimezones: [{ label: 'UK time', value: 'Europe/London' }] },
  },
  collections: [
    // What the public site shows: a change to any of these publishes the site again.
    ...[Services, Sessions, Hubs, Venues, Organisations, Categories, TermDates, Articles, Media].map(publishesOnChange),
    Users,
    ReviewRequests,
    Notifications,
    ProblemReports,
    SiteBuilds,
    CheckReminders,
    PublishLocks,
  ]
    .map(nullGroupsAsEmpty)
    // Input Payload would answer with a 500 (a body that is no object, a bad date, a missing record) is refused by field first.
    .map(refuseUnreadableInput)
    .map((collection) => (editedByStaff.has(collection.slug) ? refuseStaleUpdates(collection) : collection)),
  db: databaseAdapter(chooseDatabase(process.env)),
  // SMTP when SMTP_HOST is set (cms/email.ts); otherwise Payload logs each email instead of sending it.
  // Notifications' emails are sent after the save (cms/notifications/send-notification-emails.ts).
  email: emailAdapter(process.env),
  editor: lexicalEditor(),
  sharp,
  telemetry: false,
  logger: { options: { level: process.env.PAYLOAD_LOG_LEVEL ?? 'info' } },
  // Types are regenerated by `npm run dev` and `npm run generate:types`, never by tests or production.
  typescript: {
    outputFile: path.resolve(cmsDir, 'payload-types.ts'),
    autoGenerate: process.env.NODE_ENV === 'development',
  },
  graphQL: { disablePlaygroundInProduction: true },
})
