/**
 * The words pages use for the data: cost, how to access, addresses, times, dates, phone links.
 * Plain functions, tested in site/render/format.test.ts, so every page says things the same way.
 */
import { describeAgeRange } from '../../core/records/age-range.ts'
import { formatDayMonth, formatLongDateAsOf } from '../../core/dates/plain-date.ts'
import { freshnessOf } from '../../core/records/freshness.ts'
import { timetableSentence } from '../../core/timetable/timetable-words.ts'
import type { PublishedService, PublishedSession, PublishedVenue } from '../../core/records/snapshot.ts'
import { accessMethodOptions, labelOf, weekdayOptions, type Weekday } from '../../core/records/vocabulary.ts'

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
  [venue.name, venue.address.line1, venue.address.line2, venue.address.town, venue.postcode].filter(
    (x): x is string => !!x,
  )

/** "Birchwood Family Hub, 2 Benson Road, Birchwood, WA3 7PQ" */
export const addressText = (venue: Pick<PublishedVenue, 'name' | 'address' | 'postcode'>): string =>
  [venue.name, venue.address.line1, venue.address.line2, venue.address.town, venue.postcode].filter(Boolean).join(', ')

/** "tel:01632960000" */
export const phoneHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`

export const dayName = (day: Weekday): string => labelOf(weekdayOptions, day)

/** "Tuesday 24 November" (the year only when it is not the build's year). */
export const dayHeading = formatLongDateAsOf

/** "3 March 2026" */
export const longDate = (date: string): string => formatDayMonth(date)

/** "09:30 to 11:30" */
export { timeRange } from '../../core/timetable/timetable-words.ts'

/** "Every week on Tuesday, 09:30 to 11:30, term time only": the timetable's words in one sentence (core/timetable/timetable-words.ts). */
export const sessionPattern = (session: PublishedSession): string => timetableSentence(session)

/** "6 months", "1 month" */
const monthsText = (months: number): string => (months === 1 ? '1 month' : `${months} months`)

/** Whether information is overdue for a check on `today`: past its check's due date (the record's own interval), or never checked. */
export const isOverdue = (
  lastChecked: string | undefined,
  checkEveryMonths: number | undefined,
  today: string,
): boolean => {
  const { state } = freshnessOf(lastChecked, checkEveryMonths, today)
  return state === 'overdue' || state === 'never-checked'
}

/**
 * What a service page says about when it was checked: "Checked on 3 March 2026.", and, when it is
 * overdue or was never checked, a warning for parents to check before they go.
 */
export const serviceChecked = (
  service: Pick<PublishedService, 'lastChecked' | 'checkEveryMonths'>,
  today: string,
): { checked: string; warning?: string } => {
  if (!service.lastChecked)
    return {
      checked: 'Not checked yet.',
      warning: 'This has not been checked yet. Contact the service to check before you go.',
    }
  const checked = `Checked on ${longDate(service.lastChecked)}.`
  if (!isOverdue(service.lastChecked, service.checkEveryMonths, today)) return { checked }
  return {
    checked,
    warning: `This was last checked on ${longDate(service.lastChecked)}, more than ${monthsText(service.checkEveryMonths)} ago. Contact the service to check before you go.`,
  }
}

/**
 * What a session timetable says about its own check: "Timetable checked on 3 March 2026.", or, when
 * overdue, that it may be out of date. Never checked on its own: nothing (the service's date stands).
 */
export const timetableChecked = (
  session: Pick<PublishedSession, 'lastChecked' | 'checkEveryMonths'>,
  today: string,
): { text: string; overdue: boolean } | undefined => {
  if (!session.lastChecked) return undefined
  if (!isOverdue(session.lastChecked, session.checkEveryMonths, today))
    return { text: `Timetable checked on ${longDate(session.lastChecked)}.`, overdue: false }
  return {
    text: `Timetable last checked on ${longDate(session.lastChecked)}, more than ${monthsText(session.checkEveryMonths)} ago. Contact the service to check the times before you go.`,
    overdue: true,
  }
}
