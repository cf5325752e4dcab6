/** Dated exceptions to session series: when they fall, how often of each kind, and the reasons families read. */

/** The window dated exceptions fall in: the months around the default build date. */
export const exceptionsFrom = '2026-12-01'
export const exceptionsTo = '2027-06-30'

/** The exceptions a series gets, with their weights: mostly one cancellation. */
export const exceptionKindWeights = [
  [['cancelled'], 60],
  [['changed'], 27],
  [['extra', 'cancelled'], 9],
  [['changed', 'cancelled'], 4],
] as const

/** Where a session is: its venue, the neighbourhood, and the hub whose area it is in. */
export interface ExceptionPlace {
  venue: string
  place: string
  hub: string
}

export const cancellationReasons: readonly ((p: ExceptionPlace) => string)[] = [
  (p) => `Cancelled: ${p.venue} is being used as a polling station for the local elections.`,
  (p) => `Staff training day. Sessions at other venues in ${p.place} run as usual.`,
  (p) => `Cancelled: the heating at ${p.venue} is being repaired. See you next week.`,
  () => 'Cancelled because the session leader is unwell. Sorry for the short notice.',
  () => 'Cancelled: the hall is needed for a funeral. Please join us next week instead.',
  () => 'No session this week while the room is redecorated.',
  (p) => `Cancelled: ${p.venue} is closed for repairs to the fire alarm system.`,
  (p) => `Cancelled for the Christmas party at ${p.hub} instead: all welcome.`,
]

/** A changed time: the reason, and how many minutes later (or earlier) it starts. */
export const changeReasons = [
  { reason: 'Starting half an hour later this week while the hall is used for a meeting.', shift: 30 },
  { reason: 'Starting half an hour earlier this week, as the room is needed afterwards.', shift: -30 },
  { reason: 'Starting an hour later this week while the room is cleaned after a community event.', shift: 60 },
] as const

/** A move to another venue of the same hub, for one date. */
export const moveReasons: readonly ((venue: string) => string)[] = [
  (venue) => `Moved to ${venue} this week while the usual room is redecorated.`,
  (venue) => `This week we meet at ${venue}, as the usual room is used for a vaccination clinic.`,
]

export const extraReasons = [
  'Extra session in the school holidays: all welcome.',
  'Christmas special with songs and a visit from Father Christmas. All welcome, no need to book.',
  'Extra Saturday session for working parents.',
] as const
