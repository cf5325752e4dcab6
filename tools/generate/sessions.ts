/**
 * Session series, from the demo's series of the same kind of service as templates: the template's
 * pattern (weekly, fortnightly, monthly; term time, holidays, bank holidays) on other days, at another
 * venue, perhaps half an hour earlier or later, a course some weeks earlier or later, new exceptions.
 */
import { addDays, dayNumber, toStoredDate } from '../../core/dates/plain-date.ts'
import { minutesOf } from '../../core/records/fields.ts'
import { sessionSlug } from '../../core/records/session.ts'
import { weekdays, type Weekday } from '../../core/records/vocabulary.ts'
import { firstRuleDate, recurrenceOf } from '../../core/timetable/recurrence.ts'
import type { SeedSession } from '../../cms/demo/types.ts'
import { exceptionsOf, type ExceptionSession } from './exceptions.ts'
import type { Random } from './random.ts'
import type { GeneratedVenue, SessionDoc } from './records.ts'
import { uniqueSlug } from './slugs.ts'
import { demoPlaceNames } from './templates/services.ts'
import { clockTime } from './text.ts'

export interface SessionService {
  id: number
  name: string
  slug: string
  /** The name the service goes by ("Baby Clinic"), and its demo service's ("Health Visitor Drop-in"). */
  baseName: string
  demoName: string
}

export interface SessionContext {
  id: number
  service: SessionService
  venue: GeneratedVenue
  provider: number
  /** The slugs of the sessions made so far (this one's is added). */
  sessionSlugs: Set<string>
}

/** Sessions run between 09:00 and 21:00. */
const EARLIEST = 9 * 60
const LATEST = 21 * 60

/** One session series from a demo template: other days, another venue, new exceptions. */
export const sessionFrom = (r: Random, template: SeedSession, context: SessionContext): SessionDoc => {
  const { id, service, venue, provider, sessionSlugs } = context
  const slugOf = (days: readonly Weekday[], opensAt: string) =>
    sessionSlug({ service: service.slug, venue: venue.slug, days, opensAt })
  const { opens, closes, days, shift } = timesOf(r, template, (d, opensAt) => sessionSlugs.has(slugOf(d, opensAt)))
  const opensAt = clockTime(opens)
  const closesAt = clockTime(closes)
  const pattern = patternOf(r, template, days, shift)
  const exceptions = exceptionsOf(r, { pattern, venue, opens, closes })
  return {
    id,
    title: titleOf(template, service, venue),
    slug: uniqueSlug(sessionSlugs, slugOf(days, opensAt)),
    service: service.id,
    hub: venue.areaHub.id,
    venue: venue.id,
    provider,
    freq: template.freq,
    interval: template.interval,
    days,
    weeksOfMonth: template.weeksOfMonth ? [...template.weeksOfMonth] : [],
    firstDate: toStoredDate(pattern.firstDate),
    lastDate: pattern.lastDate ? toStoredDate(pattern.lastDate) : null,
    opensAt,
    closesAt,
    termTime: template.termTime,
    runsOnBankHolidays: template.runsOnBankHolidays ?? false,
    capacity: template.capacity ?? null,
    bookingNotes: template.bookingNotes && !demoPlaceNames.test(template.bookingNotes) ? template.bookingNotes : null,
    exceptions,
  }
}

/**
 * The template's times (half an hour earlier or later sometimes) on other days than the template's, and
 * never a second series of the service at the venue on the same day and time (`taken`): another weekday,
 * or else the afternoon (or morning) of the same day. `shift` is how many weekdays the days moved.
 */
const timesOf = (r: Random, template: SeedSession, taken: (days: readonly Weekday[], opensAt: string) => boolean) => {
  let opens = minutesOf(template.opensAt)
  let closes = minutesOf(template.closesAt)
  if (r.chance(0.3) && closes + 30 <= LATEST && opens >= EARLIEST) {
    const by = r.pick([-30, 30])
    opens += by
    closes += by
  }
  const firstShift = r.int(0, 4)
  let shift = firstShift
  let days = shiftDays(template.days, shift)
  const isTaken = () => taken(days, clockTime(opens))
  for (let k = 1; k < 5 && isTaken(); k++) {
    shift = (firstShift + k) % 5
    days = shiftDays(template.days, shift)
  }
  for (const by of [180, -150, 240, -210]) {
    if (!isTaken()) break
    if (opens + by < EARLIEST || closes + by > LATEST) continue
    opens += by
    closes += by
    if (isTaken()) {
      opens -= by
      closes -= by
    }
  }
  return { opens, closes, days, shift }
}

/** Move weekday sessions by `shift` days within Monday to Friday; weekend sessions stay. */
export const shiftDays = (days: readonly Weekday[], shift: number): Weekday[] => {
  if (shift === 0 || days.some((d) => d === 'SA' || d === 'SU')) return [...days]
  const moved = new Set(days.map((d) => weekdays[(weekdays.indexOf(d) + shift) % 5]!))
  return weekdays.filter((d) => moved.has(d))
}

/**
 * The template's pattern on the new days, its dates moved with them; a course (a series with a last date,
 * not in the holidays) also moved a few weeks earlier or later, and still with a date between its first and last.
 */
const patternOf = (r: Random, template: SeedSession, days: Weekday[], shift: number): ExceptionSession['pattern'] => {
  const weeks = template.lastDate && template.termTime !== 'school-holidays' ? 7 * r.int(-2, 6) : 0
  const moved = (date: string) => addDays(date, shift + weeks)
  const firstDate = moved(template.firstDate)
  const weeksOfMonth = template.weeksOfMonth ?? []
  const pattern = {
    freq: template.freq,
    interval: template.interval,
    days,
    weeksOfMonth,
    firstDate,
    lastDate: undefined,
  }
  if (!template.lastDate) return pattern
  const lastDate = moved(template.lastDate)
  const first = firstRuleDate(recurrenceOf({ ...pattern, lastDate }), firstDate)
  if (!first) return pattern
  if (first <= lastDate) return { ...pattern, lastDate }
  return { ...pattern, lastDate: addDays(first, dayNumber(template.lastDate) - dayNumber(template.firstDate)) }
}

/** The template's own title with the service's name, or "<service> at <venue>" (just the service's name at home). */
const titleOf = (template: SeedSession, service: SessionService, venue: GeneratedVenue): string => {
  if (template.title && !template.title.includes(' at '))
    return template.title.replace(service.demoName, service.baseName)
  return venue.name === service.name.replace(/^.* at /, '') ? service.name : `${service.baseName} at ${venue.name}`
}
