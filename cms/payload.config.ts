/**
 * The Payload CMS configuration: the collections staff edit, the database, the admin.
 * One collection a file in collections/; access rules in access/; validation from schemas/.
 */
import path from 'node:path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { Articles } from './collections/Articles.ts'
import { CalendarEntries } from './collections/CalendarEntries.ts'
import { Categories } from './collections/Categories.ts'
import { Hubs } from './collections/Hubs.ts'
import { Media } from './collections/Media.ts'
import { Organisations } from './collections/Organisations.ts'
import { Services } from './collections/Services.ts'
import { Sessions } from './collections/Sessions.ts'
import { Users } from './collections/Users.ts'
import { Venues } from './collections/Venues.ts'
import { chooseDatabase, databaseAdapter } from './database.ts'
import { cmsDir } from './paths.ts'
import { payloadSecret } from './secret.ts'

export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.SERVER_URL ?? '',
  admin: {
    user: Users.slug,
    importMap: { baseDir: cmsDir, importMapFile: path.resolve(cmsDir, 'app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' – Family Hub Directory' },
    dateFormat: 'd MMM yyyy, HH:mm',
    timezones: { defaultTimezone: 'Europe/London', supportedTimezones: [{ label: 'UK time', value: 'Europe/London' }] },
  },
  collections: [Services, Sessions, Hubs, Venues, Organisations, Categories, CalendarEntries, Articles, Media, Users],
  db: databaseAdapter(chooseDatabase(process.env)),
  editor: lexicalEditor(),
  sharp,
  telemetry: false,
  typescript: { outputFile: path.resolve(cmsDir, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
})
