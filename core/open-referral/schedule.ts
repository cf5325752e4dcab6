/**
 * A session series as an Open Referral schedule: the rule in RFC 5545 terms (freq, interval,
 * byday, dtstart, valid_from, valid_to, opens_at, closes_at), and in plain English what the
 * standard cannot say: dates cancelled (with the reason, a bank holiday or a hub closure), dates
 * the term rule leaves out, dates changed and extra dates, for the coming year from the date the
 * data is published for (NOTES_DAYS). The exact dates are also in the session's iCalendar file (schedule_link).
 * Times are London wall-clock times ("09:30"): the offset from UTC changes with British Summer Time.
 */
import { addDays, dayInfo, dayNumber, formatDayMonth } from '../dates/plain-date.ts'
import { idOfRelated, type Id } from '../records/fields.ts'
import { serviceFeedPath } from '../timetable/icalendar.ts'
import { occurrences, type Occurrence } from '../timetable/occurrences.ts'
import {
  compileRecurrence,
  describeRecurrence,
  firstRuleDate,
  formatByday,
  recurrenceOf,
} from '../timetable/recurrence.ts'
import type { PublishedService, PublishedSession } from '../records/snapshot.ts'
import type { TermDatesLookup } from '../timetable/term-dates.ts'
import { NOTES_DAYS, type MappingContext } from './context.ts'
import { openReferralId } from './ids.ts'
import type { OrukSchedule } from './types.ts'

/** The id of a service at a venue: one per pair, whichever sessions put it there. */
export const serviceAtLocationId = (service: Id, venue: Id): string =>
  openReferralId('service_at_locations', service, venue)

const termWords = {
  'all-year': '',
  'term-time': ', term time only',
  'school-holidays': ', school holidays only',
} as const

/** Why a date the rule gives is left out by the term rule. */
const skippedBecause = (session: PublishedSession, termDates: TermDatesLookup, date: string): string => {
  const status = termDates.term(idOfRelated(session.hub), date)
  if (status === 'unknown') return 'term dates not published yet'
  return session.termTime === 'school-holidays' ? 'term time' : 'school holidays'
}

/** "Easter Monday, a bank holiday" from a term date named "Bank holiday (Easter Monday)" or "Easter Monday". */
export const bankHolidayWords = (name: string | undefined): string => {
  if (!name) return 'bank holiday'
  const inner = /^bank holiday \((.+)\)$/i.exec(name.trim())
  if (inner) return `${inner[1]}, a bank holiday`
  return /bank holiday/i.test(name) ? name : `${name}, a bank holiday`
}

/**
 * The plain-English notes of a session for `days` days from `from`: one line per cancelled, changed
 * or extra date, and one per run of dates the term rule leaves out ("Not from 21 December 2026 to
 * 4 January 2027 (school holidays)"), in date order.
 */
export const scheduleNotes = (
  session: PublishedSession,
  context: Pick<MappingContext, 'termDates' | 'venue'>,
  from: string,
  days = NOTES_DAYS,
  /** The session's occurrences over those days, when already expanded. */
  expanded?: readonly Occurrence[],
): string[] => {
  const to = addDays(from, days)
  const listed = expanded ?? occurrences([session], { from, to }, context.termDates)
  const byDate = new Map<string, Occurrence>(listed.filter((o) => !o.extra).map((o) => [o.date, o]))
  const runs = compileRecurrence(recurrenceOf(session))
  const venueName = (venue: Id) => context.venue(venue)?.name ?? 'another venue'
  const notes: { date: string; text: string }[] = []
  let skipped: { first: string; last: string; reason: string } | undefined
  const closeSkipped = () => {
    if (!skipped) return
    const { first, last, reason } = skipped
    notes.push({
      date: first,
      text:
        first === last
          ? `Not on ${formatDayMonth(first)} (${reason}).`
          : `Not from ${formatDayMonth(first)} to ${formatDayMonth(last)} (${reason}).`,
    })
    skipped = undefined
  }
  for (let n = dayNumber(from), end = dayNumber(to); n <= end; n++) {
    const day = dayInfo(n)
    if (!runs(day)) continue
    const o = byDate.get(day.date)
    if (!o) {
      const reason = skippedBecause(session, context.termDates, day.date)
      if (skipped && skipped.reason === reason) skipped.last = day.date
      else {
        closeSkipped()
        skipped = { first: day.date, last: day.date, reason }
      }
      continue
    }
    closeSkipped()
    if (o.status === 'cancelled') {
      const why = o.cancelledBy === 'bank-holiday' ? bankHolidayWords(o.reason) : (o.reason ?? 'cancelled')
      notes.push({ date: o.date, text: `Not on ${formatDayMonth(o.date)} (${why}).` })
    } else if (o.status === 'changed') {
      const where = o.regular?.venue !== undefined ? ` at ${venueName(o.venue)}` : ''
      notes.push({
        date: o.date,
        text: `On ${formatDayMonth(o.date)}: ${o.opensAt} to ${o.closesAt}${where}${o.reason ? ` (${o.reason})` : ''}.`,
      })
    }
  }
  closeSkipped()
  for (const o of listed.filter((x) => x.extra)) {
    const where = idOfRelated(o.venue) !== idOfRelated(session.venue) ? ` at ${venueName(o.venue)}` : ''
    notes.push({
      date: o.date,
      text: `Also on ${formatDayMonth(o.date)}, ${o.opensAt} to ${o.closesAt}${where}${o.reason ? ` (${o.reason})` : ''}.`,
    })
  }
  return notes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((n) => n.text)
}

/**
 * A temporarily closed service keeps its schedules (what it runs when it reopens) without dates or
 * a calendar feed: the site takes its sessions off the timetables until then. schedule_link is the
 * service's feed, which holds this series with its exact dates beside the service's others.
 */
export const mapSchedule = (
  session: PublishedSession,
  service: Pick<PublishedService, 'id' | 'name' | 'slug' | 'status'>,
  context: Pick<MappingContext, 'siteUrl' | 'today' | 'termDates' | 'venue' | 'occurrencesOf'>,
): OrukSchedule => {
  const closed = service.status === 'temporarily-closed'
  const rule = recurrenceOf(session)
  const venue = context.venue(session.venue)
  const description = [
    `${describeRecurrence(rule)}, ${session.opensAt} to ${session.closesAt} (UK time)${termWords[session.termTime]}${venue ? `, at ${venue.name}` : ''}.`,
    session.runsOnBankHolidays ? 'It runs on bank holidays too.' : 'It does not run on bank holidays.',
    session.bookingNotes,
  ]
    .filter(Boolean)
    .join(' ')
  const notes = closed
    ? ['Not running while the service is temporarily closed.']
    : scheduleNotes(session, context, context.today, NOTES_DAYS, context.occurrencesOf(session.id))
  return {
    id: openReferralId('schedules', session.id),
    service_id: openReferralId('services', service.id),
    service_at_location_id: serviceAtLocationId(service.id, idOfRelated(session.venue)),
    valid_from: session.firstDate,
    ...(session.lastDate ? { valid_to: session.lastDate } : {}),
    // RFC 5545 counts DTSTART as the first instance: the first date the rule gives.
    dtstart: firstRuleDate(rule, session.firstDate) ?? session.firstDate,
    ...(session.lastDate ? { until: session.lastDate } : {}),
    freq: rule.freq,
    interval: rule.interval,
    byday: formatByday(rule.byday),
    wkst: 'MO',
    description,
    opens_at: session.opensAt,
    closes_at: session.closesAt,
    ...(closed ? {} : { schedule_link: `${context.siteUrl}/${serviceFeedPath(service.slug)}` }),
    attending_type: 'in person',
    ...(notes.length > 0 ? { notes: notes.join('\n') } : {}),
  }
}
