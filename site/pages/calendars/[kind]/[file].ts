/** The iCalendar files: a feed per hub and per service, a file per session (site/lib/calendar-files.ts). */
import type { APIRoute } from 'astro'
import { publishedCalendarFiles } from '../../../lib/published-calendars.ts'

export const getStaticPaths = () =>
  publishedCalendarFiles().map((file) => {
    const [, kind, name] = file.path.split('/')
    return { params: { kind: kind!, file: name! }, props: { contents: file.contents } }
  })

export const GET: APIRoute = ({ props }) => new Response((props as { contents: string }).contents, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
