/**
 * Sessions day by day: a week, Monday to Sunday, on a hub's page, or the days of What's on. Each day
 * is a section named by its heading ("Tuesday 16 February"), with its sessions (SessionDate.tsx) or
 * "Nothing on."; each carries data-date, so a page script can mark today or hide past days.
 * Markup only, no state: Astro renders it to HTML at build time, with no React in the browser.
 */
import './zod-without-eval.ts'
import type { Id } from '../records/fields.ts'
import { formatLongDateAsOf } from '../dates/plain-date.ts'
import { SessionDateList, type SessionDateClasses, type SessionDateView } from './SessionDate.tsx'
import type { HeadingLevel } from './TimetableDescription.tsx'

export interface SessionsByDayClasses {
  day?: string
  heading?: string
  list?: string
  empty?: string
  session: SessionDateClasses
}

export interface SessionsByDayProps {
  /** The days, in order (plain dates). */
  dates: readonly string[]
  /** The sessions, in time order; each goes under its occurrence's date. */
  sessions: readonly SessionDateView[]
  /** Today (a London plain date): day headings give the year only when it is not this year's. */
  today: string
  headingLevel: HeadingLevel
  /** Leave out days with nothing on. */
  skipEmpty?: boolean
  /** What a day with nothing on says. */
  emptyText?: string
  /** Day headings' ids are this and the date ("day-2027-02-16"): unique on the page. */
  idPrefix?: string
  classes: SessionsByDayClasses
  venueName?: (id: Id) => string
}

export const SessionsByDay = ({
  dates,
  sessions,
  today,
  headingLevel,
  skipEmpty = false,
  emptyText = 'Nothing on.',
  idPrefix = 'day-',
  classes,
  venueName,
}: SessionsByDayProps) => {
  const byDate = new Map<string, SessionDateView[]>()
  for (const s of sessions) {
    const list = byDate.get(s.occurrence.date)
    if (list) list.push(s)
    else byDate.set(s.occurrence.date, [s])
  }
  const Heading = `h${headingLevel}` as const
  return (
    <>
      {dates
        .filter((date) => !skipEmpty || byDate.has(date))
        .map((date) => {
          const items = byDate.get(date) ?? []
          const id = `${idPrefix}${date}`
          return (
            <section key={date} className={classes.day} data-date={date} aria-labelledby={id}>
              <Heading className={classes.heading} id={id}>
                {formatLongDateAsOf(date, today)}
              </Heading>
              {items.length === 0 ? (
                <p className={classes.empty}>{emptyText}</p>
              ) : (
                <SessionDateList
                  items={items}
                  classes={classes.session}
                  className={classes.list}
                  venueName={venueName}
                />
              )}
            </section>
          )
        })}
    </>
  )
}
