/**
 * The sessions listed under a service in results: those that match what was asked (the days, times
 * of day, hubs and areas chosen, and within the distance of a place, nearest first), the first few
 * of them, and how many more are on its page. Pure: render.ts lists them.
 */
import { placesWithin, type Point } from '../../../core/places/distance.ts'
import { decodeSessionLines, sessionsToShow, type SessionLine } from '../../shared/search-facets.ts'
import type { ResultData } from './pagefind.ts'
import type { Chosen } from './query.ts'

/** Sessions listed under a service in results; the rest are on its page. */
export const SESSIONS_SHOWN = 3

/** What the results on show were asked for: the sessions listed under a service are those that match it. */
export interface Asked {
  chosen: Chosen
  point?: Point
  radius: number
}

/** The sessions of a result to list under it (none for a result without sessions), and how many others match. */
export const resultSessions = (
  data: ResultData,
  asked: Asked,
): { listed: { session: SessionLine; miles?: number }[]; rest: number } => {
  if (!data.meta.sessions) return { listed: [], rest: 0 }
  const { chosen, point, radius } = asked
  // A session's distance, when it is within the distance asked for.
  const distance = point ? (at: string) => placesWithin([at], point, radius)[0]?.miles : undefined
  const shown = sessionsToShow(
    decodeSessionLines(data.meta.sessions, data.url),
    { days: chosen.day, times: chosen.time, hubs: chosen.hub, areas: chosen.area },
    distance,
  )
  return { listed: shown.slice(0, SESSIONS_SHOWN), rest: Math.max(0, shown.length - SESSIONS_SHOWN) }
}
