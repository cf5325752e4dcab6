/**
 * A synthetic directory of any size, written as a snapshot (core/records/snapshot.ts), for benchmarks
 * of the build and the search index at the scale of a large council or a region.
 *
 * Deterministic: the same options give byte-identical JSON (one seeded PRNG, random.ts, never
 * Math.random or the clock, drawn from in a fixed order). Realistic: the demo's categories (same ids
 * and slugs), organisations, bank holidays, school terms and borough-wide closures; hubs (about one per
 * 40 services) and venues (about one per 3 services) around real English outcodes; services modelled on
 * the demo's (their categories, provider, ages, cost, access, languages, and their session series as
 * templates, so the mix of weekly, fortnightly, monthly, term-time, holiday and bank-holiday sessions is
 * the demo's), named after the place they run in, with summaries and descriptions from sentence
 * templates; dated exceptions as often as in the demo; advice articles. Every record passes the CMS's
 * zod schemas (`parseSnapshot`).
 *
 * Each kind of record has its module (hubs.ts, venues.ts, services.ts, sessions.ts, term-dates.ts,
 * articles.ts) and its words in templates/.
 */
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type RawSnapshot } from '../../core/records/snapshot.ts'
import { generateArticles } from './articles.ts'
import { demoRecords } from './demo-records.ts'
import { hubDocOf, placeHubs } from './hubs.ts'
import { seededRandom } from './random.ts'
import { generateServices } from './services.ts'
import { generateTermDates } from './term-dates.ts'
import { addOtherVenues, makeVenues } from './venues.ts'

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

/** The number of hubs, venues and articles for a number of services. */
export const generatedCounts = (services: number) => ({
  hubs: Math.max(1, Math.round(services / 40)),
  venues: Math.max(1, Math.round(services / 3)),
  articles: Math.min(200, Math.floor(services / 5)),
})

/** Generate a synthetic directory of `services` services as a raw snapshot. */
export const generateSnapshot = (options: GenerateSnapshotOptions): RawSnapshot => {
  const { services: serviceCount, seed = 1, publishedAt = GENERATED_PUBLISHED_AT } = options
  if (!Number.isInteger(serviceCount) || serviceCount < 1)
    throw new Error(`services must be a whole number of 1 or more, not ${serviceCount}.`)
  if (!Number.isInteger(seed)) throw new Error(`seed must be a whole number, not ${seed}.`)
  const r = seededRandom(seed)
  const counts = generatedCounts(serviceCount)
  const reference = demoRecords()

  // The order of these steps is the order of the draws: keep it, or the output changes.
  const venues = makeVenues(r)
  const hubs = placeHubs(r, counts.hubs, venues)
  addOtherVenues(r, hubs, venues, counts.venues)
  const hubDocs = hubs.map((hub) => hubDocOf(r, hub))
  const { services, sessions, servicesByCategory } = generateServices(r, serviceCount, hubs, reference)
  const termDates = generateTermDates(r, hubs)
  const articles = generateArticles(r, counts.articles, servicesByCategory)

  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    publishedAt,
    collections: {
      organisations: reference.organisations,
      categories: reference.categories,
      hubs: hubDocs,
      venues: venues.all.map((v) => v.doc),
      services,
      sessions,
      'term-dates': termDates,
      articles,
    },
  }
}
