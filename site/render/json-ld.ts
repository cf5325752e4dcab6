/**
 * schema.org structured data for a service page: the Service (provider, audience, cost, where) and
 * its next dates as Events, with cancelled dates marked EventCancelled and changed ones
 * EventRescheduled, so search engines and assistants tell parents the same as the page.
 */
import { ageRangeInMonths } from '../../core/records/age-range.ts'
import type { PublishedOrganisation, PublishedService, PublishedVenue } from '../../core/records/snapshot.ts'
import type { Listing } from '../directory/directory.ts'

const place = (venue: PublishedVenue) => ({
  '@type': 'Place',
  name: venue.name,
  address: {
    '@type': 'PostalAddress',
    streetAddress: [venue.address.line1, venue.address.line2].filter(Boolean).join(', '),
    addressLocality: venue.address.town,
    postalCode: venue.postcode,
    addressCountry: 'GB',
  },
  geo: { '@type': 'GeoCoordinates', latitude: venue.latitude, longitude: venue.longitude },
})

const eventStatus = {
  on: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  changed: 'https://schema.org/EventRescheduled',
} as const

export interface ServiceJsonLdInput {
  service: PublishedService
  provider?: PublishedOrganisation
  venues: PublishedVenue[]
  dates: Listing[]
  url: string
}

export const serviceJsonLd = ({ service, provider, venues, dates, url }: ServiceJsonLdInput): object => {
  const months = ageRangeInMonths(service.ageRange)
  const audience: Record<string, unknown> = { '@type': 'PeopleAudience', audienceType: 'Families' }
  if (months.min > 0) audience.suggestedMinAge = Math.floor(months.min / 12)
  if (Number.isFinite(months.max)) audience.suggestedMaxAge = Math.ceil(months.max / 12)
  const organization = provider
    ? { '@type': 'Organization', name: provider.name, ...(provider.website ? { url: provider.website } : {}) }
    : undefined
  const offer = service.cost.free
    ? { '@type': 'Offer', price: 0, priceCurrency: 'GBP' }
    : service.cost.amount != null
      ? {
          '@type': 'Offer',
          price: service.cost.amount,
          priceCurrency: 'GBP',
          ...(service.cost.details ? { description: service.cost.details } : {}),
        }
      : undefined
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Service',
        '@id': `${url}#service`,
        name: service.name,
        description: service.summary,
        url,
        ...(organization ? { provider: organization } : {}),
        audience,
        ...(offer ? { offers: offer } : {}),
        ...(service.contact.phone ? { telephone: service.contact.phone } : {}),
        ...(service.lastChecked ? { dateModified: service.lastChecked } : {}),
        availableChannel: venues.map((v) => ({ '@type': 'ServiceChannel', serviceLocation: place(v) })),
      },
      ...dates.map((l) => ({
        '@type': 'Event',
        name: l.title,
        startDate: l.start,
        endDate: l.end,
        eventStatus: eventStatus[l.status],
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        location: place(l.venueDoc),
        isAccessibleForFree: service.cost.free,
        ...(organization ? { organizer: organization } : {}),
        url,
      })),
    ],
  }
}
