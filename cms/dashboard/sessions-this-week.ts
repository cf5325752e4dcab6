/**
 * The dashboard's "My sessions this week": every date, Monday to Sunday in London, of the live
 * sessions the signed-in person looks after (hub staff: at their hubs; a partner: their
 * organisation's; an admin: every hub's), cancelled and changed dates included, worked out as the
 * public site works them out (core/timetable/occurrences.ts, with the term dates and closures).
 */
import type { Payload, Where } from 'payload'
import { hubIdsOf, isAdminUser, isHubStaffUser, isPartnerUser, organisationIdOf } from '../access/roles.ts'
import { termDateSchema } from '../../core/records/term-date.ts'
import { sessionSchema } from '../../core/records/session.ts'
import { occurrences, type Occurrence, type TimetableSession } from '../../core/timetable/occurrences.ts'
import { termDatesLookup } from '../../core/timetable/term-dates.ts'
import { weekOf, type Week } from './week.ts'

export interface SessionsThisWeek {
  week: Week
  occurrences: Occurrence[]
  /** Session titles by id. */
  titles: Map<string, string>
  venues: Map<string, string>
  hubs: Map<string, string>
}

/** Whose sessions: undefined when the person looks after none. */
const scopeOf = (user: unknown): Where | undefined => {
  if (isAdminUser(user)) return {}
  if (isHubStaffUser(user)) {
    const hubs = hubIdsOf(user)
    return hubs.length > 0 ? { hub: { in: hubs } } : undefined
  }
  const organisation = organisationIdOf(user)
  if (isPartnerUser(user) && organisation !== undefined) return { provider: { equals: organisation } }
  return undefined
}

const names = async (payload: Payload, collection: 'venues' | 'hubs', ids: Iterable<string>) => {
  const list = [...new Set(ids)]
  if (list.length === 0) return new Map<string, string>()
  const found = await payload.find({
    collection,
    where: { id: { in: list } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { name: true },
  })
  return new Map(found.docs.map((d) => [String(d.id), d.name]))
}

/** The dates of the person's live sessions in the week of `today` (a London plain date). */
export const sessionsThisWeek = async (
  payload: Payload,
  user: unknown,
  today: string,
): Promise<SessionsThisWeek | undefined> => {
  const scope = scopeOf(user)
  if (!scope) return undefined
  const week = weekOf(today)
  const [found, termDates] = await Promise.all([
    payload.find({
      collection: 'sessions',
      where: { and: [scope, { _status: { equals: 'published' } }] },
      draft: false,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user,
    }),
    payload.find({ collection: 'term-dates', depth: 0, pagination: false, overrideAccess: true }),
  ])
  const titles = new Map<string, string>()
  const sessions: TimetableSession[] = []
  for (const doc of found.docs) {
    const parsed = sessionSchema.safeParse(doc)
    if (!parsed.success) continue
    sessions.push(parsed.data as TimetableSession)
    titles.set(String(doc.id), doc.title ?? `Session ${doc.id}`)
  }
  const lookup = termDatesLookup(
    termDates.docs.flatMap((entry) => {
      const parsed = termDateSchema.safeParse(entry)
      return parsed.success ? [parsed.data] : []
    }),
  )
  const dates = occurrences(sessions, { from: week.from, to: week.to }, lookup)
  const [venues, hubs] = await Promise.all([
    names(
      payload,
      'venues',
      dates.flatMap((o) => [String(o.venue), ...(o.regular?.venue !== undefined ? [String(o.regular.venue)] : [])]),
    ),
    names(
      payload,
      'hubs',
      dates.map((o) => String(o.hub)),
    ),
  ])
  return { week, occurrences: dates, titles, venues, hubs }
}
