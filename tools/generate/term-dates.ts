/**
 * Term dates: the demo's bank holidays, school terms and borough-wide closures as they are, and closures
 * of about one hub in ten (a training day, a polling station, a refurbishment).
 */
import { termDates as demoTermDates } from '../../cms/demo/data/term-dates.ts'
import { addDays, toStoredDate } from '../../core/dates/plain-date.ts'
import type { Random } from './random.ts'
import type { GeneratedHub, TermDateDoc } from './records.ts'
import { hubClosureDates, hubClosures } from './templates/term-dates.ts'

export const generateTermDates = (r: Random, hubs: readonly GeneratedHub[]): TermDateDoc[] => {
  const demo = demoTermDates
    .filter((c) => c.type !== 'closure' || (c.hubs ?? []).length === 0)
    .map((c) => ({
      name: c.name,
      type: c.type,
      startDate: toStoredDate(c.startDate),
      endDate: toStoredDate(c.endDate),
      hubs: [],
      reason: c.reason ?? null,
    }))
  const closureCount = Math.min(hubs.length, Math.max(1, Math.round(hubs.length / 10)))
  const closures = r.some(hubs, closureCount).map((hub) => {
    const date = r.pick(hubClosureDates)
    const closure = r.pick(hubClosures)
    const parts = { hub: hub.name, town: hub.area.town }
    return {
      name: closure.name(parts),
      type: 'closure' as const,
      startDate: toStoredDate(date),
      endDate: toStoredDate(addDays(date, closure.days)),
      hubs: [hub.id],
      reason: closure.reason(parts),
    }
  })
  return [...demo, ...closures].map((c, i) => ({ id: i + 1, ...c }))
}
