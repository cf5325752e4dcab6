/**
 * Reading the values of the live Open Referral UK API's query parameters: numbers in a range,
 * UUIDs, true/false, days of the week, times of day and dates or date-times (a date is from London
 * midnight). Each reader gives the value or a message for people naming the parameter, the value
 * given and what to give instead: `minimum_age "ten" is not a number. Give an age in whole years, like 5.`
 * Pure: text in, value or message out.
 */
import { isPlainDate } from '../../../core/dates/plain-date.ts'
import { londonInstant } from '../../../core/dates/london-time.ts'

/** One thing wrong with a request, for the 400 answer's `errors`. */
export interface ParameterError {
  parameter: string
  message: string
}

export type Read<T> = { ok: true; value: T } | { ok: false; message: string }

const ok = <T>(value: T): Read<T> => ({ ok: true, value })
const fail = <T>(message: string): Read<T> => ({ ok: false, message })

/** A value as quoted in a message: long ones cut short. */
export const quoted = (text: string): string => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)

export interface NumberRule {
  min: number
  /** Above `min`, not equal to it. */
  above?: boolean
  /** No upper limit when left out. */
  max?: number
  /** Whole numbers only. */
  whole?: boolean
  /** What the number is, for messages: "a page number", "an age in whole years". */
  what: string
  /** What to give instead, ending the message: "Give an age in whole years, like 5." */
  advice: string
}

/** A number within a rule's range (decimals only when the rule allows them). */
export const readNumber = (parameter: string, text: string, rule: NumberRule): Read<number> => {
  const pattern = rule.whole ? /^-?\d+$/ : /^-?(\d+(\.\d*)?|\.\d+)$/
  if (!pattern.test(text))
    return fail(`${parameter} ${quoted(text)} is not ${rule.whole ? 'a whole number' : 'a number'}. ${rule.advice}`)
  const value = Number(text)
  const [min, max] = [rule.min.toLocaleString('en-GB'), rule.max?.toLocaleString('en-GB')]
  const lowest = rule.above ? `above ${min}` : max === undefined ? `of ${min} or more` : `from ${min}`
  const range = max === undefined ? lowest : `${lowest} ${rule.above ? 'up to' : 'to'} ${max}`
  const tooLow = rule.above ? value <= rule.min : value < rule.min
  if (tooLow || (rule.max !== undefined && value > rule.max))
    return fail(`${parameter} ${quoted(text)} is not ${rule.what} ${range}. ${rule.advice}`)
  return ok(value)
}

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** A UUID, in lower case; `what` names the record ("a taxonomy term") and `list` where ids are listed. */
export const readUuid = (parameter: string, text: string, what: string, list: string): Read<string> => {
  const value = text.toLowerCase()
  return uuidShape.test(value)
    ? ok(value)
    : fail(
        `${parameter} ${quoted(text)} is not a UUID. Give the id of ${what}, like ac148810-d857-441c-9679-408f346de14b: the ids are in ${list}.`,
      )
}

const booleans: Record<string, boolean> = { true: true, '1': true, false: false, '0': false }

export const readBoolean = (parameter: string, text: string): Read<boolean> => {
  const value = booleans[text.toLowerCase()]
  return value === undefined
    ? fail(
        `${parameter} ${quoted(text)} is not true or false. Give ${parameter}=true or ${parameter}=false (or 1 or 0).`,
      )
    : ok(value)
}

/** RFC 5545's two-letter days, Monday first. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const
export type Weekday = (typeof WEEKDAYS)[number]
const dayNames = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const

/** Days of the week, comma-separated, as MO or Monday in any case: "any of these". */
export const readDays = (parameter: string, text: string): Read<Weekday[]> => {
  const days = new Set<Weekday>()
  for (const part of text.split(',')) {
    const word = part.trim().toLowerCase()
    const index = Math.max(
      WEEKDAYS.findIndex((d) => d.toLowerCase() === word),
      dayNames.findIndex((d) => d === word),
    )
    if (index === -1)
      return fail(
        `${parameter} ${quoted(text)} is not a day${text.includes(',') ? ` (${quoted(part.trim())} is not one)` : ''}. Give MO, TU, WE, TH, FR, SA or SU, or the day's name, like Monday; several with commas for any of them, like MO,WE.`,
      )
    days.add(WEEKDAYS[index]!)
  }
  return ok([...days])
}

/** A 24-hour time, HH:MM or HH:MM:SS, as seconds after midnight. */
export const readTime = (parameter: string, text: string): Read<number> => {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text)
  const [h, min, s] = m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : [NaN, NaN, NaN]
  if (!(h < 24 && min < 60 && s < 60))
    return fail(`${parameter} ${quoted(text)} is not a time. Give a 24-hour time as HH:MM, like 09:30 or 17:00.`)
  return ok(h * 3600 + min * 60 + s)
}

/** Seconds after midnight of a schedule's "09:30" or "09:30:00". */
export const secondsOf = (time: string): number => {
  const [h = 0, m = 0, s = 0] = time.split(':').map(Number)
  return h * 3600 + m * 60 + s
}

const dateTimePattern = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i

/**
 * An instant (ms since the epoch) from a date, "2026-11-01" (from midnight in London), or an ISO
 * date-time with Z or an offset ("2026-11-01T09:00:00Z", "…+01:00"); a date-time without one is
 * London time. A "+" sent unencoded arrives as a space, and is read as the "+" it was.
 */
export const readInstant = (parameter: string, text: string): Read<number> => {
  const advice = `${parameter} ${quoted(text)} is not a date or date-time. Give a date like 2026-11-01 (from midnight, UK time) or a date-time like 2026-11-01T09:00:00Z.`
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return isPlainDate(text) ? ok(londonInstant(text, '00:00')) : fail(advice)
  const m = dateTimePattern.exec(text.replace(/T(.*) (\d{2}:?\d{2})$/i, 'T$1+$2'))
  if (!m) return fail(advice)
  const [, date, hh, mm, ss, fraction, zone] = m
  const [h, min, s] = [Number(hh), Number(mm), Number(ss ?? 0)]
  if (!isPlainDate(date!) || h > 23 || min > 59 || s > 59) return fail(advice)
  const extra = s * 1000 + Math.floor(Number(fraction ?? 0) * 1000)
  if (!zone) return ok(londonInstant(date!, `${hh}:${mm}`) + extra)
  const [y, mo, d] = date!.split('-').map(Number)
  const local = Date.UTC(y!, mo! - 1, d!, h, min) + extra
  if (zone.toUpperCase() === 'Z') return ok(local)
  const offset = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!
  const minutes = Number(offset[2]) * 60 + Number(offset[3])
  if (Number(offset[2]) > 14 || Number(offset[3]) > 59) return fail(advice)
  return ok(local - (offset[1] === '-' ? -1 : 1) * minutes * 60_000)
}
