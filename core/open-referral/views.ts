/**
 * The shapes the API answers with, all derived from fully nested services, so the static export
 * and the live API give the same documents: a service's one-to-one fields for lists, a service at
 * one location (full and in list shape), an organization with its services, and the paged envelope.
 */
import type {
  OrukLocation,
  OrukLocationSummary,
  OrukOrganization,
  OrukOrganizationFull,
  OrukPage,
  OrukService,
  OrukServiceAtLocation,
  OrukServiceAtLocationSummary,
  OrukServiceSummary,
} from './types.ts'

/** A service's one-to-one fields and its organization: the items of GET /services. */
export const serviceSummaryOf = (service: OrukService): OrukServiceSummary => {
  const { schedules, service_at_locations, languages, cost_options, contacts, phones, attributes, ...summary } = service
  void [schedules, service_at_locations, languages, cost_options, contacts, phones, attributes]
  return summary
}

export const locationSummaryOf = (location: OrukLocation): OrukLocationSummary => {
  const { addresses, accessibility, ...summary } = location
  void [addresses, accessibility]
  return summary
}

/**
 * GET /service_at_locations/{id}: one per place the service runs, with the service nested as the
 * profile has it there: without its other locations, and with only the schedules at this one.
 */
export const serviceAtLocationsOf = (service: OrukService): OrukServiceAtLocation[] => {
  const { service_at_locations, schedules, ...rest } = service
  return service_at_locations.map((sal) => ({
    id: sal.id,
    service_id: sal.service_id,
    location_id: sal.location_id,
    location: sal.location,
    service: { ...rest, schedules: schedules.filter((s) => s.service_at_location_id === sal.id) },
  }))
}

/** The items of GET /service_at_locations. */
export const serviceAtLocationSummaryOf = (sal: OrukServiceAtLocation): OrukServiceAtLocationSummary => {
  const { schedules, languages, cost_options, contacts, phones, attributes, ...service } = sal.service
  void [schedules, languages, cost_options, contacts, phones, attributes]
  return {
    id: sal.id,
    service_id: sal.service_id,
    location_id: sal.location_id,
    location: locationSummaryOf(sal.location),
    service,
  }
}

/** GET /organizations/{id}: the organization and the services it runs (their one-to-one fields). */
export const organizationFullOf = (
  organization: OrukOrganization,
  services: readonly OrukService[],
): OrukOrganizationFull => ({
  ...organization,
  services: services.filter((s) => s.organization_id === organization.id).map(serviceSummaryOf),
})

/** Default and largest page sizes of the lists. */
export const DEFAULT_PER_PAGE = 50
export const MAX_PER_PAGE = 1000

/** Page `page` (from 1) of `perPage` items, in the standard's envelope. A page past the end is empty. */
export const pageOf = <T>(items: readonly T[], page = 1, perPage = DEFAULT_PER_PAGE): OrukPage<T> => {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage))
  const contents = items.slice((page - 1) * perPage, page * perPage)
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: items.length === 0,
    contents,
  }
}
