/**
 * POST /api/sessions/preview: the session editor's live preview. Takes the editor's current
 * values as JSON (incomplete or invalid is fine), and answers with the timetable in plain English,
 * what a save would refuse, and the next dates, from `timetablePreview` in core/timetable/preview.ts. Staff only.
 * `today` is today in London unless the body gives one (tests do).
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { fieldLabelAt } from '../../../hooks/validateWith.ts'
import { isPlainDate, toPlainDate } from '../../../../core/dates/plain-date.ts'
import type { Occurrence } from '../../../../core/timetable/occurrences.ts'
import { occurrenceLine, occurrenceStatus } from '../../../../core/timetable/occurrence-words.ts'
import { timetablePreview, type PreviewProblem } from '../../../../core/timetable/preview.ts'
import type { TimetableWords } from '../../../../core/timetable/timetable-words.ts'
import { isPlainObject } from '../../../../core/values/plain-object.ts'

export interface SessionPreviewResponse {
  /** The timetable in plain English, statement by statement, as the public site words it. */
  words: TimetableWords
  /** What staff should know about it that parents are not told (term dates running out...). */
  notes: string[]
  /** The words and the notes, one statement a line. */
  summary: string[]
  /** What a save would refuse, with the label staff see beside the field when it differs from the path. */
  problems: (PreviewProblem & { label?: string })[]
  /** The next dates, each with its words: "Tuesday 3 March 2026, 10:00 to 11:30" and "Cancelled: Hall in use for voting". */
  dates: (Occurrence & { when: string; statusText: string })[]
  /** Names of the venues the dates mention, by id: a changed date may move. */
  venues: Record<string, string>
}

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

export const previewSession = async (req: PayloadRequest): Promise<Response> => {
  if (!req.user) return refuse(401, 'Sign in as staff to preview a timetable.')
  let body: unknown
  try {
    body = await req.json?.()
  } catch {
    return refuse(400, 'The preview needs the session’s fields as JSON.')
  }
  if (!isPlainObject(body)) return refuse(400, 'The preview needs the session’s fields as a JSON object.')
  const { today: askedToday, ...values } = body
  if (askedToday !== undefined && !(typeof askedToday === 'string' && isPlainDate(askedToday)))
    return refuse(
      400,
      `Today "${String(askedToday)}" is not a date. Send it like 2026-03-03, or leave it out for today in London.`,
    )
  const today = typeof askedToday === 'string' ? askedToday : toPlainDate(new Date())!

  const termDates = await req.payload.find({ collection: 'term-dates', depth: 0, pagination: false, req })
  const preview = timetablePreview(values, termDates.docs, { today })

  const fields = req.payload.collections.sessions.config.fields
  const problems = preview.problems.map((p) => {
    const label = fieldLabelAt(fields, p.field.split('.'))
    return label ? { ...p, label } : p
  })

  const venueIds = [
    ...new Set(preview.dates.flatMap((o) => [o.venue, o.regular?.venue]).filter((id) => id !== undefined && id !== '')),
  ]
  const venues: Record<string, string> = {}
  if (venueIds.length > 0) {
    const found = await req.payload.find({
      collection: 'venues',
      where: { id: { in: venueIds } },
      depth: 0,
      pagination: false,
      select: { name: true },
      req,
    })
    for (const venue of found.docs) venues[String(venue.id)] = venue.name
  }

  const venueName = (id: string | number) => venues[String(id)] ?? 'another venue'
  const dates = preview.dates.map((o) => ({
    ...o,
    when: occurrenceLine(o),
    statusText: occurrenceStatus(o, venueName),
  }))
  const response: SessionPreviewResponse = {
    words: preview.words,
    notes: preview.notes,
    summary: preview.summary,
    problems,
    dates,
    venues,
  }
  return Response.json(response)
}

export const sessionPreviewEndpoint: Endpoint = { path: '/preview', method: 'post', handler: previewSession }
