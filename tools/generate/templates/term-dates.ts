/**
 * Hub closures: the dates they fall on and what they say. (The terms, bank holidays and borough-wide
 * closures are the demo's.)
 */

/** Fridays and other quiet days across the demo's years. */
export const hubClosureDates = [
  '2026-03-06',
  '2026-05-07',
  '2026-06-19',
  '2026-11-13',
  '2027-01-22',
  '2027-03-05',
  '2027-05-06',
  '2027-06-18',
] as const

export interface HubClosureParts {
  hub: string
  town: string
}

export interface HubClosure {
  name: (h: HubClosureParts) => string
  reason: (h: HubClosureParts) => string
  /** How many days after the first it lasts (0: one day). */
  days: number
}

export const hubClosures: readonly HubClosure[] = [
  {
    name: (h) => `Staff training day: ${h.hub}`,
    reason: (h) => `Closed for a staff training day. Other family hubs in ${h.town} are open as usual.`,
    days: 0,
  },
  {
    name: (h) => `Polling station: ${h.hub}`,
    reason: () => `The building is used as a polling station, so groups and drop-ins will not run.`,
    days: 0,
  },
  {
    name: (h) => `Refurbishment: ${h.hub}`,
    reason: (h) =>
      'Closed while we refurbish the activity rooms and baby change. ' +
      `Please use another family hub in ${h.town} while we are closed.`,
    days: 11,
  },
]
