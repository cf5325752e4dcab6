/** Our organisations (providers and partners) as Open Referral organizations. */
import type { PublishedOrganisation } from '../records/snapshot.ts'
import { labelOf, organisationTypeOptions } from '../records/vocabulary.ts'
import { openReferralId } from './ids.ts'
import type { OrukOrganization } from './types.ts'

/** The standard requires a description: an organisation without one is described by its type. */
export const mapOrganization = (organisation: PublishedOrganisation): OrukOrganization => ({
  id: openReferralId('organizations', organisation.id),
  name: organisation.name,
  description:
    organisation.description ?? `${organisation.name}: ${labelOf(organisationTypeOptions, organisation.type)}.`,
  ...(organisation.email ? { email: organisation.email } : {}),
  ...(organisation.website ? { website: organisation.website, uri: organisation.website } : {}),
})
