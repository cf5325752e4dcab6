/**
 * A synthetic directory of any size, written as a snapshot (core/records/snapshot.ts), for benchmarks
 * of the build and the search index at the scale of a large council or a region.
 *
 * Deterministic: the same options give byte-identical JSON (a seeded mulberry32, never
 * Math.random or the clock). Realistic: the demo's categories (same ids and slugs), organisations,
 * bank holidays, school terms and borough-wide closures; hubs (about one per 40 services) and
 * venues (about one per 3 services) around real English outcodes; services modelled on the demo's
 * (their categories, provider, ages, cost, access, languages, and their session series as
 * templates, so the mix of weekly, fortnightly, monthly, term-time, holiday and bank-holiday
 * sessions is the demo's), named after the place they run in, with summaries and descriptions
 * from sentence templates; dated exceptions as often as in the demo; advice articles.
 * Every record passes the CMS's zod schemas (`parseSnapshot`).
 */
import { describeAgeRange } from '../../core/records/age-range.ts'
import { addDays, dayInfo, dayNumber, fromDayNumber, toStoredDate } from '../../core/dates/plain-date.ts'
import { minutesOf, numberedSlug, slugify } from '../../core/records/fields.ts'
import { compileRecurrence, firstRuleDate, recurrenceOf } from '../../core/timetable/recurrence.ts'
import { sessionSlug } from '../../core/records/session.ts'
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type RawSnapshot } from '../../core/records/snapshot.ts'
import { weekdays, type AccessibilityFeature, type ArticleTopic, type Facility, type HubType, type LifeStage, type Weekday } from '../../core/records/vocabulary.ts'
import { termDates as demoTermDates } from '../../cms/demo/data/term-dates.ts'
import { categories as demoCategories } from '../../cms/demo/data/categories.ts'
import { organisations as demoOrganisations } from '../../cms/demo/data/organisations.ts'
import { services as demoServices } from '../../cms/demo/data/services.ts'
import { sessions as demoSessions } from '../../cms/demo/data/sessions.ts'
import { paragraphsToLexical } from '../../cms/demo/lexical.ts'
import type { SeedService, SeedSession } from '../../cms/demo/types.ts'

export interface GenerateSnapshotOptions {
  /** How many services (at least 1). Hubs, venues, sessions and articles follow from it. */
  services: number
  /** The PRNG seed (default 1). */
  seed?: number
  /** The snapshot's publishedAt (default a fixed instant, so the output never depends on the clock). */
  publishedAt?: string
}

/** The default publishedAt: the demo snapshot's day. */
export const GENERATED_PUBLISHED_AT = '2026-11-23T09:00:00.000Z'

// ------------------------------------------------------------------------------------------------
// A small seeded PRNG
// ------------------------------------------------------------------------------------------------

/** mulberry32: 32 bits of state, fast, good enough for test data. */
const mulberry32 = (seed: number) => {
  let a = seed >>> 0
  return (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Random = ReturnType<typeof randomOf>

const randomOf = (seed: number) => {
  const next = mulberry32(seed)
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  const chance = (p: number): boolean => next() < p
  /** A few distinct items, in their original order. */
  const some = <T>(items: readonly T[], count: number): T[] => {
    const chosen = new Set<number>()
    while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(next() * items.length))
    return items.filter((_, i) => chosen.has(i))
  }
  /** A chooser by weight, prepared once (cumulative weights and a binary search). */
  const weighted = <T>(items: readonly T[], weightOf: (item: T) => number): (() => T) => {
    const cumulative: number[] = []
    let total = 0
    for (const item of items) cumulative.push((total += weightOf(item)))
    return () => {
      const x = next() * total
      let lo = 0
      let hi = cumulative.length - 1
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (cumulative[mid]! > x) hi = mid
        else lo = mid + 1
      }
      return items[lo]!
    }
  }
  return { next, int, pick, chance, some, weighted }
}

// ------------------------------------------------------------------------------------------------
// Places: real outcodes around English towns, with approximate centres
// ------------------------------------------------------------------------------------------------

interface Area {
  outcode: string
  town: string
  /** Neighbourhoods of the outcode. */
  places: readonly string[]
  latitude: number
  longitude: number
}

/** WA5 first, so even the smallest directory has a hub near the demo's Great Sankey (WA5 1EZ). */
const areas: readonly Area[] = [
  { outcode: 'WA5', town: 'Warrington', places: ['Great Sankey', 'Penketh', 'Westbrook', 'Callands'], latitude: 53.392, longitude: -2.64 },
  { outcode: 'M15', town: 'Manchester', places: ['Hulme', 'Castlefield', 'Moss Side'], latitude: 53.466, longitude: -2.25 },
  { outcode: 'L8', town: 'Liverpool', places: ['Toxteth', 'Dingle', 'Princes Park'], latitude: 53.389, longitude: -2.968 },
  { outcode: 'LS9', town: 'Leeds', places: ['Harehills', 'Burmantofts', 'Richmond Hill', 'Osmondthorpe'], latitude: 53.8, longitude: -1.51 },
  { outcode: 'B10', town: 'Birmingham', places: ['Small Heath', 'Bordesley Green', 'Sparkbrook'], latitude: 52.472, longitude: -1.85 },
  { outcode: 'NE6', town: 'Newcastle upon Tyne', places: ['Byker', 'Walker', 'Heaton'], latitude: 54.975, longitude: -1.575 },
  { outcode: 'S2', town: 'Sheffield', places: ['Heeley', 'Norfolk Park', 'Arbourthorne', 'Manor'], latitude: 53.365, longitude: -1.455 },
  { outcode: 'BS5', town: 'Bristol', places: ['Easton', 'St George', 'Redfield', 'Whitehall'], latitude: 51.462, longitude: -2.555 },
  { outcode: 'NG7', town: 'Nottingham', places: ['Radford', 'Lenton', 'Hyson Green'], latitude: 52.955, longitude: -1.175 },
  { outcode: 'E3', town: 'London', places: ['Bow', 'Bromley-by-Bow', 'Mile End'], latitude: 51.528, longitude: -0.025 },
  { outcode: 'WA6', town: 'Frodsham', places: ['Frodsham', 'Helsby', 'Kingsley'], latitude: 53.29, longitude: -2.7 },
  { outcode: 'M40', town: 'Manchester', places: ['Harpurhey', 'Moston', 'Miles Platting', 'Collyhurst'], latitude: 53.51, longitude: -2.2 },
  { outcode: 'L4', town: 'Liverpool', places: ['Walton', 'Anfield', 'Everton'], latitude: 53.44, longitude: -2.965 },
  { outcode: 'WN1', town: 'Wigan', places: ['Whelley', 'Swinley', 'Scholes'], latitude: 53.55, longitude: -2.625 },
  { outcode: 'PR1', town: 'Preston', places: ['Avenham', 'Frenchwood', 'Deepdale'], latitude: 53.757, longitude: -2.7 },
  { outcode: 'BB1', town: 'Blackburn', places: ['Little Harwood', 'Whitebirk', 'Shadsworth'], latitude: 53.755, longitude: -2.465 },
  { outcode: 'BD3', town: 'Bradford', places: ['Bradford Moor', 'Barkerend', 'Thornbury'], latitude: 53.797, longitude: -1.725 },
  { outcode: 'LS11', town: 'Leeds', places: ['Beeston', 'Holbeck', 'Cottingley'], latitude: 53.778, longitude: -1.555 },
  { outcode: 'DN4', town: 'Doncaster', places: ['Balby', 'Hexthorpe', 'Bessacarr'], latitude: 53.505, longitude: -1.15 },
  { outcode: 'HU9', town: 'Hull', places: ['Southcoates', 'Marfleet', 'Holderness Road'], latitude: 53.755, longitude: -0.29 },
  { outcode: 'YO10', town: 'York', places: ['Tang Hall', 'Fulford', 'Heslington'], latitude: 53.95, longitude: -1.055 },
  { outcode: 'SR4', town: 'Sunderland', places: ['Pallion', 'Millfield', 'Ford Estate'], latitude: 54.9, longitude: -1.415 },
  { outcode: 'TS3', town: 'Middlesbrough', places: ['Berwick Hills', 'Pallister', 'North Ormesby'], latitude: 54.565, longitude: -1.2 },
  { outcode: 'CA2', town: 'Carlisle', places: ['Denton Holme', 'Morton', 'Currock'], latitude: 54.88, longitude: -2.95 },
  { outcode: 'DE23', town: 'Derby', places: ['Normanton', 'Sunnyhill', 'Littleover'], latitude: 52.9, longitude: -1.49 },
  { outcode: 'LE4', town: 'Leicester', places: ['Belgrave', 'Beaumont Leys', 'Rushey Mead'], latitude: 52.665, longitude: -1.12 },
  { outcode: 'B23', town: 'Birmingham', places: ['Erdington', 'Stockland Green', 'Short Heath'], latitude: 52.528, longitude: -1.84 },
  { outcode: 'CV2', town: 'Coventry', places: ['Wood End', 'Bell Green', 'Wyken'], latitude: 52.425, longitude: -1.47 },
  { outcode: 'WV10', town: 'Wolverhampton', places: ['Low Hill', 'Bushbury', 'Fordhouses'], latitude: 52.61, longitude: -2.12 },
  { outcode: 'ST6', town: 'Stoke-on-Trent', places: ['Burslem', 'Tunstall', 'Smallthorne'], latitude: 53.055, longitude: -2.195 },
  { outcode: 'NR3', town: 'Norwich', places: ['Mile Cross', 'Catton Grove', 'Sewell'], latitude: 52.645, longitude: 1.29 },
  { outcode: 'IP3', town: 'Ipswich', places: ['Priory Heath', 'Rose Hill', 'Holywells'], latitude: 52.045, longitude: 1.185 },
  { outcode: 'PE1', town: 'Peterborough', places: ['Millfield', 'New England', 'Dogsthorpe'], latitude: 52.585, longitude: -0.24 },
  { outcode: 'LU4', town: 'Luton', places: ['Marsh Farm', 'Leagrave', 'Limbury'], latitude: 51.905, longitude: -0.455 },
  { outcode: 'SE15', town: 'London', places: ['Peckham', 'Nunhead', 'Queens Road'], latitude: 51.47, longitude: -0.065 },
  { outcode: 'N17', town: 'London', places: ['Tottenham', 'Northumberland Park', 'Bruce Grove'], latitude: 51.6, longitude: -0.07 },
  { outcode: 'PL5', town: 'Plymouth', places: ['Honicknowle', 'Whitleigh', 'Ernesettle'], latitude: 50.41, longitude: -4.16 },
  { outcode: 'SO16', town: 'Southampton', places: ['Millbrook', 'Shirley', 'Lordshill'], latitude: 50.925, longitude: -1.445 },
  { outcode: 'BN2', town: 'Brighton', places: ['Whitehawk', 'Kemp Town', 'Moulsecoomb'], latitude: 50.83, longitude: -0.11 },
  { outcode: 'ME4', town: 'Chatham', places: ['Chatham', 'Luton Arches', 'Brompton'], latitude: 51.375, longitude: 0.53 },
  { outcode: 'OX4', town: 'Oxford', places: ['Blackbird Leys', 'Cowley', 'Rose Hill'], latitude: 51.73, longitude: -1.215 },
  { outcode: 'GL1', town: 'Gloucester', places: ['Barton', 'Tredworth', 'Kingsholm'], latitude: 51.86, longitude: -2.24 },
  { outcode: 'EX4', town: 'Exeter', places: ['Whipton', 'St Thomas', 'Pennsylvania'], latitude: 50.73, longitude: -3.53 },
  { outcode: 'NN1', town: 'Northampton', places: ['Semilong', 'Spring Boroughs', 'Kingsley Park'], latitude: 52.24, longitude: -0.895 },
]

const streets = [
  'Church Road', 'Station Road', 'High Street', 'Park Lane', 'Victoria Road', 'Albert Road', 'Queen Street', 'Mill Lane', 'School Lane',
  'Green Lane', 'Manor Road', 'Grange Road', 'Chapel Street', 'North Road', 'Hawthorn Avenue', 'Oak Avenue', 'Beech Grove', 'Elm Road',
  'Willow Way', 'Cedar Crescent', 'Orchard Close', 'Meadow Way', 'Brook Street', 'Bridge Street', 'King Street', 'Market Street', 'New Road',
  'West Street', 'Springfield Road', 'Windsor Road', 'York Road', 'Derby Road', 'Stanley Road', 'Alexandra Road', 'Gladstone Street',
  'Nelson Street', 'Cromwell Road', 'Jubilee Way', 'Moss Lane', 'Hall Lane', 'Kingsway', 'Princess Road', 'Highfield Road', 'Broadway',
  'Fairfield Road', 'Ashfield Road', 'Sandy Lane', 'Coronation Road', 'Forest Road', 'Lime Grove', 'Holly Road', 'Poplar Avenue',
  'Rectory Lane', 'Vicarage Road', 'Wellington Road', 'Clarence Street', 'Bank Street', 'Mount Pleasant', 'Priory Road', 'Hillside Avenue',
  'Chestnut Drive', 'Sycamore Road', 'Thornton Road', 'Richmond Road', 'Milton Road', 'Shakespeare Street', 'Cavendish Road', 'Wesley Street',
  'Bold Street', 'Garden Lane', 'Lodge Lane', 'Field Road', 'Canal Street', 'Wharf Road', 'Farm Lane', 'Dale Street', 'Cross Street',
  'Union Street', 'Osborne Road', 'Beaumont Road',
] as const
const saints = [
  'St Mary’s', 'St John’s', 'St Peter’s', 'St Paul’s', 'St Michael’s', 'St Andrew’s', 'St James’', 'St Mark’s', 'St Luke’s', 'St Matthew’s',
  'St George’s', 'St Thomas’', 'Christ Church', 'Holy Trinity', 'St Anne’s', 'St Margaret’s', 'All Saints', 'St Stephen’s', 'St Chad’s', 'St Aidan’s',
] as const
const schoolNames = ['Oakfield', 'Ashgrove', 'Beechwood', 'Hollybank', 'Meadowside', 'Brookside', 'Fernhill', 'Woodlands', 'Springfield', 'Greenfield', 'Larkrise', 'Rowan Tree', 'Parkside', 'Hillcrest'] as const
const quarters = ['North', 'South', 'East', 'West', 'Central'] as const
const busRoutes = ['1', '2', '5', '7', '10', '12', '15', '19', '20', '22', '25', '36', '42', '50', '53', '86', '101', 'X5'] as const

/** The inward part of a postcode: a digit and two of the letters Royal Mail uses there. */
const INWARD_LETTERS = [...'ABDEFGHJLNPQRSTUWXYZ']

// ------------------------------------------------------------------------------------------------
// Vocabulary: venues, hubs, services, exceptions, articles
// ------------------------------------------------------------------------------------------------

interface VenueKind {
  /** The venue's name in a place (street, saint and school are drawn for it). */
  name: (p: { place: string; street: string; saint: string; school: string }) => string
  weight: number
  accessibility: readonly AccessibilityFeature[]
  /** What a family looks for when they arrive. */
  building: string
}

const venueKinds: readonly VenueKind[] = [
  { name: (p) => `${p.place} Library`, weight: 3, accessibility: ['step-free', 'accessible-toilet', 'hearing-loop', 'lift', 'baby-change', 'buggy-storage'], building: 'library' },
  { name: (p) => `${p.place} Community Centre`, weight: 3, accessibility: ['step-free', 'accessible-toilet', 'accessible-parking', 'baby-change'], building: 'community centre' },
  { name: (p) => `${p.street} Community Centre, ${p.place}`, weight: 3, accessibility: ['step-free', 'accessible-toilet', 'baby-change'], building: 'community centre' },
  { name: (p) => `${p.saint} Church Hall, ${p.place}`, weight: 4, accessibility: ['step-free', 'accessible-toilet', 'baby-change'], building: 'church hall' },
  { name: (p) => `${p.place} Methodist Church Hall`, weight: 1, accessibility: ['step-free', 'accessible-toilet'], building: 'church hall' },
  { name: (p) => `${p.place} Baptist Church Hall`, weight: 1, accessibility: ['step-free', 'baby-change'], building: 'church hall' },
  { name: (p) => `${p.place} Health Centre`, weight: 2, accessibility: ['step-free', 'accessible-toilet', 'hearing-loop', 'lift', 'accessible-parking', 'baby-change'], building: 'health centre' },
  { name: (p) => `${p.place} Leisure Centre`, weight: 1, accessibility: ['step-free', 'accessible-toilet', 'lift', 'accessible-parking', 'baby-change', 'changing-places'], building: 'leisure centre' },
  { name: (p) => `${p.school} Primary School, ${p.place}`, weight: 3, accessibility: ['step-free', 'accessible-toilet', 'accessible-parking'], building: 'school' },
  { name: (p) => `${p.place} Youth and Community Centre`, weight: 1, accessibility: ['step-free', 'accessible-toilet', 'baby-change', 'quiet-room'], building: 'community centre' },
  { name: (p) => `${p.street} Children’s Centre, ${p.place}`, weight: 2, accessibility: ['step-free', 'accessible-toilet', 'baby-change', 'buggy-storage', 'quiet-room'], building: "children's centre" },
  { name: (p) => `${p.place} Village Hall`, weight: 1, accessibility: ['step-free', 'accessible-toilet', 'baby-change'], building: 'hall' },
]

const hubTypeWeights: readonly [HubType, number][] = [
  ['family-hub', 4],
  ['child-and-family-centre', 1],
  ['zone', 3],
  ['outreach', 6],
]

const hubNameSuffix: Record<HubType, string> = {
  'family-hub': 'Family Hub',
  'child-and-family-centre': 'Child and Family Centre',
  zone: 'Library Zone',
  outreach: 'Outreach',
}

const hubFacilities: Record<HubType, readonly Facility[]> = {
  'family-hub': ['staffed-reception', 'activity-rooms', 'confidential-space', 'send-accessible', 'baby-change', 'breastfeeding-space', 'parking', 'buggy-park', 'outdoor-play', 'kitchen', 'free-wifi', 'changing-places'],
  'child-and-family-centre': ['staffed-reception', 'activity-rooms', 'confidential-space', 'baby-change', 'breastfeeding-space', 'buggy-park', 'outdoor-play', 'kitchen', 'free-wifi'],
  zone: ['activity-rooms', 'baby-change', 'send-accessible', 'breastfeeding-space', 'buggy-park', 'parking', 'free-wifi'],
  outreach: ['activity-rooms', 'baby-change', 'parking', 'outdoor-play', 'kitchen'],
}

/** Other names families know a demo service by: "Dad’s Stay and Play", "Baby Clinic". */
const nameVariants: Record<string, readonly string[]> = {
  'stay-and-play': ['Stay and Play', 'Dad’s Stay and Play', 'Stay and Play for Under 5s', 'Messy Stay and Play', 'Family Stay and Play'],
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

/** The demo's own places: text that names one is not reused elsewhere. */
const demoPlaceNames = /Birchwood|Padgate|Culcheth|Croft|Woolston|Stockton|Latchford|Lymm|Appleton|Sankey|Bewsey|Dallam|Penketh|Burtonwood|Winwick|Warrington|Westy|Grappenhall|Thelwall|Glazebury|Orford|Westbrook|Gorse Covert|Bath Street/

const cancellationReasons = [
  'Cancelled: {venue} is being used as a polling station for the local elections.',
  'Staff training day. Sessions at other venues in {place} run as usual.',
  'Cancelled: the heating at {venue} is being repaired. See you next week.',
  'Cancelled because the session leader is unwell. Sorry for the short notice.',
  'Cancelled: the hall is needed for a funeral. Please join us next week instead.',
  'No session this week while the room is redecorated.',
  'Cancelled: {venue} is closed for repairs to the fire alarm system.',
  'Cancelled for the Christmas party at {hub} instead: all welcome.',
] as const
const changeReasons = [
  { reason: 'Starting half an hour later this week while the hall is used for a meeting.', shift: 30 },
  { reason: 'Starting half an hour earlier this week, as the room is needed afterwards.', shift: -30 },
  { reason: 'Starting an hour later this week while the room is cleaned after a community event.', shift: 60 },
] as const
const moveReasons = ['Moved to {venue} this week while the usual room is redecorated.', 'This week we meet at {venue}, as the usual room is used for a vaccination clinic.'] as const
const extraReasons = ['Extra session in the school holidays: all welcome.', 'Christmas special with songs and a visit from Father Christmas. All welcome, no need to book.', 'Extra Saturday session for working parents.'] as const

const welcomeLines = [
  'Dads, partners, grandparents and carers are all welcome.',
  'Tell us if you need an interpreter or any help to take part.',
  'There is somewhere to leave buggies by the entrance.',
  'If you are not sure whether it is right for you, call us for a chat first.',
  'Tea, coffee and a healthy snack are usually available.',
  'Please tell us about any allergies or additional needs when you arrive.',
] as const

interface ArticleTopicSpec {
  topic: ArticleTopic
  lifeStages: LifeStage[]
  /** Category slugs of services worth linking from an article on the topic. */
  categories: string[]
  titles: string[]
  sentences: string[]
  tips: string[]
}

const articleTopicSpecs: readonly ArticleTopicSpec[] = [
  { topic: 'pregnancy', lifeStages: ['pregnancy'], categories: ['midwife-and-maternity', 'stop-smoking'], titles: ['Your first midwife appointment', 'Staying well in pregnancy', 'Getting ready for your baby', 'Antenatal classes near you', 'Work and money in pregnancy', 'Your birth plan'], sentences: ['Book your first midwife appointment as soon as you know you are pregnant, ideally before 10 weeks.', 'Your midwife will offer you scans, blood tests and regular check-ups, and can answer any question, however small.', 'Free antenatal classes help you and your birth partner prepare for labour, feeding and the first weeks.'], tips: ['Take 400 micrograms of folic acid every day until 12 weeks.', 'Keep your maternity notes with you.', 'Save your maternity unit’s number in your phone.', 'Ask about Healthy Start if you are on benefits.'] },
  { topic: 'feeding', lifeStages: ['baby'], categories: ['infant-feeding'], titles: ['Breastfeeding: the first weeks', 'Bottle feeding safely', 'Starting solid food', 'Expressing breast milk', 'Feeding when you go back to work', 'Help with feeding problems'], sentences: ['Every family’s feeding journey is different, and help is there whichever way you feed your baby.', 'Infant feeding workers and peer supporters can check your baby’s latch, help with sore nipples and talk through bottle feeding.', 'Around 6 months your baby will be ready to start solid food alongside milk.'], tips: ['Feed your baby when they show early feeding cues.', 'Make up each bottle fresh.', 'Offer a variety of soft finger foods from 6 months.', 'Ask for help early: problems are easier to sort out.'] },
  { topic: 'sleep', lifeStages: ['baby', 'toddler'], categories: ['health-visiting'], titles: ['Safer sleep for babies', 'Bedtime routines that work', 'Night waking in toddlers', 'Naps and daytime sleep', 'When your baby will not settle', 'Sleep and your own wellbeing'], sentences: ['Babies wake often at night, and that is normal in the first year.', 'A calm, simple routine helps children learn that it is time to sleep.', 'Your health visitor can talk through sleep problems and may invite you to a sleep clinic.'], tips: ['Put your baby on their back to sleep, in a clear cot.', 'Keep the room at 16 to 20°C.', 'Keep bedtime at the same time each night.', 'Sleep when your baby sleeps if you can.'] },
  { topic: 'crying-and-soothing', lifeStages: ['baby'], categories: ['health-visiting', 'perinatal-mental-health'], titles: ['Why babies cry', 'Coping with crying', 'Colic and wind', 'Soothing a fretful baby', 'Teething', 'When crying is a sign of illness'], sentences: ['All babies cry, and some cry much more than others.', 'Crying usually peaks at around 6 to 8 weeks and gets less after 3 to 4 months.', 'If the crying is getting too much, it is fine to put your baby down safely and take a few minutes for yourself.'], tips: ['Check whether your baby is hungry, tired, too hot or needs changing.', 'Try skin-to-skin contact or a walk in the buggy.', 'Never shake a baby.', 'Call NHS 111 if the crying sounds different or your baby seems unwell.'] },
  { topic: 'play-and-learning', lifeStages: ['baby', 'toddler', 'early-years'], categories: ['parent-baby-and-toddler-groups', 'early-language-and-learning', 'library-rhymes-and-stories'], titles: ['Play ideas for babies', 'Messy play at home', 'Free things to do with toddlers', 'Books and rhymes from birth', 'Outdoor play in all weathers', 'Learning through everyday routines'], sentences: ['Play is how young children learn: about the world, about other people and about themselves.', 'You do not need expensive toys; pans, boxes and a walk to the park are full of things to explore.', 'Stay and play groups and library rhymetimes are free and a good way to meet other families.'], tips: ['Get down to your child’s level and follow their lead.', 'Share a book every day.', 'Let them get messy.', 'Sing the same songs again and again.'] },
  { topic: 'talking', lifeStages: ['baby', 'toddler', 'early-years'], categories: ['early-language-and-learning', 'speech-language-and-communication'], titles: ['Helping your child to talk', 'Talking with your baby', 'Using two languages at home', 'When to worry about speech', 'Dummies and talking', 'Stammering in young children'], sentences: ['Children learn to talk by hearing lots of words and having people talk with them.', 'Speaking your home language helps your child learn English too.', 'If you are worried about your child’s talking, a speech and language drop-in can help.'], tips: ['Name things you see together.', 'Give your child time to answer.', 'Turn off the TV when you are playing.', 'Keep dummies for sleep time.'] },
  { topic: 'behaviour', lifeStages: ['toddler', 'early-years', 'primary'], categories: ['parenting-courses'], titles: ['Tantrums and how to handle them', 'Setting boundaries', 'Praise that works', 'Sibling rivalry', 'Screen time and young children', 'Parenting courses explained'], sentences: ['Tantrums are a normal part of growing up: young children have big feelings and few words for them.', 'Clear, calm and consistent boundaries help children feel safe.', 'Parenting courses are a chance to share ideas with other parents, not a sign that you are doing it wrong.'], tips: ['Stay calm and keep your child safe.', 'Praise the behaviour you want to see.', 'Give warnings before changes.', 'Look after yourself too.'] },
  { topic: 'health', lifeStages: ['baby', 'toddler', 'early-years', 'primary'], categories: ['health-visiting', 'healthy-lifestyles'], titles: ['Your child’s development reviews', 'Vaccinations for babies and children', 'Looking after little teeth', 'Common childhood illnesses', 'Healthy eating for families', 'Toilet training'], sentences: ['Health visitors check your child’s growth and development at set ages up to 2 and a half.', 'Vaccinations protect your child from serious illnesses and are free on the NHS.', 'Brush your child’s teeth twice a day as soon as the first tooth comes through.'], tips: ['Keep the red book up to date.', 'Register your child with a dentist.', 'Know the signs of meningitis.', 'Ask your pharmacist about minor illnesses.'] },
  { topic: 'mental-health', lifeStages: ['pregnancy', 'baby', 'toddler'], categories: ['perinatal-mental-health', 'mental-health-and-wellbeing'], titles: ['Feeling low after having a baby', 'Anxiety in pregnancy', 'Dads’ mental health', 'Looking after yourself as a parent', 'Loneliness and new parents', 'Where to get help with your mental health'], sentences: ['Many parents struggle with their mental health in pregnancy or after having a baby; you are not alone.', 'Talking to someone is often the first step: your midwife, health visitor or GP can help.', 'Peer support groups bring together parents who understand what you are going through.'], tips: ['Tell someone how you feel.', 'Get outside every day if you can.', 'Accept offers of help.', 'In a crisis, call NHS 111 and choose the mental health option.'] },
  { topic: 'relationships', lifeStages: ['baby', 'toddler', 'early-years', 'primary', 'teenager'], categories: ['relationship-support', 'domestic-abuse-support'], titles: ['Arguing in front of the children', 'Parenting after separation', 'Your relationship after a baby', 'Co-parenting: making it work', 'When a relationship is not safe', 'Grandparents and the wider family'], sentences: ['All couples argue sometimes; what matters for children is how arguments are handled and sorted out.', 'Separated parents can still work together for their children.', 'Domestic abuse is never your fault, and confidential help is available.'], tips: ['Keep children out of adult disagreements.', 'Agree the big rules together.', 'Talk to a family support worker.', 'In an emergency, call 999.'] },
  { topic: 'money', lifeStages: ['pregnancy', 'baby', 'toddler', 'early-years', 'primary'], categories: ['benefits-and-debt-advice', 'food-and-essentials', 'employment-and-skills'], titles: ['Benefits for families with children', 'Help with childcare costs', 'Healthy Start vouchers and vitamins', 'Dealing with debt', 'Free school meals', 'Going back to work after a baby'], sentences: ['Many families are missing out on money they are entitled to.', 'A free benefits check at a family hub can help you find out what you can claim.', 'Food clubs, baby banks and uniform swaps can help when money is tight.'], tips: ['Claim Child Benefit within 3 months of the birth.', 'Check whether you can get Healthy Start.', 'Talk to Citizens Advice before debts build up.', 'Ask about funded childcare from 9 months.'] },
  { topic: 'send', lifeStages: ['toddler', 'early-years', 'primary', 'teenager', 'send-to-25'], categories: ['send-information-and-advice', 'send-groups-and-short-breaks', 'speech-language-and-communication'], titles: ['Worried about your child’s development?', 'What is an EHC plan?', 'SEND support in early years settings', 'Short breaks for disabled children', 'Preparing for adulthood', 'Your rights as a parent of a child with SEND'], sentences: ['If you think your child may have special educational needs, you can talk to their nursery, school or health visitor.', 'SENDIASS gives free, impartial advice about the SEND system and your rights.', 'Groups for families of children with additional needs are a chance to meet others who understand.'], tips: ['Keep notes of your concerns.', 'Ask for a meeting with the SENCO.', 'Bring someone with you to meetings.', 'Contact SENDIASS for advice.'] },
  { topic: 'starting-school', lifeStages: ['early-years'], categories: ['early-language-and-learning', 'parent-baby-and-toddler-groups'], titles: ['Getting ready for school', 'Applying for a school place', 'Settling in at nursery', 'Toilet training before school', 'Making friends at school', 'Funded early education'], sentences: ['Being ready for school is less about reading and writing and more about independence and confidence.', 'Apply for a primary school place in the autumn before your child turns 5.', 'Ready for school groups help children practise the things they will do in reception class.'], tips: ['Practise putting on a coat and shoes.', 'Visit the school together.', 'Read the school’s welcome pack.', 'Talk about what will happen.'] },
  { topic: 'safety', lifeStages: ['baby', 'toddler', 'early-years'], categories: ['health-visiting', 'early-help'], titles: ['Keeping your baby safe at home', 'Car seats', 'Safety around water', 'Button batteries and magnets', 'Safe sleep when you are away from home', 'First aid every parent should know'], sentences: ['Most accidents to young children happen at home, and most can be prevented.', 'As your child learns to roll, crawl and climb, look at your home from their height.', 'A free baby and child first aid course can give you confidence in an emergency.'], tips: ['Fit stair gates and window restrictors.', 'Keep medicines and cleaning products locked away.', 'Never leave a baby alone in the bath.', 'Check car seats are fitted correctly.'] },
]
const articleQualifiers = ['', ': a quick guide', ': questions parents ask', ': what to expect', ': where to get help'] as const

// ------------------------------------------------------------------------------------------------
// Helpers
// ------------------------------------------------------------------------------------------------

/** The first candidate name whose slug is not used yet. */
const firstFree = (used: ReadonlySet<string>, candidates: readonly string[]): string | undefined => candidates.find((name) => !used.has(slugify(name)))

/** A slug not yet used: "x", then "x-2", "x-3"... */
/** The first of slug, slug-2, slug-3... not yet used, as the CMS would make it (numberedSlug). */
const uniqueSlug = (used: Set<string>, base: string): string => {
  let slug = numberedSlug(base, 1)
  for (let n = 2; used.has(slug); n++) slug = numberedSlug(base, n)
  used.add(slug)
  return slug
}

const lowerFirst = (text: string): string => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text)
const withoutStop = (text: string): string => text.replace(/[.!]\s*$/, '')

const timeOf = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** A phone number from Ofcom's drama ranges. */
const dramaPhone = (r: Random): string => (r.chance(0.8) ? `01632 960${String(r.int(0, 999)).padStart(3, '0')}` : `07700 900${String(r.int(0, 999)).padStart(3, '0')}`)

/** Round to 4 decimal places (about 10 m), as the demo venues are. */
const round4 = (n: number): number => Math.round(n * 1e4) / 1e4

/** A point within `km` of a centre, uniform over the disc. */
const jitter = (r: Random, latitude: number, longitude: number, km: number) => {
  const distance = km * Math.sqrt(r.next())
  const angle = 2 * Math.PI * r.next()
  return {
    latitude: round4(latitude + (distance * Math.cos(angle)) / 111.2),
    longitude: round4(longitude + (distance * Math.sin(angle)) / (111.2 * Math.cos((latitude * Math.PI) / 180))),
  }
}

const weekdayIndexOf = (day: Weekday): number => weekdays.indexOf(day)

/** Move weekday sessions by `shift` days within Monday to Friday; weekend sessions stay. */
const shiftDays = (days: readonly Weekday[], shift: number): Weekday[] => {
  if (shift === 0 || days.some((d) => d === 'SA' || d === 'SU')) return [...days]
  const moved = new Set(days.map((d) => weekdays[(weekdayIndexOf(d) + shift) % 5]!))
  return weekdays.filter((d) => moved.has(d))
}

// ------------------------------------------------------------------------------------------------
// Records as a CMS snapshot holds them
// ------------------------------------------------------------------------------------------------

interface GeneratedHub {
  id: number
  name: string
  slug: string
  type: HubType
  area: Area
  place: string
  venues: GeneratedVenue[]
}

interface GeneratedVenue {
  id: number
  name: string
  slug: string
  /** The hub whose area it is in (whether or not it belongs to the hub). */
  areaHub: GeneratedHub
  place: string
  street: string
  building: string
  /** Families used as a home venue already (one service of a kind per venue). */
  families: Set<string>
  doc: Record<string, unknown>
}

interface Family {
  demo: SeedService
  names: readonly string[]
  templates: SeedSession[]
  paragraphs: string[]
  weight: number
}

/** The number of hubs, venues and articles for a number of services. */
export const generatedCounts = (services: number) => ({
  hubs: Math.max(1, Math.round(services / 40)),
  venues: Math.max(1, Math.round(services / 3)),
  articles: Math.min(200, Math.floor(services / 5)),
})

/** Generate a synthetic directory of `services` services as a raw snapshot. */
export const generateSnapshot = ({ services: serviceCount, seed = 1, publishedAt = GENERATED_PUBLISHED_AT }: GenerateSnapshotOptions): RawSnapshot => {
  if (!Number.isInteger(serviceCount) || serviceCount < 1) throw new Error(`services must be a whole number of 1 or more, not ${serviceCount}.`)
  if (!Number.isInteger(seed)) throw new Error(`seed must be a whole number, not ${seed}.`)
  const r = randomOf(seed)
  const counts = generatedCounts(serviceCount)

  // Organisations and categories: the demo's, with the ids the demo loader gives them.
  const organisations = demoOrganisations.map((o, i) => ({ id: i + 1, ...o, logo: null }))
  const organisationId = new Map(organisations.map((o) => [o.slug, o.id]))
  const organisationBySlug = new Map(organisations.map((o) => [o.slug, o]))
  const orderedCategories = [...demoCategories].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)))
  const categoryId = new Map(orderedCategories.map((c, i) => [c.slug, i + 1]))
  const categories = orderedCategories.map((c, i) => ({ id: i + 1, name: c.name, slug: c.slug, description: c.description, parent: c.parent ? categoryId.get(c.parent)! : null }))

  // Hubs, each in an area (round robin over the areas), with its main venue first.
  const hubSlugs = new Set<string>()
  const venueSlugs = new Set<string>()
  const postcodes = new Set<string>()
  const pickHubType = r.weighted(hubTypeWeights, ([, w]) => w)
  const hubs: GeneratedHub[] = []
  const venues: GeneratedVenue[] = []

  const newPostcode = (area: Area): string => {
    for (let attempt = 0; ; attempt++) {
      const code = `${area.outcode} ${r.int(0, 9)}${r.pick(INWARD_LETTERS)}${r.pick(INWARD_LETTERS)}`
      if (!postcodes.has(code) || attempt > 20) {
        postcodes.add(code)
        return code
      }
    }
  }

  const addVenue = (hub: GeneratedHub, name: string, place: string, street: string, kind: { building: string; accessibility: readonly AccessibilityFeature[] }, belongs: boolean) => {
    const { area } = hub
    const slug = uniqueSlug(venueSlugs, slugify(name))
    const at = jitter(r, area.latitude, area.longitude, 2)
    const bus = r.pick(busRoutes)
    const accessibility = r.some(kind.accessibility, r.int(Math.min(2, kind.accessibility.length), kind.accessibility.length))
    const directions = [
      `Take the ${bus}${r.chance(0.4) ? ` or ${r.pick(busRoutes.filter((b) => b !== bus))}` : ''} bus to ${place}${r.chance(0.5) ? ' shops' : ''} and walk ${r.int(2, 10)} minutes along ${street}.`,
      r.pick([`The entrance is at the front of the ${kind.building}.`, `Use the side door with the ramp, facing the car park.`, `Come in through the main doors and ask at the desk.`]),
      r.pick(['Free parking on site.', 'Small free car park; more spaces on the road.', 'No car park: there is on-street parking nearby.', 'Pay and display car park opposite.']),
    ].join(' ')
    const venue: GeneratedVenue = {
      id: venues.length + 1,
      name,
      slug,
      areaHub: hub,
      place,
      street,
      building: kind.building,
      families: new Set(),
      doc: {
        id: venues.length + 1,
        name,
        slug,
        hub: belongs ? hub.id : null,
        address: { line1: street, line2: place, town: area.town },
        postcode: newPostcode(area),
        latitude: at.latitude,
        longitude: at.longitude,
        accessibility,
        accessibilityNotes: r.chance(0.7)
          ? r.pick([
              `All the rooms used for sessions are on the ground floor.`,
              `Level access through the main door. The accessible toilet is next to the ${kind.building === 'library' ? 'children’s library' : 'main hall'}.`,
              `Ramp to the side door; the hall and toilets are on one level.`,
              `Automatic doors. Ask at reception if you need a quiet space.`,
            ])
          : null,
        directions,
      },
    }
    venues.push(venue)
    hub.venues.push(venue)
    return venue
  }

  for (let i = 0; i < counts.hubs; i++) {
    const area = areas[i % areas.length]!
    const type = pickHubType()[0]
    const suffix = hubNameSuffix[type]
    const places = area.places
    const start = r.int(0, places.length - 1)
    const candidates = [
      ...places.map((_, k) => `${places[(start + k) % places.length]} ${suffix}`),
      ...quarters.flatMap((q) => places.map((p) => `${p} ${q} ${suffix}`)),
      ...streets.map((s) => `${s} ${suffix}, ${places[start]}`),
    ]
    const name = firstFree(hubSlugs, candidates) ?? `${places[start]} ${suffix} ${i + 1}`
    const place = places.find((p) => name.startsWith(p) || name.endsWith(p)) ?? places[start]!
    const hub: GeneratedHub = { id: i + 1, name, slug: uniqueSlug(hubSlugs, slugify(name)), type, area, place, venues: [] }
    hubs.push(hub)
    // The main venue: the hub's own building, the library for a zone, a hall for outreach.
    const street = r.pick(streets)
    if (type === 'zone') {
      const library = firstFree(venueSlugs, [`${place} Library`, `${place} Library and Family Zone`, `${name.replace(/ Library Zone.*$/, '')} Library`]) ?? name
      addVenue(hub, library, place, street, venueKinds[0]!, true)
    } else if (type === 'outreach') {
      const hall = firstFree(venueSlugs, [`${place} Community Centre`, `${place} Village Hall`, `${r.pick(saints)} Church Hall, ${place}`, `${street} Community Centre, ${place}`]) ?? `${name} Hall`
      addVenue(hub, hall, place, street, venueKinds[1]!, true)
    } else {
      addVenue(hub, name, place, street, { building: type === 'family-hub' ? 'family hub' : 'centre', accessibility: ['step-free', 'accessible-toilet', 'hearing-loop', 'accessible-parking', 'baby-change', 'buggy-storage', 'quiet-room', 'changing-places'] }, true)
    }
  }

  // The other venues, spread evenly over the hubs' areas.
  const pickVenueKind = r.weighted(venueKinds, (k) => k.weight)
  for (let i = hubs.length; i < counts.venues; i++) {
    const hub = hubs[i % hubs.length]!
    let made = false
    for (let attempt = 0; attempt < 40 && !made; attempt++) {
      const kind = pickVenueKind()
      const place = r.pick(hub.area.places)
      const street = r.pick(streets)
      const name = kind.name({ place, street, saint: r.pick(saints), school: r.pick(schoolNames) })
      if (venueSlugs.has(slugify(name))) continue
      addVenue(hub, name, place, street, kind, r.chance(0.25))
      made = true
    }
    if (!made) {
      const place = r.pick(hub.area.places)
      const street = r.pick(streets)
      addVenue(hub, `${street} Community Rooms ${i + 1}, ${place}`, place, street, venueKinds[2]!, false)
    }
  }

  const hubDocs = hubs.map((hub) => {
    const main = hub.venues[0]!
    const openingHours = openingHoursOf(r, hub.type)
    const facilities = r.some(hubFacilities[hub.type], r.int(Math.max(3, hubFacilities[hub.type].length - 4), hubFacilities[hub.type].length))
    const others = hub.venues.slice(1, 3).map((v) => v.name)
    const description = [
      hub.type === 'family-hub'
        ? `${hub.name} is a family hub for families in ${hub.place} and the surrounding area of ${hub.area.town}. Midwives, health visitors and the family support team run sessions here, so you can get most kinds of help under one roof.`
        : hub.type === 'child-and-family-centre'
          ? `${hub.name} is a child and family centre in ${hub.place}, ${hub.area.town}, with a playroom, a garden and a kitchen where families can cook together.`
          : hub.type === 'zone'
            ? `The family zone at ${main.name} brings family hub sessions to ${hub.place}. Rhymetime and storytime are in the library, and family hub staff are on site on some days each week.`
            : `Family hub staff come out to ${main.name} in ${hub.place} for stay and play, clinics and advice. The building is only open when a session is on.`,
      others.length > 0 ? `We also run sessions at ${others.join(' and ')}.` : '',
      r.pick(['Drop in to reception if you are not sure where to start.', 'Everyone is welcome: just come along.', 'Call us if you would like to talk to someone first.']),
    ]
      .filter(Boolean)
      .join(' ')
    return {
      id: hub.id,
      name: hub.name,
      slug: hub.slug,
      type: hub.type,
      locality: hub.area.town,
      description,
      mainVenue: main.id,
      openingHours,
      facilities,
      phone: dramaPhone(r),
      email: `${hub.slug}@example.org`,
    }
  })

  // Families of services: each demo service, weighted by its number of demo sessions.
  const templatesOf = new Map<string, SeedSession[]>()
  for (const s of demoSessions) (templatesOf.get(s.service) ?? templatesOf.set(s.service, []).get(s.service)!).push(s)
  const families: Family[] = demoServices.map((demo) => {
    const paragraphs = demo.description.split('\n\n').filter((p) => !demoPlaceNames.test(p))
    const templates = templatesOf.get(demo.slug) ?? []
    return { demo, names: nameVariants[demo.slug] ?? [demo.name], templates, paragraphs, weight: Math.max(1, templates.length) }
  })
  const pickFamily = r.weighted(families, (f) => f.weight)
  const sessionCount = r.weighted(
    [
      [1, 15],
      [2, 20],
      [3, 30],
      [4, 20],
      [5, 15],
    ] as const,
    ([, w]) => w,
  )
  const hubsOfArea = new Map<Area, GeneratedHub[]>()
  for (const hub of hubs) (hubsOfArea.get(hub.area) ?? hubsOfArea.set(hub.area, []).get(hub.area)!).push(hub)

  const serviceSlugs = new Set<string>()
  const sessionSlugs = new Set<string>()
  const serviceDocs: Record<string, unknown>[] = []
  const sessionDocs: Record<string, unknown>[] = []
  const servicesByCategory = new Map<string, number[]>()

  for (let i = 0; i < serviceCount; i++) {
    const hub = hubs[i % hubs.length]!
    // One service of a kind per home venue: the name is then unique with the venue's.
    let family = pickFamily()
    let home = r.pick(hub.venues)
    for (let attempt = 0; attempt < 20 && home.families.has(family.demo.slug); attempt++) {
      family = pickFamily()
      home = r.pick(hub.venues)
    }
    home.families.add(family.demo.slug)
    const demo = family.demo
    const baseName = r.pick(family.names)
    const name =
      firstFree(
        serviceSlugs,
        r.chance(0.55)
          ? [`${baseName} at ${home.name}`, `${baseName}, ${home.place}`]
          : r.chance(0.7)
            ? [`${baseName}, ${home.place}`, `${baseName} at ${home.name}`]
            : [`${home.place} ${baseName}`, `${baseName}, ${home.place}`, `${baseName} at ${home.name}`],
      ) ?? `${baseName} at ${home.name} (${i + 1})`
    const slug = uniqueSlug(serviceSlugs, slugify(name))
    const id = i + 1
    const provider = organisationBySlug.get(demo.provider)!

    // Sessions: the demo's series of this kind as templates, moved to other days and venues.
    const sessionHubs: number[] = []
    const sessionVenues: GeneratedVenue[] = []
    const n = family.templates.length > 0 ? sessionCount()[0] : 0
    for (let k = 0; k < n; k++) {
      const template = r.pick(family.templates)
      const venue =
        k === 0 || r.chance(0.45)
          ? home
          : r.chance(0.8)
            ? r.pick(hub.venues)
            : r.pick(r.pick(hubsOfArea.get(hub.area)!).venues)
      const session = sessionFrom(r, template, { id: sessionDocs.length + 1, service: { id, name, slug, baseName, demoName: demo.name }, venue, provider: provider.id, sessionSlugs })
      sessionDocs.push(session)
      if (!sessionHubs.includes(venue.areaHub.id)) sessionHubs.push(venue.areaHub.id)
      if (!sessionVenues.includes(venue)) sessionVenues.push(venue)
    }
    if (sessionHubs.length === 0) sessionHubs.push(hub.id)

    const who = describeAgeRange(demo.ageRange)
    const pregnancy = demo.ageRange.fromWeekOfPregnancy !== undefined
    const whoSentence =
      who === 'all ages' ? 'Everyone is welcome, whatever the age of your children.' : pregnancy ? `It is for expectant parents and families (${who}).` : `It is for ${who} and their parents or carers.`
    const summaries = [
      `${withoutStop(demo.summary)}, in ${home.place}.`,
      `${demo.summary} At ${home.name}.`,
      `${home.place}: ${lowerFirst(demo.summary)}`,
      `${demo.summary} Run by ${provider.name} in ${home.place}.`,
    ].filter((s) => s.length <= 300)
    const summary = summaries.length > 0 ? r.pick(summaries) : demo.summary.slice(0, 300)
    const methods = demo.access.methods
    const practical = [
      methods.includes('drop-in') ? r.pick(['You do not need to book: just come along.', 'No need to book, just drop in.', 'Drop in at any time during the session.']) : '',
      methods.includes('booking') ? 'Please book a place before you come.' : '',
      methods.includes('referral') ? r.pick(['A health visitor, midwife, GP or family hub worker can refer you.', 'You need a referral from a professional who knows your family.']) : '',
      methods.includes('self-referral') ? 'You can also refer yourself: call or email us.' : '',
      demo.cost.free ? (demo.cost.details ? demo.cost.details : r.pick(['It is free.', 'There is no charge.', 'It is free for all families.'])) : (demo.cost.details ?? ''),
    ]
      .filter(Boolean)
      .join(' ')
    const whereSentence =
      sessionVenues.length > 1
        ? `Sessions are at ${home.name} on ${home.street}, and at ${sessionVenues.length === 2 ? sessionVenues[1]!.name : `${sessionVenues.length - 1} other venues nearby`}.`
        : `Sessions are at ${home.name}, ${home.street}, ${home.place}.`
    const description = [
      r.pick([
        `${name} brings ${lowerFirst(family.demo.name)} to families in ${home.place} and across ${hub.area.town}. ${whoSentence}`,
        `Families in ${home.place} can come to ${name}. ${whoSentence}`,
        `${name} is run by ${provider.name} for families living in and around ${home.place}. ${whoSentence}`,
      ]),
      ...(family.paragraphs.length > 0 ? r.some(family.paragraphs, r.int(1, Math.min(2, family.paragraphs.length))) : [demo.summary]),
      `${practical} ${whereSentence}`.trim(),
      r.some(welcomeLines, r.int(1, 2)).join(' '),
    ].join('\n\n')

    const websiteBase = demo.contact.website ? new URL(demo.contact.website).origin : undefined
    const access = {
      methods: [...methods],
      bookingUrl: demo.access.bookingUrl ? `https://www.example.org/book/${slug}` : null,
      bookingPhone: demo.access.bookingPhone ?? (methods.includes('booking') && !demo.access.bookingUrl ? dramaPhone(r) : null),
      referralDetails: demo.access.referralDetails && !demoPlaceNames.test(demo.access.referralDetails) ? demo.access.referralDetails : methods.includes('referral') ? 'Your health visitor, midwife, GP, school or family support worker can refer you.' : null,
    }
    const categorySlugs = demo.categories
    for (const c of categorySlugs) (servicesByCategory.get(c) ?? servicesByCategory.set(c, []).get(c)!).push(id)
    serviceDocs.push({
      id,
      name,
      slug,
      summary,
      description,
      provider: organisationId.get(demo.provider)!,
      categories: categorySlugs.map((c) => categoryId.get(c)!),
      hubs: sessionHubs,
      ageRange: { fromWeekOfPregnancy: demo.ageRange.fromWeekOfPregnancy ?? null, min: demo.ageRange.min ?? null, max: demo.ageRange.max ?? null },
      cost: { free: demo.cost.free, amount: demo.cost.amount ?? null, details: demo.cost.details ?? null },
      access,
      languages: [...demo.languages],
      contact: {
        name: demo.contact.name ?? null,
        phone: demo.contact.phone ?? null,
        email: demo.contact.email ?? null,
        website: websiteBase ? `${websiteBase}/services/${slug}` : null,
      },
      status: r.chance(0.04) ? 'temporarily-closed' : 'active',
      lastChecked: toStoredDate(fromDayNumber(dayNumber('2025-10-01') + r.int(0, 410))),
    })
  }

  // The calendar: the demo's bank holidays, terms and borough-wide closures, and hub closures here.
  const termDateDocs: Record<string, unknown>[] = demoTermDates
    .filter((c) => c.type !== 'closure' || (c.hubs ?? []).length === 0)
    .map((c) => ({ name: c.name, type: c.type, startDate: toStoredDate(c.startDate), endDate: toStoredDate(c.endDate), hubs: [], reason: c.reason ?? null }))
  const closureDates = ['2026-03-06', '2026-05-07', '2026-06-19', '2026-11-13', '2027-01-22', '2027-03-05', '2027-05-06', '2027-06-18']
  const closureCount = Math.min(hubs.length, Math.max(1, Math.round(hubs.length / 10)))
  for (const hub of r.some(hubs, closureCount)) {
    const date = r.pick(closureDates)
    const kind = r.pick([
      { name: `Staff training day: ${hub.name}`, reason: `Closed for a staff training day. Other family hubs in ${hub.area.town} are open as usual.`, days: 0 },
      { name: `Polling station: ${hub.name}`, reason: `The building is used as a polling station, so groups and drop-ins will not run.`, days: 0 },
      { name: `Refurbishment: ${hub.name}`, reason: `Closed while we refurbish the activity rooms and baby change. Please use another family hub in ${hub.area.town} while we are closed.`, days: 11 },
    ])
    termDateDocs.push({ name: kind.name, type: 'closure', startDate: toStoredDate(date), endDate: toStoredDate(addDays(date, kind.days)), hubs: [hub.id], reason: kind.reason })
  }
  const termDates = termDateDocs.map((c, i) => ({ id: i + 1, ...c }))

  // Articles: titles by topic, round robin, then with qualifiers.
  const articleSlugs = new Set<string>()
  const articles: Record<string, unknown>[] = []
  const titlesPerTopic = Math.max(...articleTopicSpecs.map((t) => t.titles.length))
  outer: for (const qualifier of articleQualifiers)
    for (let t = 0; t < titlesPerTopic; t++)
      for (const spec of articleTopicSpecs) {
        if (articles.length >= counts.articles) break outer
        const stem = spec.titles[t]
        if (!stem) continue
        const title = `${stem}${qualifier}`
        const slug = uniqueSlug(articleSlugs, slugify(title))
        const related = [...new Set(spec.categories.flatMap((c) => servicesByCategory.get(c) ?? []))]
        const relatedServices = related.length > 0 ? r.some(related, r.int(0, 3)) : []
        const body = [
          ...r.some(spec.sentences, 2),
          `## ${r.pick(['Things to try', 'What you can do', 'Good to know'])}`,
          ...r.some(spec.tips, 3).map((tip) => `- ${tip}`),
          '## Where to get help',
          r.pick([
            'Your family hub can help, or point you to someone who can. Drop in, or call and ask for the family hub team.',
            'Talk to your health visitor, midwife or GP, or ask at your family hub: there is no such thing as a silly question.',
            'Search this site for groups and drop-ins near you, or ask at your family hub.',
          ]),
        ]
        articles.push({
          id: articles.length + 1,
          title,
          slug,
          summary: `${spec.sentences[0]} ${r.pick(['Practical tips and where to get help locally.', 'What to expect, and who can help.', 'Simple ideas from family hub staff and health visitors.'])}`,
          body: paragraphsToLexical(body),
          topics: [spec.topic],
          lifeStages: spec.lifeStages,
          relatedServices,
          lastChecked: toStoredDate(fromDayNumber(dayNumber('2025-11-01') + r.int(0, 380))),
        })
      }

  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    publishedAt,
    collections: {
      organisations,
      categories,
      hubs: hubDocs,
      venues: venues.map((v) => v.doc),
      services: serviceDocs,
      sessions: sessionDocs,
      'term-dates': termDates,
      articles,
    },
  }
}

/** Opening hours by hub type, like the demo's hubs. */
const openingHoursOf = (r: Random, type: HubType) => {
  const row = (day: Weekday, opensAt: string, closesAt: string, note: string | null = null) => ({ day, opensAt, closesAt, note })
  if (type === 'family-hub' || type === 'child-and-family-centre') {
    const opens = type === 'family-hub' ? '08:45' : '09:00'
    const late = r.pick(['TU', 'WE', 'TH'] as const)
    const rows = (['MO', 'TU', 'WE', 'TH', 'FR'] as const).map((d) =>
      d === 'FR' ? row(d, opens, '16:30') : d === late && r.chance(0.6) ? row(d, opens, '19:30', r.pick(['Late opening for evening courses', 'Late opening for the dads’ group', 'Teen drop-in until 7.30pm'])) : row(d, opens, '17:00'),
    )
    if (r.chance(0.3)) rows.push(row('SA', '09:30', '12:00', 'Saturday groups only: see the timetable'))
    return rows
  }
  const days = r.some(['MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const, type === 'zone' ? r.int(3, 5) : r.int(1, 4))
  return days.map((d) => {
    const start = r.pick([570, 600, 780, 810])
    return row(d, timeOf(start), timeOf(start + r.pick([90, 120, 150, 180])), type === 'outreach' && r.chance(0.4) ? 'Term time only' : d === 'SA' && type === 'zone' ? 'Library staff only' : null)
  })
}

interface SessionContext {
  id: number
  service: { id: number; name: string; slug: string; baseName: string; demoName: string }
  venue: GeneratedVenue
  provider: number
  sessionSlugs: Set<string>
}

/** The window dated exceptions fall in: the months around the default build date. */
const EXCEPTIONS_FROM = '2026-12-01'
const EXCEPTIONS_TO = '2027-06-30'

/** One session series from a demo template: other days, another venue, new exceptions. */
const sessionFrom = (r: Random, template: SeedSession, { id, service, venue, provider, sessionSlugs }: SessionContext): Record<string, unknown> => {
  let opens = minutesOf(template.opensAt)
  let closes = minutesOf(template.closesAt)
  if (r.chance(0.3) && closes + 30 <= 21 * 60 && opens >= 9 * 60) {
    const by = r.pick([-30, 30])
    opens += by
    closes += by
  }
  // Other days than the template's, and never a second series of the service at the venue on the
  // same day and time: another weekday, or else the afternoon (or morning) of the same day.
  const firstShift = r.int(0, 4)
  let shift = firstShift
  let days = shiftDays(template.days, shift)
  const taken = () => sessionSlugs.has(sessionSlug({ service: service.slug, venue: venue.slug, days, opensAt: timeOf(opens) }))
  for (let k = 1; k < 5 && taken(); k++) {
    shift = (firstShift + k) % 5
    days = shiftDays(template.days, shift)
  }
  for (const by of [180, -150, 240, -210]) {
    if (!taken()) break
    if (opens + by < 9 * 60 || closes + by > 21 * 60) continue
    opens += by
    closes += by
    if (taken()) {
      opens -= by
      closes -= by
    }
  }
  const opensAt = timeOf(opens)
  const closesAt = timeOf(closes)
  const weeks = template.lastDate && template.termTime !== 'school-holidays' ? 7 * r.int(-2, 6) : 0
  const moved = (date: string) => addDays(date, shift + weeks)
  const firstDate = moved(template.firstDate)
  let lastDate: string | undefined = template.lastDate ? moved(template.lastDate) : undefined
  const pattern = { freq: template.freq, interval: template.interval, days, weeksOfMonth: template.weeksOfMonth ?? [], firstDate, lastDate }
  // A course moved to other days must still have a date between its first and last.
  if (lastDate) {
    const first = firstRuleDate(recurrenceOf(pattern), firstDate)
    if (!first) lastDate = undefined
    else if (first > lastDate) lastDate = addDays(first, dayNumber(template.lastDate!) - dayNumber(template.firstDate))
    pattern.lastDate = lastDate
  }

  const exceptions: Record<string, unknown>[] = []
  if (r.chance(0.095)) {
    const rule = recurrenceOf(pattern)
    const runs = compileRecurrence(rule)
    const from = dayNumber(firstDate > EXCEPTIONS_FROM ? firstDate : EXCEPTIONS_FROM)
    const to = dayNumber(lastDate && lastDate < EXCEPTIONS_TO ? lastDate : EXCEPTIONS_TO)
    const used = new Set<string>()
    /** A date the rule runs on (or, for an extra date, does not), searching from a random day in the window. */
    const findDate = (regular: boolean): string | undefined => {
      if (to < from) return undefined
      const start = r.int(from, to)
      for (let n = start; n <= to; n++) {
        const d = dayInfo(n)
        if (runs(d) === regular && !used.has(d.date)) return d.date
      }
      for (let n = from; n < start; n++) {
        const d = dayInfo(n)
        if (runs(d) === regular && !used.has(d.date)) return d.date
      }
      return undefined
    }
    const fill = (text: string, other?: GeneratedVenue) =>
      text.replace('{venue}', other?.name ?? venue.name).replace('{place}', venue.place).replace('{hub}', venue.areaHub.name)
    const kinds = r.weighted(
      [
        [['cancelled'], 60],
        [['changed'], 27],
        [['extra', 'cancelled'], 9],
        [['changed', 'cancelled'], 4],
      ] as const,
      ([, w]) => w,
    )()[0]
    for (const kind of kinds) {
      const date = findDate(kind !== 'extra')
      if (!date) continue
      used.add(date)
      if (kind === 'cancelled') exceptions.push({ date: toStoredDate(date), kind, reason: fill(r.pick(cancellationReasons)), opensAt: null, closesAt: null, venue: null })
      else if (kind === 'extra') exceptions.push({ date: toStoredDate(date), kind, reason: r.pick(extraReasons), opensAt, closesAt, venue: null })
      else {
        const others = venue.areaHub.venues.filter((v) => v !== venue)
        if (others.length > 0 && r.chance(0.4)) {
          const other = r.pick(others)
          exceptions.push({ date: toStoredDate(date), kind, reason: fill(r.pick(moveReasons), other), opensAt: null, closesAt: null, venue: other.id })
        } else {
          const change = r.pick(changeReasons)
          const start = opens + change.shift
          exceptions.push({ date: toStoredDate(date), kind, reason: change.reason, opensAt: timeOf(start), closesAt: timeOf(start + (closes - opens)), venue: null })
        }
      }
    }
    exceptions.sort((a, b) => String(a.date).localeCompare(String(b.date)))
  }

  const customTitle = template.title && !template.title.includes(' at ') ? template.title.replace(service.demoName, service.baseName) : undefined
  const title = customTitle ?? (venue.name === service.name.replace(/^.* at /, '') ? service.name : `${service.baseName} at ${venue.name}`)
  const bookingNotes = template.bookingNotes && !demoPlaceNames.test(template.bookingNotes) ? template.bookingNotes : null
  return {
    id,
    title,
    slug: uniqueSlug(sessionSlugs, sessionSlug({ service: service.slug, venue: venue.slug, days, opensAt })),
    service: service.id,
    hub: venue.areaHub.id,
    venue: venue.id,
    provider,
    freq: template.freq,
    interval: template.interval,
    days,
    weeksOfMonth: template.weeksOfMonth ? [...template.weeksOfMonth] : [],
    firstDate: toStoredDate(firstDate),
    lastDate: lastDate ? toStoredDate(lastDate) : null,
    opensAt,
    closesAt,
    termTime: template.termTime,
    runsOnBankHolidays: template.runsOnBankHolidays ?? false,
    capacity: template.capacity ?? null,
    bookingNotes,
    exceptions,
  }
}
