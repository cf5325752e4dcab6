/**
 * The editor's sidebar note of where a service or session is in partner review ("Waiting for
 * review since …", "Returned by … on …: comment", "Approved by … on …"). Shows nothing for a
 * record no partner has changed.
 */
import type { UIField } from 'payload'

export const reviewStatusField: UIField = {
  name: 'reviewStatus',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/partner-review/components/ReviewStatus.tsx#ReviewStatus' } },
}
