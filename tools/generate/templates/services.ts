/**
 * What services are called and how they are described: other names for the demo's services, and the
 * sentences their summaries and descriptions are made of.
 */
import { lowerFirst, withoutStop } from '../text.ts'

/** Other names families know a demo service by (by the demo service's slug): "Dad’s Stay and Play", "Baby Clinic". */
export const nameVariants: Record<string, readonly string[]> = {
  'stay-and-play': [
    'Stay and Play',
    'Dad’s Stay and Play',
    'Stay and Play for Under 5s',
    'Messy Stay and Play',
    'Family Stay and Play',
  ],
  'baby-group': ['Baby Group', 'Baby and Me', 'Baby Social'],
  'toddler-group': ['Toddler Group', 'Tots Group', 'Toddler Time'],
  'health-visitor-drop-in': ['Health Visitor Drop-in', 'Baby Clinic', 'Child Health Clinic', 'Baby Weighing Clinic'],
  'antenatal-clinic': ['Antenatal Clinic', 'Midwife Clinic', 'Community Midwife Clinic'],
  'library-rhymetime': ['Library Rhymetime', 'Rhymetime', 'Baby Rhyme Time'],
  'infant-feeding-support': ['Infant Feeding Support', 'Feeding Support Drop-in'],
  'music-and-movement': ['Music and Movement for under 5s', 'Little Movers', 'Music and Rhyme'],
  'food-club': ['Food Club', 'Community Pantry'],
  'citizens-advice-family-hub': ['Citizens Advice at the Family Hub', 'Citizens Advice Drop-in'],
  'dads-group': ['Dads’ Group', 'Dads’ Night'],
  'young-parents-group': ['Young Parents Group', 'Young Mums and Dads Group'],
  'bumps-and-babies': ['Bumps and Babies', 'Bumps, Babies and Beyond'],
}

/** The demo's own places: demo text that names one is not reused elsewhere. */
export const demoPlaceNames = new RegExp(
  [
    'Birchwood',
    'Padgate',
    'Culcheth',
    'Croft',
    'Woolston',
    'Stockton',
    'Latchford',
    'Lymm',
    'Appleton',
    'Sankey',
    'Bewsey',
    'Dallam',
    'Penketh',
    'Burtonwood',
    'Winwick',
    'Warrington',
    'Westy',
    'Grappenhall',
    'Thelwall',
    'Glazebury',
    'Orford',
    'Westbrook',
    'Gorse Covert',
    'Bath Street',
  ].join('|'),
)

/** How many session series a service has (1 to 5), with their weights: 3 is the most common. */
export const sessionsPerService: readonly (readonly [count: number, weight: number])[] = [
  [1, 15],
  [2, 20],
  [3, 30],
  [4, 20],
  [5, 15],
]

/** A demo service's summary, moved to the place the service runs in. */
export interface SummaryParts {
  /** The demo service's summary. */
  summary: string
  place: string
  venue: string
  provider: string
}

/** The summaries longer than 300 characters (the CMS's limit) are not used. */
export const summaries: readonly ((s: SummaryParts) => string)[] = [
  (s) => `${withoutStop(s.summary)}, in ${s.place}.`,
  (s) => `${s.summary} At ${s.venue}.`,
  (s) => `${s.place}: ${lowerFirst(s.summary)}`,
  (s) => `${s.summary} Run by ${s.provider} in ${s.place}.`,
]

/** Who a service is for, from its age range in words ("babies under 1", "all ages"). */
export const whoItIsFor = (who: string, pregnancy: boolean): string =>
  who === 'all ages'
    ? 'Everyone is welcome, whatever the age of your children.'
    : pregnancy
      ? `It is for expectant parents and families (${who}).`
      : `It is for ${who} and their parents or carers.`

/** The description's first paragraph. */
export interface OpeningParts {
  name: string
  /** The demo service's name: "Stay and Play". */
  kind: string
  place: string
  town: string
  provider: string
  /** whoItIsFor's sentence. */
  who: string
}

export const openings: readonly ((o: OpeningParts) => string)[] = [
  (o) => `${o.name} brings ${lowerFirst(o.kind)} to families in ${o.place} and across ${o.town}. ${o.who}`,
  (o) => `Families in ${o.place} can come to ${o.name}. ${o.who}`,
  (o) => `${o.name} is run by ${o.provider} for families living in and around ${o.place}. ${o.who}`,
]

/** How to come: one sentence for each way in, then the cost. */
export const dropInLines = [
  'You do not need to book: just come along.',
  'No need to book, just drop in.',
  'Drop in at any time during the session.',
] as const
export const bookingLine = 'Please book a place before you come.'
export const referralLines = [
  'A health visitor, midwife, GP or family hub worker can refer you.',
  'You need a referral from a professional who knows your family.',
] as const
export const selfReferralLine = 'You can also refer yourself: call or email us.'
/** When the service is free and the demo says nothing more about the cost. */
export const freeLines = ['It is free.', 'There is no charge.', 'It is free for all families.'] as const

/** Where the sessions are. */
export interface WhereParts {
  venue: string
  street: string
  place: string
  /** The other venues sessions are at. */
  otherVenues: readonly string[]
}

export const whereSessionsAre = (w: WhereParts): string =>
  w.otherVenues.length === 0
    ? `Sessions are at ${w.venue}, ${w.street}, ${w.place}.`
    : `Sessions are at ${w.venue} on ${w.street}, and at ` +
      `${w.otherVenues.length === 1 ? w.otherVenues[0] : `${w.otherVenues.length} other venues nearby`}.`

/** The description's last paragraph: one or two of these. */
export const welcomeLines = [
  'Dads, partners, grandparents and carers are all welcome.',
  'Tell us if you need an interpreter or any help to take part.',
  'There is somewhere to leave buggies by the entrance.',
  'If you are not sure whether it is right for you, call us for a chat first.',
  'Tea, coffee and a healthy snack are usually available.',
  'Please tell us about any allergies or additional needs when you arrive.',
] as const

/** Who can refer, when the demo's own words name a demo place. */
export const referralDetails = 'Your health visitor, midwife, GP, school or family support worker can refer you.'

/** A service's booking page, when its demo service has one. */
export const bookingUrlOf = (slug: string): string => `https://www.example.org/book/${slug}`
