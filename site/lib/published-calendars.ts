/**
 * The calendar files of a directory: its running sessions (those of active services) from 8 weeks
 * before the build date, so recent changes still reach subscribers' calendars and long-running
 * series stay small. The site build writes them after Astro (site/lib/build-site.ts), straight to
 * files: through Astro's router every one of them cost as much as a page.
 */
import { addDays } from '../../schemas/calendar-date.ts'
import { calendarFiles, type OutputFile } from './calendar-files.ts'
import type { Directory } from './directory.ts'

export const calendarFilesOf = (d: Directory, siteUrl: string): OutputFile[] =>
  calendarFiles(
    { sessions: d.sessions.filter((s) => d.service(s.service)?.status === 'active'), services: d.services, hubs: d.hubs, venues: d.venues, calendar: d.calendarEntries },
    { siteUrl, stamp: d.publishedAt, since: addDays(d.today, -56) },
  )

