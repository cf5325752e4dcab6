/**
 * The words pages use for the data: cost, how to access, addresses, times, dates, phone links.
 * Plain functions, tested in tests/unit/site-format.test.ts, so every page says things the same way.
 */
import { describeAgeRange } from '../../schemas/age-range.ts'
import { formatDayMonth, formatLongDate } from '../../schemas/calendar-date.ts'
import { freshnessOf } from '../../schemas/freshness.ts'
import { describeRecurrence, recurrenceOf } from '../../schemas/recurrence.ts'
import type { PublishedService, PublishedSession, PublishedVenue } from '../../schemas/snapshot.ts'
import { accessMethodOptions, labelOf, weekdayOptions, type Weekday } from '../../schemas/vocabulary.ts'

const pounds = (amount: number): string => (Number.isInteger(amount) ? `£${amount}` : `£${amount.toFixed(2)}`)

/** "Free", "£2", "£2: per family, first session free", or the description staff gave. */
export const costText = (cost: PublishedService['cost']): string => {
  if (cost.free) return cost.details ? `Free: ${cost.details}` : 'Free'
  if (cost.amount != null) return cost.details ? `${pounds(cost.amount)}: ${cost.details}` : pounds(cost.amount)
  return cost.details ?? 'There is a cost: contact the service'
}

/** Who it is for, as a sentence start: "For babies from 6 weeks to 6 months". */
export const whoFor = (service: PublishedService): string => {
  const words = describeAgeRange(service.ageRange)
  return words === 'all ages' ? 'For all ages' : `For ${words}`
}

/** The ways in, in the order a parent would try them: drop in, book, refer yourself, referral. */
export const accessLines = (access: PublishedService['access']): string[] =>
  accessMethodOptions.filter((o) => access.methods.includes(o.value)).map((o) => o.label)

export const addressLines = (venue: Pick<PublishedVenue, 'name' | 'address' | 'postcode'>): string[] =>
  [venue.name, venue.address.line1, venue.address.line2, venue.address.town, venue.postcode].filter((x): x is string => !!x)

/** "Birchwood Family Hub, 2 Benson Road, Birchwood, WA3 7PQ" */
export const addressText = (venue: Pick<PublishedVenue, 'name' | 'address' | 'postcode'>): string =>
  [venue.name, venue.address.line1, venue.address.line2, venue.address.town, venue.postcode].filter(Boolean).join(', ')

/** "tel:01632960000" */
export const phoneHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`

export const dayName = (day: Weekday): string => labelOf(weekdayOptions, day)

/** "Tuesday 24 November" (the year only when it is not the build's year). */
export const dayHeading = (date: string, today: string): string => {
  const long = formatLongDate(date) // "Tuesday 3 March 2026"; written out, as timetables head thousands of days
  return date.slice(0, 4) === today.slice(0, 4) ? long.slice(0, long.lastIndexOf(' ')) : long
}

/** "3 March 2026" */
export const longDate = (date: string): string => formatDayMonth(date)

/** "09:30 to 11:30" */
export const timeRange = (opensAt: string, closesAt: string): string => `${opensAt} to ${closesAt}`

const termWords = { 'all-year': '', 'term-time': ', term time only', 'school-holidays': ', school holidays only' } as const

/** "Every week on Tuesday, 09:30 to 11:30, term time only" */
export const sessionPattern = (session: PublishedSession): string => {
  const rule = recurrenceOf(session)
  const until = session.lastDate ? `, until ${formatDayMonth(session.lastDate)}` : ''
  return `${describeRecurrence(rule)}, ${timeRange(session.opensAt, session.closesAt)}${termWords[session.termTime]}${until}`
}

/** "6 months", "1 month" */
const monthsText = (months: number): string => (months === 1 ? '1 month' : `${months} months`)

/** Whether information is overdue for a check on `today`: past its review date (the record's own interval), or never checked. */
export const isOverdue = (lastReviewed: string | undefined, reviewEveryMonths: number | undefined, today: string): boolean => {
  const { state } = freshnessOf(lastReviewed, reviewEveryMonths, today)
  return state === 'overdue' || state === 'never-checked'
}

/**
 * What a service page says about when it was checked: "Checked on 3 March 2026.", and, when it is
 * overdue or was never checked, a warning for parents to check before they go.
 */
export const serviceChecked = (service: Pick<PublishedService, 'lastReviewed' | 'reviewEveryMonths'>, today: string): { checked: string; warning?: string } => {
  if (!service.lastReviewed) return { checked: 'Not checked yet.', warning: 'This has not been checked yet. Contact the service to check before you go.' }
  const checked = `Checked on ${longDate(service.lastReviewed)}.`
  if (!isOverdue(service.lastReviewed, service.reviewEveryMonths, today)) return { checked }
  return { checked, warning: `This was last checked on ${longDate(service.lastReviewed)}, more than ${monthsText(service.reviewEveryMonths)} ago. Contact the service to check before you go.` }
}

/**
 * What a session timetable says about its own check: "Timetable checked on 3 March 2026.", or, when
 * overdue, that it may be out of date. Never checked on its own: nothing (the service's date stands).
 */
export const timetableChecked = (session: Pick<PublishedSession, 'lastReviewed' | 'reviewEveryMonths'>, today: string): { text: string; overdue: boolean } | undefined => {
  if (!session.lastReviewed) return undefined
  if (!isOverdue(session.lastReviewed, session.reviewEveryMonths, today)) return { text: `Timetable checked on ${longDate(session.lastReviewed)}.`, overdue: false }
  return {
    text: `Timetable last checked on ${longDate(session.lastReviewed)}, more than ${monthsText(session.reviewEveryMonths)} ago. Contact the service to check the times before you go.`,
    overdue: true,
  }
}
