/** A hub's opening hours, like the demo's hubs': a centre's working week, or a zone's or outreach point's few days. */
import type { HubDoc } from './records.ts'
import type { HubType, Weekday } from '../../core/records/vocabulary.ts'
import type { Random } from './random.ts'
import { clockTime } from './text.ts'
import { centreOpeningHours as centre, pointOpeningHours as point } from './templates/hubs.ts'

type OpeningHoursRow = NonNullable<HubDoc['openingHours']>[number]

const row = (day: Weekday, opensAt: string, closesAt: string, note: string | null = null): OpeningHoursRow => ({
  day,
  opensAt,
  closesAt,
  note,
})

export const openingHoursOf = (r: Random, type: HubType): OpeningHoursRow[] =>
  type === 'family-hub' || type === 'child-and-family-centre' ? centreHours(r, type) : pointHours(r, type)

/** Monday to Friday, shorter on Friday, late on one day more often than not; Saturday morning sometimes. */
const centreHours = (r: Random, type: 'family-hub' | 'child-and-family-centre'): OpeningHoursRow[] => {
  const opens = centre.opensAt[type]
  const late = r.pick(centre.lateDays)
  const rows = centre.days.map((d) =>
    d === 'FR'
      ? row(d, opens, centre.fridayClosesAt)
      : d === late && r.chance(0.6)
        ? row(d, opens, centre.lateClosesAt, r.pick(centre.lateNotes))
        : row(d, opens, centre.closesAt),
  )
  if (r.chance(0.3)) rows.push(row('SA', centre.saturday.opensAt, centre.saturday.closesAt, centre.saturday.note))
  return rows
}

/** A few days, a morning or an afternoon each; some outreach in term time only; a zone's Saturday: library staff. */
const pointHours = (r: Random, type: 'zone' | 'outreach'): OpeningHoursRow[] => {
  const [fewest, most] = point.dayCount[type]
  const days = r.some(point.days, r.int(fewest, most))
  return days.map((d) => {
    const start = r.pick(point.startMinutes)
    const closesAt = clockTime(start + r.pick(point.lengthMinutes))
    const note =
      type === 'outreach' && r.chance(0.4)
        ? point.outreachNote
        : d === 'SA' && type === 'zone'
          ? point.zoneSaturdayNote
          : null
    return row(d, clockTime(start), closesAt, note)
  })
}
