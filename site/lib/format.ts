/**
 * The words pages use for the data: cost, how to access, addresses, times, dates, phone links.
 * Plain functions, tested in tests/unit/site-format.test.ts, so every page says things the same way.
 */
import { describeAgeRange } from '../../schemas/age-range.ts'
import { dayInfo, formatDayMonth } from '../../schemas/calendar-date.ts'
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
  const [y, m, d] = date.split('-').map(Number)
  const weekday = dayName(weekdayOptions[dayInfo(date).weekday]!.value)
  const month = new Date(Date.UTC(y!, m! - 1, d!)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })
  return `${weekday} ${d} ${month}${date.slice(0, 4) === today.slice(0, 4) ? '' : ` ${y}`}`
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

/** Whether a date is within `days` days before today: "Checked on" older than that is overdue. */
export const isOverdue = (lastReviewed: string | undefined, today: string, days = 183): boolean => {
  if (!lastReviewed) return true
  return dayInfo(today).n - dayInfo(lastReviewed).n > days
}
