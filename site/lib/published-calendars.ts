/**
 * The calendar files of this build, worked out once from the build's directory: from 8 weeks
 * before the build date, so recent changes still reach subscribers' calendars and long-running
 * series stay small.
 */
import { addDays } from '../../schemas/calendar-date.ts'
import { buildContext } from './build-context.ts'
import { calendarFiles, type OutputFile } from './calendar-files.ts'

let files: OutputFile[] | undefined

export const publishedCalendarFiles = (): OutputFile[] => {
  if (files) return files
  const { directory: d, siteUrl } = buildContext()
  files = calendarFiles(
    { sessions: d.sessions.filter((s) => d.service(s.service)?.status === 'active'), services: d.services, hubs: d.hubs, venues: d.venues, calendar: d.calendarEntries },
    { siteUrl, stamp: d.publishedAt, since: addDays(d.today, -56) },
  )
  return files
}
