/**
 * Services, round robin over the hubs: each of a kind the demo has (families.ts), at a home venue of the
 * hub that has none of that kind yet, named after the venue or its neighbourhood; with its session series
 * (sessions.ts), mostly at the home venue, else at another venue of the hub or of a hub in the same area.
 */
import { dayNumber, fromDayNumber, toStoredDate } from '../../core/dates/plain-date.ts'
import { slugify } from '../../core/records/fields.ts'
import type { DemoRecords } from './demo-records.ts'
import { families, type Family } from './families.ts'
import { dramaPhone } from './phones.ts'
import type { Random } from './random.ts'
import type { GeneratedHub, GeneratedVenue, ServiceDoc, SessionDoc } from './records.ts'
import { descriptionOf, summaryOf, type ServiceTextParts } from './service-text.ts'
import { sessionFrom, type SessionService } from './sessions.ts'
import { firstFree, uniqueSlug } from './slugs.ts'
import { bookingUrlOf, demoPlaceNames, referralDetails, sessionsPerService } from './templates/services.ts'
import type { Area } from './templates/places.ts'

export interface GeneratedServices {
  services: ServiceDoc[]
  sessions: SessionDoc[]
  /** The ids of the services in each category (by slug), for articles to link to. */
  servicesByCategory: Map<string, number[]>
}

export const generateServices = (
  r: Random,
  count: number,
  hubs: readonly GeneratedHub[],
  reference: DemoRecords,
): GeneratedServices => {
  const pickFamily = r.weighted(families, (f) => f.weight)
  const pickSessionCount = r.weighted(sessionsPerService, ([, w]) => w)
  const hubsOfArea = new Map<Area, GeneratedHub[]>()
  for (const hub of hubs) (hubsOfArea.get(hub.area) ?? hubsOfArea.set(hub.area, []).get(hub.area)!).push(hub)
  const serviceSlugs = new Set<string>()
  const sessionSlugs = new Set<string>()
  const services: ServiceDoc[] = []
  const sessions: SessionDoc[] = []
  const servicesByCategory = new Map<string, number[]>()

  for (let i = 0; i < count; i++) {
    const id = i + 1
    const hub = hubs[i % hubs.length]!
    const { family, home } = kindAndHome(r, hub, pickFamily)
    const baseName = r.pick(family.names)
    const name = serviceName(r, serviceSlugs, baseName, home, id)
    const slug = uniqueSlug(serviceSlugs, slugify(name))
    const provider = reference.organisationBySlug.get(family.demo.provider)!
    const service: SessionService = { id, name, slug, baseName, demoName: family.demo.name }

    const venues: GeneratedVenue[] = []
    const n = family.templates.length > 0 ? pickSessionCount()[0] : 0
    for (let k = 0; k < n; k++) {
      const template = r.pick(family.templates)
      const venue = k === 0 || r.chance(0.45) ? home : elsewhere(r, hub, hubsOfArea.get(hub.area)!)
      sessions.push(
        sessionFrom(r, template, { id: sessions.length + 1, service, venue, provider: provider.id, sessionSlugs }),
      )
      if (!venues.includes(venue)) venues.push(venue)
    }

    for (const c of family.demo.categories)
      (servicesByCategory.get(c) ?? servicesByCategory.set(c, []).get(c)!).push(id)
    const text = { name, family, home, otherVenues: venues.slice(1), town: hub.area.town, provider: provider.name }
    const hubIds = [...new Set(venues.map((v) => v.areaHub.id))]
    services.push(serviceDocOf(r, { id, slug, text, hubs: hubIds.length > 0 ? hubIds : [hub.id], reference }))
  }
  return { services, sessions, servicesByCategory }
}

/** A kind of service and a home venue in the hub: one service of a kind per home venue (20 tries). */
const kindAndHome = (r: Random, hub: GeneratedHub, pickFamily: () => Family) => {
  let family = pickFamily()
  let home = r.pick(hub.venues)
  for (let attempt = 0; attempt < 20 && home.families.has(family.demo.slug); attempt++) {
    family = pickFamily()
    home = r.pick(hub.venues)
  }
  home.families.add(family.demo.slug)
  return { family, home }
}

/** "Baby Clinic at Hulme Library", "Baby Clinic, Hulme" or "Hulme Baby Clinic": the first not yet taken. */
const serviceName = (r: Random, slugs: ReadonlySet<string>, baseName: string, home: GeneratedVenue, n: number) => {
  const atVenue = `${baseName} at ${home.name}`
  const inPlace = `${baseName}, ${home.place}`
  const candidates = r.chance(0.55)
    ? [atVenue, inPlace]
    : r.chance(0.7)
      ? [inPlace, atVenue]
      : [`${home.place} ${baseName}`, inPlace, atVenue]
  return firstFree(slugs, candidates) ?? `${baseName} at ${home.name} (${n})`
}

/** A session away from the home venue: at another venue of the hub mostly, else of a hub in the same area. */
const elsewhere = (r: Random, hub: GeneratedHub, hubsOfArea: readonly GeneratedHub[]): GeneratedVenue =>
  r.chance(0.8) ? r.pick(hub.venues) : r.pick(r.pick(hubsOfArea).venues)

interface ServiceDocParts {
  id: number
  slug: string
  text: ServiceTextParts
  /** The hubs whose areas its sessions are in. */
  hubs: number[]
  reference: DemoRecords
}

/** The service's document: the demo service's details, with its own words, links, status and check date. */
const serviceDocOf = (r: Random, { id, slug, text, hubs, reference }: ServiceDocParts): ServiceDoc => {
  /** The demo service it is modelled on. */
  const model = text.family.demo
  const summary = summaryOf(r, text)
  const description = descriptionOf(r, text)
  const methods = model.access.methods
  const websiteBase = model.contact.website ? new URL(model.contact.website).origin : undefined
  const ownReferralDetails = model.access.referralDetails && !demoPlaceNames.test(model.access.referralDetails)
  const access = {
    methods: [...methods],
    bookingUrl: model.access.bookingUrl ? bookingUrlOf(slug) : null,
    bookingPhone:
      model.access.bookingPhone ?? (methods.includes('booking') && !model.access.bookingUrl ? dramaPhone(r) : null),
    referralDetails: ownReferralDetails
      ? model.access.referralDetails
      : methods.includes('referral')
        ? referralDetails
        : null,
  }
  return {
    id,
    name: text.name,
    slug,
    summary,
    description,
    provider: reference.organisationBySlug.get(model.provider)!.id,
    categories: model.categories.map((c) => reference.categoryIdBySlug.get(c)!),
    hubs,
    ageRange: {
      fromWeekOfPregnancy: model.ageRange.fromWeekOfPregnancy ?? null,
      min: model.ageRange.min ?? null,
      max: model.ageRange.max ?? null,
    },
    cost: { free: model.cost.free, amount: model.cost.amount ?? null, details: model.cost.details ?? null },
    access,
    languages: [...model.languages],
    contact: {
      name: model.contact.name ?? null,
      phone: model.contact.phone ?? null,
      email: model.contact.email ?? null,
      website: websiteBase ? `${websiteBase}/services/${slug}` : null,
    },
    status: r.chance(0.04) ? 'temporarily-closed' : 'active',
    lastChecked: toStoredDate(fromDayNumber(dayNumber('2025-10-01') + r.int(0, 410))),
  }
}
