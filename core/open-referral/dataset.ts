/**
 * Everything a published directory says in Open Referral UK terms, from one snapshot: the API's
 * description, the categories taxonomy and its terms, the organizations and the fully nested
 * services, each list in a stable order (by name, then id). The static export writes it out and
 * the live API answers from it, so the two cannot disagree.
 */
import type { Snapshot } from '../records/snapshot.ts'
import { mappingContextOf, type MappingOptions } from './context.ts'
import { mapOrganization } from './organization.ts'
import { mapService } from './service.ts'
import { categoriesTaxonomy, mapTaxonomyTerm } from './taxonomy.ts'
import type { OrukApiMeta, OrukOrganization, OrukService, OrukTaxonomyFull, OrukTaxonomyTerm } from './types.ts'

export const OPEN_REFERRAL_VERSION = 'HSDS-UK-3.0'
export const OPEN_REFERRAL_PROFILE = 'https://github.com/OpenReferralUK/uk-profile'
export const OPEN_REFERRAL_OPENAPI =
  'https://raw.githubusercontent.com/OpenReferralUK/uk-profile/main/schema/openapi.json'

export interface OpenReferralDataset {
  meta: OrukApiMeta
  /** When the data was read from the CMS. */
  publishedAt: string
  taxonomies: OrukTaxonomyFull[]
  taxonomyTerms: OrukTaxonomyTerm[]
  organizations: OrukOrganization[]
  services: OrukService[]
}

const byName = <T extends { name: string; id: string }>(a: T, b: T): number =>
  a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id)

export const openReferralDataset = (snapshot: Snapshot, options: MappingOptions): OpenReferralDataset => {
  const context = mappingContextOf(snapshot, options)
  const terms = snapshot.categories.map((c) => mapTaxonomyTerm(c, context)).sort(byName)
  return {
    meta: { version: OPEN_REFERRAL_VERSION, profile: OPEN_REFERRAL_PROFILE, openapi_url: OPEN_REFERRAL_OPENAPI },
    publishedAt: context.publishedAt,
    taxonomies: [{ ...categoriesTaxonomy(context), taxonomy_terms: terms }],
    taxonomyTerms: terms,
    organizations: snapshot.organisations.map(mapOrganization).sort(byName),
    services: snapshot.services.map((s) => mapService(s, context)).sort(byName),
  }
}

/** The bulk download, /open-data/open-referral-uk.json: the whole dataset in one file. */
export interface OpenReferralDatasetFile {
  format: 'family-hub-directory/open-referral-uk'
  version: string
  profile: string
  openapi_url: string
  /** The licence of the data: the Open Government Licence v3.0. */
  licence: string
  published_at: string
  taxonomies: OrukTaxonomyFull[]
  organizations: OrukOrganization[]
  services: OrukService[]
}

export const OPEN_GOVERNMENT_LICENCE = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/'

export const datasetFileOf = (dataset: OpenReferralDataset): OpenReferralDatasetFile => ({
  format: 'family-hub-directory/open-referral-uk',
  version: dataset.meta.version,
  profile: dataset.meta.profile,
  openapi_url: dataset.meta.openapi_url,
  licence: OPEN_GOVERNMENT_LICENCE,
  published_at: dataset.publishedAt,
  taxonomies: dataset.taxonomies,
  organizations: dataset.organizations,
  services: dataset.services,
})

/** The dataset back from its bulk file (the live API reads the live build's); throws when the file is not one. */
export const datasetOfFile = (file: unknown): OpenReferralDataset => {
  const f = file as Partial<OpenReferralDatasetFile> | null
  if (
    !f ||
    f.format !== 'family-hub-directory/open-referral-uk' ||
    !Array.isArray(f.services) ||
    !Array.isArray(f.organizations) ||
    !Array.isArray(f.taxonomies)
  )
    throw new Error(
      'This is not an Open Referral UK dataset file of this directory: "format" must be "family-hub-directory/open-referral-uk", with lists of services, organizations and taxonomies.',
    )
  return {
    meta: {
      version: f.version ?? OPEN_REFERRAL_VERSION,
      profile: f.profile ?? OPEN_REFERRAL_PROFILE,
      openapi_url: f.openapi_url ?? OPEN_REFERRAL_OPENAPI,
    },
    publishedAt: f.published_at ?? '',
    taxonomies: f.taxonomies,
    taxonomyTerms: f.taxonomies.flatMap((t) => t.taxonomy_terms),
    organizations: f.organizations,
    services: f.services,
  }
}
