/**
 * iCalendar (RFC 5545) from the timetable model: a file per session series, and feeds of many
 * series (per hub, per service). The text is written by ical-generator (escaping, line folding,
 * VTIMEZONE for Europe/London from @touch4it/ical-timezones); what goes in it comes from
 * `occurrences()`, so a calendar app shows exactly the dates the site shows:
 *
 * - one VEVENT per series, with an RRULE (FREQ, INTERVAL, BYDAY, WKST=MO, UNTIL in UTC) whose
 *   DTSTART is the first date the rule itself gives that is on (RFC 5545 counts DTSTART as an
 *   instance, so it must be a rule date; a later one keeps fortnights and months in step);
 *   a monthly series on several weekdays becomes one VEVENT per weekday (BYDAY=TU;BYSETPOS=2,-1),
 *   since the library writes ordinals through BYSETPOS;
 * - EXDATE for every date the rule gives that is not on: cancellations, closures, bank holidays and
 *   the dates the term rule leaves out (a term-time series ends where the term dates entered end);
 * - an override VEVENT with the same UID and a RECURRENCE-ID for a changed date;
 * - a VEVENT of its own for an extra date (and for a changed date the RRULE does not reach, such
 *   as one after the last term date entered).
 * UIDs come from the session's id and the site's domain, never at random, so subscribers' calendars
 * update in place: `session-<id>@<domain>` for the series (`session-<id>-tu@…` for one weekday of
 * a monthly series on several), `session-<id>-extra-<yyyymmdd>@…` for an extra date,
 * `session-<id>-changed-<yyyymmdd>@…` for a changed date outside the RRULE. DTSTAMP is given, so
 * the same data gives the same bytes.
 */
import { TZDate } from '@date-fns/tz'
import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import ical, { ICalEventRepeatingFreq, ICalWeekday, type ICalCalendar, type ICalEvent } from 'ical-generator'
import { LONDON } from '../dates/london-zone.ts'
import { addDays, dayInfo, dayNumber, formatLongDate } from '../dates/plain-date.ts'
import { idOfRelated as idOf, type Id } from '../records/fields.ts'
import { londonInstant } from '../dates/london-time.ts'
import { occurrences, type Occurrence, type TimetableSession } from './occurrences.ts'
import { compileRecurrence, describeRecurrence, firstRuleDate, recurrenceOf, type Recurrence } from './recurrence.ts'
import type { TermDatesLookup } from './term-dates.ts'
import { labelOf, termTimeOptions } from '../records/vocabulary.ts'

/** A session series as a calendar shows it. */
export interface CalendarSession extends TimetableSession {
  id: Id
  /** What people see as the event's title: "Stay and Play at Birchwood Family Hub". */
  title: string
  /** A few words about the service, for the event's description. */
  summary?: string | null
  /** The public page to link to. */
  url?: string | null
}

export interface CalendarPlace {
  name: string
  address?: string | null
}

export interface CalendarOptions {
  /** The calendar's name, as subscribers see it. */
  name: string
  description?: string
  /** The site's host name, for UIDs: "families.example.org". */
  domain: string
  /** DTSTAMP of every event: when the data was published. */
  stamp: Date | string
  /** Leave out what happened before this date (keeps long-running series small). */
  since?: string
  /** Where a venue id is, for LOCATION. */
  place: (venue: Id) => CalendarPlace | undefined
  /** The calendar's own address (a feed's URL). */
  url?: string
  /** How often subscribers should refresh, in seconds (default 6 hours). */
  refreshSeconds?: number
}

const weekdayCodes: Record<string, ICalWeekday> = {
  MO: ICalWeekday.MO,
  TU: ICalWeekday.TU,
  WE: ICalWeekday.WE,
  TH: ICalWeekday.TH,
  FR: ICalWeekday.FR,
  SA: ICalWeekday.SA,
  SU: ICalWeekday.SU,
}

const london = (date: string, time: string) => new TZDate(londonInstant(date, time), LONDON)

const compact = (date: string) => date.replaceAll('-', '')

/**
 * Where a service's calendar feed is in the public site (every series of the service with its
 * exact dates): what the service page, the open data's schedule_link and the build agree on.
 */
export const serviceFeedPath = (serviceSlug: string): string => `calendars/services/${serviceSlug}.ics`

/** The UID of a series: stable across builds and across the two databases' id types. */
export const seriesUid = (session: Pick<CalendarSession, 'id'>, domain: string): string =>
  `session-${String(session.id)}@${domain}`

/** One VEVENT's worth of rule: the whole recurrence, or one weekday of a monthly one. */
const partsOf = (rule: Recurrence): { suffix: string; rule: Recurrence }[] => {
  if (rule.freq === 'WEEKLY') return [{ suffix: '', rule }]
  const days = [...new Set(rule.byday.map((b) => b.day))]
  if (days.length === 1) return [{ suffix: '', rule }]
  return days.map((day) => ({
    suffix: `-${day.toLowerCase()}`,
    rule: { ...rule, byday: rule.byday.filter((b) => b.day === day) },
  }))
}

/** The last date the term dates and the session say anything about: beyond it, the rule alone decides. */
const lastKnownDate = (session: CalendarSession, termDates: TermDatesLookup, from: string): string => {
  const dates = [from, termDates.knownUntil ?? from, ...(session.exceptions ?? []).map((e) => e.date)]
  return dates.sort().at(-1)!
}

const placeText = (place: CalendarPlace | undefined): string | undefined =>
  place ? [place.name, place.address].filter((p): p is string => Boolean(p && p.trim())).join(', ') : undefined

/** The plain-English lines at the top of every event's description. */
const descriptionOf = (session: CalendarSession, rule: Recurrence, notes: string[]): string => {
  const lines = [`${describeRecurrence(rule)}, ${session.opensAt} to ${session.closesAt}.`]
  if (session.termTime && session.termTime !== 'all-year') lines.push(`${labelOf(termTimeOptions, session.termTime)}.`)
  if (session.summary) lines.push('', session.summary)
  if (notes.length > 0) lines.push('', ...notes)
  if (session.url) lines.push('', `Details and changes: ${session.url}`)
  return lines.join('\n')
}

/** What one series' events cover: from the window's start to the last date anything is known. */
interface SeriesPlan {
  rule: Recurrence
  /** The first date written out. */
  from: string
  /** Where the RRULE ends: the series' own last date, and for a term rule the last term date known. */
  seriesEnd: string | undefined
  /** The last date whose exceptions, closures or holidays need writing out. */
  horizon: string
}

const planOf = (session: CalendarSession, termDates: TermDatesLookup, options: CalendarOptions): SeriesPlan => {
  const rule = recurrenceOf(session)
  const from = options.since && options.since > rule.dtstart ? options.since : rule.dtstart
  let seriesEnd = rule.until
  if (session.termTime && session.termTime !== 'all-year') {
    const cover = termDates.termsCover(idOf(session.hub))
    const coverEnd = cover?.to ?? addDays(from, -1)
    seriesEnd = seriesEnd && seriesEnd < coverEnd ? seriesEnd : coverEnd
  }
  const known = lastKnownDate(session, termDates, from)
  const horizon = seriesEnd && seriesEnd > known ? seriesEnd : known
  return { rule, from, seriesEnd, horizon }
}

/** Adds the VEVENTs of one session series to a calendar, from its occurrences over the plan's dates. */
const addSeries = (
  cal: ICalCalendar,
  session: CalendarSession,
  plan: SeriesPlan,
  listed: readonly Occurrence[],
  options: CalendarOptions,
): void => {
  const { rule, from, seriesEnd, horizon } = plan
  const uid = seriesUid(session, options.domain)
  const place = (venue: Id) => placeText(options.place(venue))
  const byDate = new Map<string, Occurrence>(listed.filter((o) => !o.extra).map((o) => [o.date, o]))

  // Cancellations in the coming year, in words, so that people see why a date is missing.
  const noteUntil = addDays(from, 365)
  const notes = listed
    .filter((o) => o.status === 'cancelled' && o.date <= noteUntil)
    .map((o) => `Not on ${formatLongDate(o.date)}: ${o.reason ?? 'cancelled'}`)
  const description = descriptionOf(session, rule, notes)

  const event = (
    id: string,
    date: string,
    o: Pick<Occurrence, 'opensAt' | 'closesAt' | 'venue'>,
    extra: Partial<{ description: string }> = {},
  ): ICalEvent =>
    cal.createEvent({
      id,
      start: london(date, o.opensAt),
      end: london(date, o.closesAt),
      timezone: LONDON,
      stamp: new Date(options.stamp),
      summary: session.title,
      description: extra.description ?? description,
      location: place(o.venue) ?? null,
      url: session.url ?? null,
    })

  const covered = new Set<string>()
  if (!seriesEnd || seriesEnd >= from) {
    for (const part of partsOf(rule)) {
      const runs = compileRecurrence(part.rule)
      // Every date the rule gives up to where the series ends, or for an open-ended one up to the
      // last date anything is known about it (after that the rule alone decides).
      const known: string[] = []
      for (let n = dayNumber(from), last = dayNumber(seriesEnd ?? horizon); n <= last; n++)
        if (runs(dayInfo(n))) known.push(dayInfo(n).date)
      // DTSTART is the first of them that is on (or changed): a real rule date, so the RRULE adds
      // no instance of its own and keeps a fortnight's or every-other-month's alignment, and no
      // client has to apply an EXDATE to DTSTART itself. An open-ended series with none on in what
      // is known starts at its first rule date beyond it.
      const keptFrom = known.findIndex(
        (date) => byDate.get(date)?.status === 'on' || byDate.get(date)?.status === 'changed',
      )
      const ruleDates = keptFrom >= 0 ? known.slice(keptFrom) : []
      const first = ruleDates[0] ?? (seriesEnd ? undefined : firstRuleDate(part.rule, addDays(horizon, 1), 366 * 40))
      if (!first) continue
      const partUid = `${uid.replace('@', `${part.suffix}@`)}`
      const series = event(partUid, first, {
        opensAt: session.opensAt,
        closesAt: session.closesAt,
        venue: idOf(session.venue),
      })
      const ordinals = part.rule.byday.map((b) => b.ordinal).filter((o): o is number => o !== undefined)
      const excluded: TZDate[] = []
      const overrides: Occurrence[] = []
      for (const date of ruleDates) {
        covered.add(date)
        const o = byDate.get(date)
        if (!o || o.status === 'cancelled') excluded.push(london(date, session.opensAt))
        else if (o.status === 'changed') overrides.push(o)
      }
      series.repeating({
        freq: part.rule.freq === 'WEEKLY' ? ICalEventRepeatingFreq.WEEKLY : ICalEventRepeatingFreq.MONTHLY,
        interval: part.rule.interval,
        byDay: [...new Set(part.rule.byday.map((b) => weekdayCodes[b.day]!))],
        ...(ordinals.length > 0 ? { bySetPos: ordinals } : {}),
        startOfWeek: ICalWeekday.MO,
        ...(seriesEnd ? { until: london(seriesEnd, '23:59') } : {}),
        ...(excluded.length > 0 ? { exclude: excluded } : {}),
      })
      for (const o of overrides) {
        const note = [
          o.reason,
          `Changed on this date: ${o.opensAt} to ${o.closesAt}${o.regular?.venue !== undefined ? ` at ${options.place(o.venue)?.name ?? 'another venue'}` : ''}.`,
        ]
          .filter(Boolean)
          .join('\n')
        event(partUid, o.date, o, { description: `${note}\n\n${description}` }).recurrenceId(
          london(o.date, session.opensAt),
        )
      }
    }
  }

  // Extra dates, and changed dates the series' RRULE does not reach: events of their own.
  for (const o of listed) {
    if (o.status === 'cancelled' || (!o.extra && covered.has(o.date))) continue
    const note = o.extra ? `Extra date${o.reason ? `: ${o.reason}` : ''}` : (o.reason ?? 'Changed on this date')
    event(uid.replace('@', `-${o.extra ? 'extra' : 'changed'}-${compact(o.date)}@`), o.date, o, {
      description: `${note}\n\n${description}`,
    })
  }
}

/**
 * ical-generator 11 writes the calendar's NAME, X-WR-CALNAME and description without TEXT escaping
 * (it does escape every event property): keep them to one line and escape them here.
 */
const calendarText = (text: string): string =>
  text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .trim()
    .replace(/[\\;,]/g, (c) => `\\${c}`)

const newCalendar = (options: CalendarOptions): ICalCalendar =>
  ical({
    name: calendarText(options.name),
    ...(options.description ? { description: calendarText(options.description) } : {}),
    prodId: { company: 'Family Hub Directory', product: 'Timetables', language: 'EN' },
    // No calendar-wide zone: events carry TZID=Europe/London, so UNTIL is written in UTC as RFC 5545 asks.
    timezone: { name: null, generator: getVtimezoneComponent },
    ttl: options.refreshSeconds ?? 6 * 60 * 60,
    ...(options.url ? { url: options.url } : {}),
  })

/**
 * The text of a calendar. RFC 5545 wants at least one component in a VCALENDAR: one with no
 * events (a series with nothing to promise yet) names its zone, which brings the VTIMEZONE. Only
 * then, because a calendar-wide zone makes ical-generator write UNTIL in local time.
 */
const textOf = (cal: ICalCalendar): string => {
  if (cal.events().length === 0) cal.timezone({ name: LONDON, generator: getVtimezoneComponent })
  return cal.toString()
}

/** An iCalendar feed of many session series: a hub's timetable, or every session of a service. */
export const calendarFeed = (
  sessions: readonly CalendarSession[],
  termDates: TermDatesLookup,
  options: CalendarOptions,
): string => {
  const cal = newCalendar(options)
  const plans = sessions.map((session) => planOf(session, termDates, options))
  if (plans.length === 0) return textOf(cal)
  // One expansion for the whole feed: what the term dates make of each day is worked out once, not per series.
  const range = {
    from: plans.map((p) => p.from).sort()[0]!,
    to: plans
      .map((p) => p.horizon)
      .sort()
      .at(-1)!,
  }
  const listed = new Map<number, Occurrence[]>()
  for (const o of occurrences(
    sessions.map((s, index) => ({ ...s, id: index })),
    range,
    termDates,
  )) {
    const index = Number(o.session)
    const plan = plans[index]!
    if (o.date < plan.from || o.date > plan.horizon) continue
    const mine = listed.get(index) ?? []
    mine.push({ ...o, session: sessions[index]!.id })
    listed.set(index, mine)
  }
  sessions.forEach((session, index) => addSeries(cal, session, plans[index]!, listed.get(index) ?? [], options))
  return textOf(cal)
}

const CRLF = '\r\n'

/** The VEVENT blocks of a calendar's text: ical-generator writes them last, before END:VCALENDAR. */
const eventBlocks = (text: string): string => {
  const start = text.indexOf('BEGIN:VEVENT')
  return start < 0 ? '' : text.slice(start, text.lastIndexOf('END:VCALENDAR'))
}

/**
 * A feed of series already written, each as its own file (`sessionCalendar`): the text
 * `calendarFeed` gives for the same sessions and options, put together from their events rather
 * than working every series out again. A site build writes each session's file and then the hub
 * and service feeds that hold it, so this saves two of every three expansions.
 */
export const feedOfSessionCalendars = (files: readonly string[], options: CalendarOptions): string => {
  const events = files.map(eventBlocks).join('')
  if (events === '') return textOf(newCalendar(options))
  const zoneFile = files.find((f) => f.includes('BEGIN:VTIMEZONE'))!
  const zone = zoneFile.slice(
    zoneFile.indexOf('BEGIN:VTIMEZONE'),
    zoneFile.indexOf('END:VTIMEZONE') + `END:VTIMEZONE${CRLF}`.length,
  )
  // A calendar with no events and no zone: its header, refresh interval and end.
  const skeleton = newCalendar(options).toString()
  const refresh = skeleton.indexOf(`${CRLF}REFRESH-INTERVAL`)
  const headerEnd = (refresh >= 0 ? refresh : skeleton.lastIndexOf(`${CRLF}END:VCALENDAR`)) + CRLF.length
  const end = skeleton.lastIndexOf('END:VCALENDAR')
  return `${skeleton.slice(0, headerEnd)}${zone}${skeleton.slice(headerEnd, end)}${events}${skeleton.slice(end)}`
}

/** The iCalendar file of one session series. */
export const sessionCalendar = (
  session: CalendarSession,
  termDates: TermDatesLookup,
  options: Omit<CalendarOptions, 'name'> & { name?: string },
): string => calendarFeed([session], termDates, { ...options, name: options.name ?? session.title })
