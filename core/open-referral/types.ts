/**
 * The Open Referral UK (HSDS 3.0 UK profile) documents we publish, as TypeScript. Field names are
 * the standard's. Where the UK profile leaves out a field HSDS 3 has and we hold the fact
 * (eligibility_description, a language's name and code, phones, address_2, currency, until), we
 * publish it under its HSDS 3 name: the profile's schemas allow extra fields.
 */

export interface OrukTaxonomyTerm {
  id: string
  name: string
  description: string
  parent_id?: string
  taxonomy: string
  taxonomy_id: string
  term_uri?: string
  term: string
  /** HSDS 3: our category's slug. */
  code: string
}

export interface OrukTaxonomy {
  id: string
  name: string
  description: string
  uri: string
  version: string
}

export interface OrukAttribute {
  id: string
  link_id: string
  link_type: string
  /** HSDS 3: which table link_id is in. */
  link_entity: string
  taxonomy_term_id: string
  taxonomy_term: OrukTaxonomyTerm
}

/** An organization's one-to-one fields (lists and nested in a service). */
export interface OrukOrganization {
  id: string
  name: string
  description: string
  email?: string
  website?: string
  uri?: string
}

export interface OrukPhone {
  id: string
  number: string
  description?: string
}

export interface OrukContact {
  id: string
  service_id: string
  name?: string
  title?: string
  email?: string
  phones: OrukPhone[]
}

export interface OrukLanguage {
  id: string
  service_id: string
  name: string
  /** ISO 639-1, or 639-3 where there is no two-letter code (bfi: British Sign Language). */
  code: string
}

export interface OrukCostOption {
  id: string
  service_id: string
  option: string
  amount?: number
  currency?: string
  amount_description?: string
}

export interface OrukAddress {
  id: string
  location_id: string
  address_1: string
  address_2?: string
  city: string
  state_province: string
  postal_code: string
  country: string
  address_type: 'physical'
}

export interface OrukAccessibility {
  id: string
  location_id: string
  description: string
  accessibility: string
  details?: string
}

/** A location's one-to-one fields (lists). */
export interface OrukLocationSummary {
  id: string
  location_type: 'physical'
  name: string
  description?: string
  latitude: number
  longitude: number
}

export interface OrukLocation extends OrukLocationSummary {
  addresses: OrukAddress[]
  accessibility: OrukAccessibility[]
}

export interface OrukSchedule {
  id: string
  service_id: string
  service_at_location_id: string
  valid_from: string
  valid_to?: string
  dtstart: string
  /** HSDS 3: the last date the rule may give, as RFC 5545's UNTIL. */
  until?: string
  freq: 'WEEKLY' | 'MONTHLY'
  interval: number
  byday: string
  /** HSDS 3: weeks start on Monday, as in the UK. */
  wkst: 'MO'
  description: string
  opens_at: string
  closes_at: string
  schedule_link?: string
  attending_type: string
  notes?: string
}

export interface OrukServiceAtLocationRef {
  id: string
  service_id: string
  location_id: string
  location: OrukLocation
}

/** A service's one-to-one fields, with its organization: the shape of list pages. */
export interface OrukServiceSummary {
  id: string
  /** Absent only when the provider is not published. */
  organization_id?: string
  name: string
  description: string
  url?: string
  email?: string
  status: 'active' | 'inactive' | 'defunct' | 'temporarily closed'
  minimum_age: number
  maximum_age?: number
  /** HSDS 3: who the service is for, to the month and from pregnancy, in words. */
  eligibility_description: string
  /** HSDS 3: how to use it: drop in, book (link, phone), referral. */
  application_process: string
  assured_date?: string
  alert?: string
  last_modified: string
  organization?: OrukOrganization
}

/** A fully nested service: GET /services/{id}. */
export interface OrukService extends OrukServiceSummary {
  schedules: OrukSchedule[]
  service_at_locations: OrukServiceAtLocationRef[]
  languages: OrukLanguage[]
  cost_options: OrukCostOption[]
  contacts: OrukContact[]
  /** HSDS 3: the service's own phone numbers (contact and booking). */
  phones: OrukPhone[]
  attributes: OrukAttribute[]
}

/** GET /service_at_locations/{id}: the service at one location, with the service nested (its schedules there). */
export interface OrukServiceAtLocation {
  id: string
  service_id: string
  location_id: string
  location: OrukLocation
  service: Omit<OrukService, 'service_at_locations'>
}

/** A list item of GET /service_at_locations. */
export interface OrukServiceAtLocationSummary {
  id: string
  service_id: string
  location_id: string
  location: OrukLocationSummary
  service: OrukServiceSummary
}

/** GET /organizations/{id}: the organization and (in list shape) the services it runs. */
export interface OrukOrganizationFull extends OrukOrganization {
  services: OrukServiceSummary[]
}

/** GET /taxonomies/{id}. */
export interface OrukTaxonomyFull extends OrukTaxonomy {
  taxonomy_terms: OrukTaxonomyTerm[]
}

/** The paged envelope of every list. */
export interface OrukPage<T> {
  total_items: number
  total_pages: number
  page_number: number
  size: number
  first_page: boolean
  last_page: boolean
  empty: boolean
  contents: T[]
}

/** GET /: what this API is. */
export interface OrukApiMeta {
  version: string
  profile: string
  openapi_url: string
}
