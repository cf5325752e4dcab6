/** A generated service's summary and description: the demo service's words, moved to where it runs. */
import { describeAgeRange } from '../../core/records/age-range.ts'
import type { Family } from './families.ts'
import type { Random } from './random.ts'
import type { GeneratedVenue } from './records.ts'
import {
  bookingLine,
  dropInLines,
  freeLines,
  openings,
  referralLines,
  selfReferralLine,
  summaries,
  welcomeLines,
  whereSessionsAre,
  whoItIsFor,
} from './templates/services.ts'

export interface ServiceTextParts {
  name: string
  family: Family
  /** The venue the service is named after, and the other venues its sessions are at. */
  home: GeneratedVenue
  otherVenues: readonly GeneratedVenue[]
  town: string
  provider: string
}

/** One of the summaries that fit in 300 characters, or the demo's cut to 300. */
export const summaryOf = (r: Random, { family, home, provider }: ServiceTextParts): string => {
  const { summary } = family.demo
  const fitting = summaries
    .map((s) => s({ summary, place: home.place, venue: home.name, provider }))
    .filter((s) => s.length <= 300)
  return fitting.length > 0 ? r.pick(fitting) : summary.slice(0, 300)
}

/**
 * Who it is for; a paragraph or two of the demo's description (or its summary); how to come, what it
 * costs and where the sessions are; and a welcome.
 */
export const descriptionOf = (r: Random, parts: ServiceTextParts): string => {
  const { name, family, home, otherVenues, town, provider } = parts
  const { demo, paragraphs } = family
  const practical = howToCome(r, family)
  const where = whereSessionsAre({
    venue: home.name,
    street: home.street,
    place: home.place,
    otherVenues: otherVenues.map((v) => v.name),
  })
  const who = whoItIsFor(describeAgeRange(demo.ageRange), demo.ageRange.fromWeekOfPregnancy !== undefined)
  return [
    r.pick(openings)({ name, kind: demo.name, place: home.place, town, provider, who }),
    ...(paragraphs.length > 0 ? r.some(paragraphs, r.int(1, Math.min(2, paragraphs.length))) : [demo.summary]),
    `${practical} ${where}`.trim(),
    r.some(welcomeLines, r.int(1, 2)).join(' '),
  ].join('\n\n')
}

/** A sentence for each way to use the service, then the cost (drawn in that order). */
const howToCome = (r: Random, { demo }: Family): string => {
  const methods = demo.access.methods
  return [
    methods.includes('drop-in') ? r.pick(dropInLines) : '',
    methods.includes('booking') ? bookingLine : '',
    methods.includes('referral') ? r.pick(referralLines) : '',
    methods.includes('self-referral') ? selfReferralLine : '',
    costLine(r, demo.cost),
  ]
    .filter(Boolean)
    .join(' ')
}

/** The demo's words on the cost, or that it is free. */
const costLine = (r: Random, cost: Family['demo']['cost']): string =>
  cost.free ? (cost.details ? cost.details : r.pick(freeLines)) : (cost.details ?? '')
