/**
 * The calendar files of a directory: its running sessions (those of active services) from 8 weeks
 * before the build date, so recent changes still reach subscribers' calendars and long-running
 * series stay small. The site build writes them beside Astro (site/build/data-files.ts), straight to
 * files: through Astro's router every one of them cost as much as a page.
 */
import { addDays } from '../../core/dates/plain-date.ts'
import { eachCalendarFile, type OutputFile } from './calendar-files.ts'
import type { Directory } from '../directory/directory.ts'

/** The calendar files of a directory, one at a time as they are made. */
export const eachCalendarFileOf = (d: Directory, siteUrl: string): Generator<OutputFile> =>
  eachCalendarFile(
    {
      sessions: d.sessions.filter((s) => d.service(s.service)?.status === 'active'),
      services: d.services,
      hubs: d.hubs,
      venues: d.venues,
      termDates: d.termDateRecords,
    },
    { siteUrl, stamp: d.publishedAt, since: addDays(d.today, -56) },
  )

/** The calendar files of a directory, all at once. */
export const calendarFilesOf = (d: Directory, siteUrl: string): OutputFile[] => [...eachCalendarFileOf(d, siteUrl)]
