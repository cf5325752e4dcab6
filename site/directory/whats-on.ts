/**
 * What's on: every session in the coming fortnight, day by day. At a county's size that is
 * thousands of dates, too many for one page: above WHATS_ON_LIMIT the fortnight is listed by
 * area (/whats-on/<area>/), and /whats-on/ asks which area. Worked out once per directory.
 */
import { addDays } from '../../core/dates/plain-date.ts'
import { slugify } from '../../core/records/fields.ts'
import type { PublishedHub } from '../../core/records/snapshot.ts'
import { rememberWithReads } from './page-reads.ts'
import type { Directory, Listing } from './directory.ts'

/** The days listed, from the build date. */
export const WHATS_ON_DAYS = 14
/** A few more, so that a page a few days old still shows 14 days from today (the past is hidden by script). */
export const WHATS_ON_SPARE_DAYS = 3
/** Above this many dates in the fortnight, What's on is split by area. */
export const WHATS_ON_LIMIT = 500

export interface WhatsOnArea {
  locality: string
  slug: string
  hubs: PublishedHub[]
  listings: Listing[]
}

export interface WhatsOn {
  listings: Listing[]
  /** Whether the fortnight is listed area by area. */
  byArea: boolean
  areas: WhatsOnArea[]
}

const workOut = (d: Directory, limit: number): WhatsOn => {
  const listings = d.listings(d.today, addDays(d.today, WHATS_ON_DAYS + WHATS_ON_SPARE_DAYS - 1))
  const areas = d.hubsByLocality.map(({ locality, hubs }) => {
    const ids = new Set(hubs.map((h) => String(h.id)))
    return { locality, slug: slugify(locality), hubs, listings: listings.filter((l) => ids.has(String(l.hub))) }
  })
  return { listings, byArea: listings.length > limit, areas }
}

// Worked out once per directory for the pages (with the reads it made noted for each page that uses it).
const cache = new WeakMap<Directory, () => WhatsOn>()

export const whatsOnOf = (d: Directory, limit = WHATS_ON_LIMIT): WhatsOn => {
  if (limit !== WHATS_ON_LIMIT) return workOut(d, limit)
  let known = cache.get(d)
  if (!known) {
    known = rememberWithReads('whats-on', () => workOut(d, limit))
    cache.set(d, known)
  }
  return known()
}
