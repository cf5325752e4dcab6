/**
 * The dashboard's first panel, "My sessions this week": Monday to Sunday (London), day by day, each
 * date of the sessions the signed-in person looks after with its time, venue and any cancellation or
 * change, linked to its session. Admins, who look after every hub, get each hub's count instead.
 * The days are the public site's own component (core/ui/SessionsByDay.tsx). A server component.
 */
import type { ServerProps } from 'payload'
import { isAdminUser, isPartnerUser } from '../../access/roles.ts'
import { toPlainDate } from '../../../core/dates/plain-date.ts'
import { timeRange } from '../../../core/timetable/timetable-words.ts'
import { SessionsByDay, type SessionsByDayClasses } from '../../../core/ui/SessionsByDay.tsx'
import type { SessionDateView } from '../../../core/ui/SessionDate.tsx'
import { sessionsThisWeek } from '../sessions-this-week.ts'
import { weekWords } from '../week.ts'
import './Dashboard.css'

const base = 'this-week'

const classes: SessionsByDayClasses = {
  day: `${base}__day`,
  heading: `${base}__day-heading`,
  list: `${base}__list`,
  empty: `${base}__empty`,
  session: {
    item: `${base}__item`,
    when: `${base}__when`,
    body: `${base}__body`,
    title: `${base}__title`,
    tags: {
      cancelled: `${base}__tag ${base}__tag--cancelled`,
      changed: `${base}__tag ${base}__tag--changed`,
      extra: `${base}__tag ${base}__tag--extra`,
    },
    where: `${base}__where`,
    note: `${base}__note`,
  },
}

export const SessionsThisWeek = async ({ payload, user }: ServerProps) => {
  if (!user) return null
  const today = toPlainDate(new Date())!
  const found = await sessionsThisWeek(payload, user, today)
  if (!found) return null
  const admin = payload.config.routes.admin
  const headingId = `${base}-heading`
  const { week, occurrences, titles, venues, hubs } = found
  const dated = `${weekWords(week)}, ${occurrences.length === 1 ? '1 date' : `${occurrences.length} dates`}`

  if (isAdminUser(user)) {
    const byHub = new Map<string, { on: number; changed: number; cancelled: number }>()
    for (const o of occurrences) {
      const counts = byHub.get(String(o.hub)) ?? { on: 0, changed: 0, cancelled: 0 }
      counts[o.status]++
      byHub.set(String(o.hub), counts)
    }
    const rows = [...byHub].sort(([a], [b]) => (hubs.get(a) ?? a).localeCompare(hubs.get(b) ?? b))
    return (
      <section className={base} aria-labelledby={headingId}>
        <h2 className={`${base}__heading`} id={headingId}>
          Sessions this week
        </h2>
        <p className={`${base}__week`}>{dated}, at every hub.</p>
        {rows.length > 0 && (
          <table className={`${base}__table`}>
            <caption className={`${base}__caption`}>Dates by hub</caption>
            <thead>
              <tr>
                <th scope="col">Hub</th>
                <th scope="col">On</th>
                <th scope="col">Changed</th>
                <th scope="col">Cancelled</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([hub, c]) => (
                <tr key={hub}>
                  <th scope="row">
                    <a href={`${admin}/collections/sessions?where[hub][equals]=${hub}`}>{hubs.get(hub) ?? hub}</a>
                  </th>
                  <td>{c.on}</td>
                  <td>{c.changed}</td>
                  <td>{c.cancelled}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    )
  }

  const manyHubs = new Set(occurrences.map((o) => String(o.hub))).size > 1
  const views: SessionDateView[] = occurrences.map((o) => {
    const venue = venues.get(String(o.venue)) ?? 'Venue'
    // The hub too when the sessions are at several, unless the venue is the hub's own building.
    const hub = manyHubs ? hubs.get(String(o.hub)) : undefined
    return {
      key: `${String(o.session)}-${o.date}-${o.extra ? 'extra' : 'regular'}`,
      occurrence: o,
      when: timeRange(o.opensAt, o.closesAt),
      title: { text: titles.get(String(o.session)) ?? 'Session', href: `${admin}/collections/sessions/${o.session}` },
      place: { text: venue, ...(hub && hub !== venue ? { hub } : {}) },
    }
  })
  return (
    <section className={base} aria-labelledby={headingId}>
      <h2 className={`${base}__heading`} id={headingId}>
        My sessions this week
      </h2>
      <p className={`${base}__week`}>
        {dated}
        {isPartnerUser(user) ? ': your organisation’s, as parents see them.' : ', as parents see them.'}
      </p>
      {occurrences.length === 0 ? (
        <p className={`${base}__empty`}>None of your sessions runs this week.</p>
      ) : (
        <div className={`${base}__days`}>
          <SessionsByDay
            dates={week.dates}
            sessions={views}
            today={today}
            headingLevel={3}
            idPrefix={`${base}-`}
            emptyText="Nothing on."
            classes={classes}
            venueName={(id) => venues.get(String(id)) ?? 'another venue'}
          />
        </div>
      )}
    </section>
  )
}
