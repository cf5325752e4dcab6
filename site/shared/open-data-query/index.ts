/**
 * The live Open Referral UK API's view of one published dataset, made once when the bulk file is
 * loaded: every document the API answers with, by id and in the dataset's order (by name), and
 * each service's and service at a location's words for `search`, folded (lower case, no accents).
 * Pure: the dataset in, the index out. The documents are the static export's (core/open-referral
 * views), so a live answer and the file a static host serves are the same JSON.
 */
import {
  organizationFullOf,
  serviceAtLocationsOf,
  serviceAtLocationSummaryOf,
  serviceSummaryOf,
  type OpenReferralDataset,
  type OrukApiMeta,
  type OrukOrganization,
  type OrukOrganizationFull,
  type OrukService,
  type OrukServiceAtLocation,
  type OrukServiceAtLocationSummary,
  type OrukServiceSummary,
  type OrukTaxonomy,
  type OrukTaxonomyFull,
  type OrukTaxonomyTerm,
} from '../../../core/open-referral/index.ts'

/** A service in the index: the full document, its list shape and its words. */
export interface ServiceEntry {
  full: OrukService
  summary: OrukServiceSummary
  /** Folded words of its name, description, organization's name and taxonomy terms' names. */
  text: string
}

/** A service at one location: the full document, its list shape and its words (the service's and the place's). */
export interface ServiceAtLocationEntry {
  full: OrukServiceAtLocation
  summary: OrukServiceAtLocationSummary
  /** The service's words and the location's name, address and postcode, folded. */
  text: string
}

export interface OpenReferralIndex {
  meta: OrukApiMeta
  services: ServiceEntry[]
  serviceById: Map<string, ServiceEntry>
  serviceAtLocations: ServiceAtLocationEntry[]
  serviceAtLocationById: Map<string, ServiceAtLocationEntry>
  organizations: OrukOrganization[]
  organizationById: Map<string, OrukOrganizationFull>
  /** Taxonomies in list shape (without their terms). */
  taxonomies: OrukTaxonomy[]
  taxonomyById: Map<string, OrukTaxonomyFull>
  taxonomyTerms: OrukTaxonomyTerm[]
  taxonomyTermById: Map<string, OrukTaxonomyTerm>
}

/**
 * Text as `search` compares it: lower case, accents and apostrophes dropped, anything else that is
 * not a letter or digit a space ("Crèche", "Dads’ Group" → "creche", "dads group").
 */
export const foldText = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

const serviceWords = (service: Omit<OrukService, 'service_at_locations'>): string[] => [
  service.name,
  service.description,
  service.organization?.name ?? '',
  ...service.attributes.map((a) => a.taxonomy_term.name),
]

const byIdOf = <T extends { id: string }>(items: readonly T[]): Map<string, T> =>
  new Map(items.map((item) => [item.id, item]))

export const openReferralIndexOf = (dataset: OpenReferralDataset): OpenReferralIndex => {
  const services = dataset.services.map((full): ServiceEntry => ({
    full,
    summary: serviceSummaryOf(full),
    text: foldText(serviceWords(full).join(' ')),
  }))
  const serviceAtLocations = dataset.services.flatMap(serviceAtLocationsOf).map((full): ServiceAtLocationEntry => {
    const place = [
      full.location.name,
      ...full.location.addresses.flatMap((a) => [a.address_1, a.address_2 ?? '', a.city, a.postal_code]),
    ]
    return {
      full,
      summary: serviceAtLocationSummaryOf(full),
      text: foldText([...serviceWords(full.service), ...place].join(' ')),
    }
  })
  // Grouped first: organizationFullOf looks through the services it is given.
  const servicesByOrganization = new Map<string | undefined, OrukService[]>()
  for (const s of dataset.services) {
    const same = servicesByOrganization.get(s.organization_id)
    if (same) same.push(s)
    else servicesByOrganization.set(s.organization_id, [s])
  }
  return {
    meta: dataset.meta,
    services,
    serviceById: new Map(services.map((s) => [s.full.id, s])),
    serviceAtLocations,
    serviceAtLocationById: new Map(serviceAtLocations.map((s) => [s.full.id, s])),
    organizations: dataset.organizations,
    organizationById: new Map(
      dataset.organizations.map((o) => [o.id, organizationFullOf(o, servicesByOrganization.get(o.id) ?? [])]),
    ),
    taxonomies: dataset.taxonomies.map(({ taxonomy_terms, ...taxonomy }) => (void taxonomy_terms, taxonomy)),
    taxonomyById: byIdOf(dataset.taxonomies),
    taxonomyTerms: dataset.taxonomyTerms,
    taxonomyTermById: byIdOf(dataset.taxonomyTerms),
  }
}
