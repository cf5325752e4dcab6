/** Our venues as Open Referral locations: address, position and accessibility. */
import type { PublishedVenue } from '../records/snapshot.ts'
import { accessibilityOptions, labelOf } from '../records/vocabulary.ts'
import type { MappingContext } from './context.ts'
import { openReferralId } from './ids.ts'
import type { OrukLocation } from './types.ts'

export const mapLocation = (venue: PublishedVenue, context: Pick<MappingContext, 'hub' | 'region'>): OrukLocation => {
  const id = openReferralId('locations', venue.id)
  const hub = context.hub(venue.hub)
  const description = [
    hub && hub.name !== venue.name ? `Part of ${hub.name}.` : undefined,
    venue.directions ? `How to get there: ${venue.directions}` : undefined,
  ]
    .filter(Boolean)
    .join(' ')
  return {
    id,
    location_type: 'physical',
    name: venue.name,
    ...(description ? { description } : {}),
    latitude: venue.latitude,
    longitude: venue.longitude,
    addresses: [
      {
        id: openReferralId('addresses', venue.id),
        location_id: id,
        address_1: venue.address.line1,
        ...(venue.address.line2 ? { address_2: venue.address.line2 } : {}),
        city: venue.address.town,
        state_province: context.region,
        postal_code: venue.postcode,
        country: 'GB',
        address_type: 'physical',
      },
    ],
    accessibility: [
      ...venue.accessibility.map((feature) => {
        const label = labelOf(accessibilityOptions, feature)
        return {
          id: openReferralId('accessibility', venue.id, feature),
          location_id: id,
          description: label,
          accessibility: label,
        }
      }),
      ...(venue.accessibilityNotes
        ? [
            {
              id: openReferralId('accessibility', venue.id, 'notes'),
              location_id: id,
              description: venue.accessibilityNotes,
              accessibility: venue.accessibilityNotes,
            },
          ]
        : []),
    ],
  }
}
