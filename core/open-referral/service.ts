/**
 * A published service as a fully nested Open Referral service: its provider, who it is for, cost,
 * contacts and phones, languages, categories (as attributes linking taxonomy terms), where it runs
 * (service_at_locations with their locations) and its timetable (schedules). Staff-only fields
 * never reach here: the snapshot has already dropped them, and nothing below reads anything else.
 */
import { ageInMonths, ageRangeInMonths, describeAgeRange, type AgeRange } from '../records/age-range.ts'
import type { PublishedService, PublishedVenue } from '../records/snapshot.ts'
import { accessMethodOptions, labelOf, languageOptions, type ServiceStatus } from '../records/vocabulary.ts'
import type { MappingContext } from './context.ts'
import { openReferralId } from './ids.ts'
import { mapLocation } from './location.ts'
import { mapOrganization } from './organization.ts'
import { mapSchedule, serviceAtLocationId } from './schedule.ts'
import { mapTaxonomyTerm } from './taxonomy.ts'
import type { OrukContact, OrukCostOption, OrukPhone, OrukService } from './types.ts'

const statuses: Record<ServiceStatus, OrukService['status']> = {
  active: 'active',
  'temporarily-closed': 'temporarily closed',
  inactive: 'inactive',
}

/**
 * Ages in whole years, as the standard counts a person's age: every child the service is for has
 * an age in years from minimum_age to maximum_age. "6 weeks to 18 months" is 0 to 1; pregnancy is
 * 0 (the standard has no way to say it); no upper limit leaves maximum_age out. The exact range,
 * to the week and from pregnancy, is in eligibility_description.
 */
export const ageFields = (
  range: AgeRange,
): Pick<OrukService, 'minimum_age' | 'maximum_age' | 'eligibility_description'> => {
  const months = ageRangeInMonths(range)
  const words = describeAgeRange(range)
  return {
    minimum_age: Math.max(0, Math.floor(months.min / 12)),
    ...(range.max ? { maximum_age: Math.floor(ageInMonths(range.max) / 12 + 1e-9) } : {}),
    eligibility_description: words === 'all ages' ? 'All ages.' : `${words.charAt(0).toUpperCase()}${words.slice(1)}.`,
  }
}

const costOptions = (service: PublishedService, serviceId: string): OrukCostOption[] => {
  const { free, amount, details } = service.cost
  const id = openReferralId('cost_options', service.id)
  if (free)
    return [
      {
        id,
        service_id: serviceId,
        option: 'Free',
        amount: 0,
        currency: 'GBP',
        ...(details ? { amount_description: details } : {}),
      },
    ]
  return [
    {
      id,
      service_id: serviceId,
      option: 'Charge',
      ...(amount != null ? { amount, currency: 'GBP' } : {}),
      ...(details ? { amount_description: details } : {}),
    },
  ]
}

const phonesOf = (service: PublishedService): OrukPhone[] => {
  const phones: OrukPhone[] = []
  if (service.contact.phone)
    phones.push({
      id: openReferralId('phones', service.id, 'contact'),
      number: service.contact.phone,
      description: 'Enquiries',
    })
  const booking = service.access.bookingPhone
  if (booking && booking.replace(/\D/g, '') !== service.contact.phone?.replace(/\D/g, ''))
    phones.push({ id: openReferralId('phones', service.id, 'booking'), number: booking, description: 'Booking' })
  else if (booking) phones[0]!.description = 'Enquiries and booking'
  return phones
}

const contactsOf = (service: PublishedService, serviceId: string): OrukContact[] => {
  const { name, email, phone } = service.contact
  if (!name && !email && !phone) return []
  return [
    {
      id: openReferralId('contacts', service.id),
      service_id: serviceId,
      ...(name ? { name } : {}),
      ...(email ? { email } : {}),
      phones: phone ? [{ id: openReferralId('phones', service.id, 'contact'), number: phone }] : [],
    },
  ]
}

/** How to use the service, in words: the ways in, then the booking link and referral details. */
const applicationProcess = (service: PublishedService): string =>
  [
    ...accessMethodOptions.filter((o) => service.access.methods.includes(o.value)).map((o) => `${o.label}.`),
    service.access.bookingUrl ? `Book online: ${service.access.bookingUrl}` : undefined,
    service.access.bookingPhone ? `Book by phone on ${service.access.bookingPhone}.` : undefined,
    service.access.referralDetails,
  ]
    .filter(Boolean)
    .join('\n')

/** Venues, categories and organisations are shared by many services: each is mapped once per export. */
const shared = new WeakMap<MappingContext, Map<string, unknown>>()
const once = <T>(context: MappingContext, key: string, make: () => T): T => {
  let cache = shared.get(context)
  if (!cache) shared.set(context, (cache = new Map()))
  if (!cache.has(key)) cache.set(key, make())
  return cache.get(key) as T
}

const latest = (dates: readonly (string | undefined)[], fallback: string): string =>
  dates
    .filter((d): d is string => !!d)
    .sort()
    .at(-1) ?? fallback

export const mapService = (service: PublishedService, context: MappingContext): OrukService => {
  const id = openReferralId('services', service.id)
  const organisation = context.organisation(service.provider)
  const running = service.status !== 'inactive'
  const sessions = running ? context.sessionsOfService(service.id) : []

  // Where it runs: the venues of its sessions, and the main venue of each hub it is listed at.
  const venues = new Map<string, PublishedVenue>()
  for (const session of sessions) {
    const venue = context.venue(session.venue)
    if (venue) venues.set(String(venue.id), venue)
  }
  if (running)
    for (const hubId of service.hubs) {
      const venue = context.venue(context.hub(hubId)?.mainVenue)
      if (venue) venues.set(String(venue.id), venue)
    }
  const places = [...venues.values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'en-GB') || String(a.id).localeCompare(String(b.id)),
  )
  const categories = service.categories.map((c) => context.category(c)).filter((c) => c !== undefined)

  const lastModified = latest(
    [
      service.updatedAt,
      organisation?.updatedAt,
      ...sessions.map((s) => s.updatedAt),
      ...places.map((v) => v.updatedAt),
      ...categories.map((c) => c.updatedAt),
    ],
    context.publishedAt,
  )

  return {
    id,
    ...(organisation ? { organization_id: openReferralId('organizations', organisation.id) } : {}),
    name: service.name,
    description: service.description ? `${service.summary}\n\n${service.description}` : service.summary,
    ...(running ? { url: `${context.siteUrl}/services/${service.slug}/` } : {}),
    ...(service.contact.email ? { email: service.contact.email } : {}),
    status: statuses[service.status],
    ...ageFields(service.ageRange),
    application_process: applicationProcess(service),
    ...(service.lastChecked ? { assured_date: service.lastChecked } : {}),
    ...(service.status === 'temporarily-closed'
      ? { alert: 'This service is temporarily closed. Contact the service before you go.' }
      : {}),
    last_modified: lastModified,
    ...(organisation
      ? { organization: once(context, `organisation ${organisation.id}`, () => mapOrganization(organisation)) }
      : {}),
    schedules: sessions
      .map((session) => mapSchedule(session, service, context))
      .sort((a, b) => a.valid_from.localeCompare(b.valid_from) || a.id.localeCompare(b.id)),
    service_at_locations: places.map((venue) => ({
      id: serviceAtLocationId(service.id, venue.id),
      service_id: id,
      location_id: openReferralId('locations', venue.id),
      location: once(context, `venue ${venue.id}`, () => mapLocation(venue, context)),
    })),
    languages: service.languages.map((code) => ({
      id: openReferralId('languages', service.id, code),
      service_id: id,
      name: labelOf(languageOptions, code),
      code,
    })),
    cost_options: costOptions(service, id),
    contacts: contactsOf(service, id),
    phones: phonesOf(service),
    attributes: categories.map((category) => {
      const term = once(context, `category ${category.id}`, () => mapTaxonomyTerm(category, context))
      return {
        id: openReferralId('attributes', service.id, category.id),
        link_id: id,
        link_type: 'category',
        link_entity: 'service',
        taxonomy_term_id: term.id,
        taxonomy_term: term,
      }
    }),
  }
}
