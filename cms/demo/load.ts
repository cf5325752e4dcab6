/**
 * Load the demo directory through the Local API, so every document passes the same hooks and
 * validation as a staff member's save. Idempotent: a document that already exists (same slug,
 * or same name and date for term dates, same email for users) is left as it is, so seeding
 * twice duplicates nothing and never overwrites staff edits.
 */
import type { CollectionSlug, Payload, Where } from 'payload'
import { toStoredDate } from '../../core/dates/plain-date.ts'
import { sessionSlug } from '../../core/records/session.ts'
import { demoAccounts, demoAccountsAllowed } from './demo-accounts.ts'
import { paragraphsToLexical } from './lexical.ts'
import { articles } from './data/articles.ts'
import { termDates } from './data/term-dates.ts'
import { categories } from './data/categories.ts'
import { hubs } from './data/hubs.ts'
import { organisations } from './data/organisations.ts'
import { services } from './data/services.ts'
import { sessions } from './data/sessions.ts'
import { venues } from './data/venues.ts'

type Id = number | string
export type SeedCounts = Record<string, { created: number; existing: number }>

export interface SeedOptions {
  /** Create the demo accounts (never in production). */
  demoUsers?: boolean
  log?: (line: string) => void
}

export const seedDirectory = async (payload: Payload, options: SeedOptions = {}): Promise<SeedCounts> => {
  const counts: SeedCounts = {}
  const ids = new Map<string, Id>()
  const key = (collection: string, slug: string) => `${collection}:${slug}`
  const idFor = (collection: string, slug: string): Id => {
    const id = ids.get(key(collection, slug))
    if (id === undefined) throw new Error(`Seed data refers to ${collection} "${slug}", which is not in the seed.`)
    return id
  }

  const createdNow = new Set<string>()

  /** Find a document by `where`; create it with `data()` if there is none. */
  const ensure = async (collection: CollectionSlug, where: Where, data: () => Record<string, unknown>): Promise<Id> => {
    const tally = (counts[collection] ??= { created: 0, existing: 0 })
    const found = await payload.find({
      collection,
      where,
      limit: 1,
      depth: 0,
      draft: true,
      pagination: false,
      overrideAccess: true,
    })
    const existing = found.docs[0]
    if (existing) {
      // A document made earlier in this same run means the seed lists it twice: say so, never skip it silently.
      if (createdNow.has(`${collection}:${existing.id}`))
        throw new Error(
          `Seed data lists the same ${collection} twice (${JSON.stringify(where)}). Give each one its own slug, name or date.`,
        )
      tally.existing++
      return existing.id
    }
    const created = await payload.create({
      collection,
      data: data() as never,
      depth: 0,
      overrideAccess: true,
      context: { skipPublish: true },
    })
    createdNow.add(`${collection}:${created.id}`)
    tally.created++
    return created.id
  }
  const bySlug = async (collection: CollectionSlug, slug: string, data: () => Record<string, unknown>) => {
    ids.set(key(collection, slug), await ensure(collection, { slug: { equals: slug } }, () => ({ slug, ...data() })))
  }
  const published = { _status: 'published' }

  for (const c of [...categories].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent))))
    await bySlug('categories', c.slug, () => ({
      name: c.name,
      description: c.description,
      parent: c.parent ? idFor('categories', c.parent) : null,
    }))

  for (const o of organisations) await bySlug('organisations', o.slug, () => ({ ...o }))

  // Hubs and venues refer to each other: hubs first, then venues, then each hub's main venue.
  for (const h of hubs) {
    const { mainVenue: _mainVenue, ...hub } = h
    await bySlug('hubs', h.slug, () => ({ ...hub }))
  }
  for (const v of venues) await bySlug('venues', v.slug, () => ({ ...v, hub: v.hub ? idFor('hubs', v.hub) : null }))
  for (const h of hubs) {
    const id = idFor('hubs', h.slug)
    const hub = await payload.findByID({ collection: 'hubs', id, depth: 0 })
    if (!hub.mainVenue)
      await payload.update({
        collection: 'hubs',
        id,
        data: { mainVenue: idFor('venues', h.mainVenue) as number },
        depth: 0,
        context: { skipPublish: true },
      })
  }

  for (const s of services)
    await bySlug('services', s.slug, () => ({
      ...s,
      ...published,
      provider: idFor('organisations', s.provider),
      categories: s.categories.map((c) => idFor('categories', c)),
      hubs: s.hubs.map((h) => idFor('hubs', h)),
      lastChecked: toStoredDate(s.lastChecked),
    }))

  // The demo's timetables were checked when their service was (so some fall due, as in life).
  const serviceReviewed = new Map(services.map((s) => [s.slug, s.lastChecked]))
  for (const s of sessions) {
    const slug = sessionSlug({ service: s.service, venue: s.venue, days: s.days, opensAt: s.opensAt })
    const reviewed = serviceReviewed.get(s.service)
    await bySlug('sessions', slug, () => ({
      ...s,
      ...published,
      service: idFor('services', s.service),
      hub: idFor('hubs', s.hub),
      venue: idFor('venues', s.venue),
      firstDate: toStoredDate(s.firstDate),
      lastDate: s.lastDate ? toStoredDate(s.lastDate) : null,
      exceptions: (s.exceptions ?? []).map((e) => ({
        ...e,
        date: toStoredDate(e.date),
        venue: e.venue ? idFor('venues', e.venue) : null,
      })),
      ...(reviewed ? { lastChecked: toStoredDate(reviewed) } : {}),
    }))
  }

  for (const a of articles)
    await bySlug('articles', a.slug, () => ({
      ...a,
      ...published,
      body: paragraphsToLexical(a.body),
      relatedServices: a.relatedServices.map((s) => idFor('services', s)),
      lastChecked: toStoredDate(a.lastChecked),
    }))

  for (const c of termDates)
    await ensure(
      'term-dates',
      { and: [{ name: { equals: c.name } }, { startDate: { equals: toStoredDate(c.startDate) } }] },
      () => ({
        ...c,
        startDate: toStoredDate(c.startDate),
        endDate: toStoredDate(c.endDate),
        hubs: (c.hubs ?? []).map((h) => idFor('hubs', h)),
      }),
    )

  if (options.demoUsers ?? demoAccountsAllowed()) {
    for (const a of demoAccounts)
      await ensure('users', { email: { equals: a.email } }, () => ({
        email: a.email,
        password: a.password,
        name: a.name,
        role: a.role,
        hubs: (a.hubs ?? []).map((h) => idFor('hubs', h)),
        organisation: a.organisation ? idFor('organisations', a.organisation) : null,
      }))
  } else {
    options.log?.('Demo accounts are not created in production.')
  }
  return counts
}

/** True when the directory has no content yet (a fresh database). */
export const isDirectoryEmpty = async (payload: Payload): Promise<boolean> =>
  (await payload.count({ collection: 'services', overrideAccess: true })).totalDocs === 0 &&
  (await payload.count({ collection: 'hubs', overrideAccess: true })).totalDocs === 0

export const formatSeedCounts = (counts: SeedCounts): string =>
  Object.entries(counts)
    .map(
      ([collection, c]) =>
        `  ${collection.padEnd(14)} ${String(c.created).padStart(4)} created, ${String(c.existing).padStart(4)} already there`,
    )
    .join('\n')
