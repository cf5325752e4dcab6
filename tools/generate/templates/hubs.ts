/** What hubs are: their types and how often each is drawn, names, facilities, descriptions and opening hours. */
import type { Facility, HubType } from '../../../core/records/vocabulary.ts'

/** Outreach points are the most common, then family hubs and library zones. */
export const hubTypeWeights: readonly [HubType, number][] = [
  ['family-hub', 4],
  ['child-and-family-centre', 1],
  ['zone', 3],
  ['outreach', 6],
]

/** The end of a hub's name: "Hulme Family Hub". */
export const hubNameSuffix: Record<HubType, string> = {
  'family-hub': 'Family Hub',
  'child-and-family-centre': 'Child and Family Centre',
  zone: 'Library Zone',
  outreach: 'Outreach',
}

/** What a hub of a type can have; each hub has most of them. */
export const hubFacilities: Record<HubType, readonly Facility[]> = {
  'family-hub': [
    'staffed-reception',
    'activity-rooms',
    'confidential-space',
    'send-accessible',
    'baby-change',
    'breastfeeding-space',
    'parking',
    'buggy-park',
    'outdoor-play',
    'kitchen',
    'free-wifi',
    'changing-places',
  ],
  'child-and-family-centre': [
    'staffed-reception',
    'activity-rooms',
    'confidential-space',
    'baby-change',
    'breastfeeding-space',
    'buggy-park',
    'outdoor-play',
    'kitchen',
    'free-wifi',
  ],
  zone: [
    'activity-rooms',
    'baby-change',
    'send-accessible',
    'breastfeeding-space',
    'buggy-park',
    'parking',
    'free-wifi',
  ],
  outreach: ['activity-rooms', 'baby-change', 'parking', 'outdoor-play', 'kitchen'],
}

/** What a hub's own building is called, for a family hub and a child and family centre. */
export const hubBuilding = { 'family-hub': 'family hub', 'child-and-family-centre': 'centre' } as const

export interface HubDescriptionParts {
  name: string
  place: string
  town: string
  /** The name of the hub's main venue. */
  mainVenue: string
}

/** A hub's description opens with what it is. */
export const hubIntroductions: Record<HubType, (h: HubDescriptionParts) => string> = {
  'family-hub': (h) =>
    `${h.name} is a family hub for families in ${h.place} and the surrounding area of ${h.town}. ` +
    'Midwives, health visitors and the family support team run sessions here, ' +
    'so you can get most kinds of help under one roof.',
  'child-and-family-centre': (h) =>
    `${h.name} is a child and family centre in ${h.place}, ${h.town}, ` +
    'with a playroom, a garden and a kitchen where families can cook together.',
  zone: (h) =>
    `The family zone at ${h.mainVenue} brings family hub sessions to ${h.place}. ` +
    'Rhymetime and storytime are in the library, and family hub staff are on site on some days each week.',
  outreach: (h) =>
    `Family hub staff come out to ${h.mainVenue} in ${h.place} for stay and play, clinics and advice. ` +
    'The building is only open when a session is on.',
}

/** Then its other venues (the first two), if it has any. */
export const hubAlsoAt = (venueNames: readonly string[]): string =>
  `We also run sessions at ${venueNames.join(' and ')}.`

/** And ends with a welcome. */
export const hubClosingLines = [
  'Drop in to reception if you are not sure where to start.',
  'Everyone is welcome: just come along.',
  'Call us if you would like to talk to someone first.',
] as const

// Opening hours

/** A family hub or a child and family centre: open Monday to Friday, late one day, on Saturday sometimes. */
export const centreOpeningHours = {
  days: ['MO', 'TU', 'WE', 'TH', 'FR'],
  opensAt: { 'family-hub': '08:45', 'child-and-family-centre': '09:00' },
  closesAt: '17:00',
  fridayClosesAt: '16:30',
  /** The days it may open late (one is drawn). */
  lateDays: ['TU', 'WE', 'TH'],
  lateClosesAt: '19:30',
  lateNotes: ['Late opening for evening courses', 'Late opening for the dads’ group', 'Teen drop-in until 7.30pm'],
  saturday: { opensAt: '09:30', closesAt: '12:00', note: 'Saturday groups only: see the timetable' },
} as const

/** A zone or an outreach point: open a few days, for a morning or an afternoon. */
export const pointOpeningHours = {
  days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA'],
  /** How many days a zone opens (from, to), and an outreach point. */
  dayCount: { zone: [3, 5], outreach: [1, 4] },
  /** Opening times in minutes after midnight: 09:30, 10:00, 13:00, 13:30. */
  startMinutes: [570, 600, 780, 810],
  lengthMinutes: [90, 120, 150, 180],
  outreachNote: 'Term time only',
  zoneSaturdayNote: 'Library staff only',
} as const
