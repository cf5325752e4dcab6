import type { CollectionConfig } from 'payload'
import { adminOnly } from '../access/adminOnly.ts'
import { nobody } from '../access/hubScoped.ts'
import { canReadReviewRequest } from './access.ts'
import { reviewRequestEndpoints } from './endpoints.ts'
import { selectOptions } from '../fields/options.ts'
import { reviewDecisionOptions, reviewStatusOptions } from '../../core/records/vocabulary.ts'

/**
 * A partner's change waiting for hub staff: one row per service or session a partner has saved
 * since it was last published. Hub staff of a hub where it runs (and admins) approve it, which
 * publishes the partner's version, or return it with a comment the partner reads. Every step is
 * kept in `decisions` (who, when, what). Written through the review endpoints only.
 */
export const ReviewRequests: CollectionConfig = {
  slug: 'review-requests',
  labels: { singular: 'Change to review', plural: 'Waiting for review' },
  defaultSort: '-submittedAt',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'targetCollection', 'organisation', 'status', 'submittedAt'],
    group: 'Work to do',
    description: 'Partners’ changes to services and sessions. Approve to publish them, or return them with a comment.',
  },
  access: { read: canReadReviewRequest, create: nobody, update: nobody, delete: adminOnly },
  // GET :id/differences, POST :id/approve, POST :id/return, GET of/:target/:targetId.
  endpoints: reviewRequestEndpoints,
  fields: [
    { name: 'title', type: 'text', required: true, admin: { readOnly: true } },
    {
      name: 'review',
      type: 'ui',
      admin: { components: { Field: '/partner-review/components/ReviewDecision.tsx#ReviewDecision' } },
    },
    {
      name: 'targetCollection',
      label: 'Type',
      type: 'select',
      required: true,
      options: [
        { label: 'Service', value: 'services' },
        { label: 'Session', value: 'sessions' },
      ],
      admin: { readOnly: true },
    },
    { name: 'targetId', label: 'Record id', type: 'text', required: true, index: true, admin: { readOnly: true } },
    { name: 'organisation', type: 'relationship', relationTo: 'organisations', admin: { readOnly: true } },
    {
      name: 'hubs',
      type: 'relationship',
      relationTo: 'hubs',
      hasMany: true,
      admin: { readOnly: true, description: 'Hub staff of these hubs review it.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'waiting',
      index: true,
      options: selectOptions(reviewStatusOptions),
      admin: { readOnly: true },
    },
    { name: 'submittedBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    { name: 'submittedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'comment',
      label: 'Comment for the partner',
      type: 'textarea',
      admin: { readOnly: true, description: 'Why it was returned, from the last reviewer.' },
    },
    {
      name: 'decisions',
      label: 'History',
      type: 'array',
      admin: { readOnly: true },
      fields: [
        { name: 'decision', type: 'select', required: true, options: selectOptions(reviewDecisionOptions) },
        { name: 'by', type: 'relationship', relationTo: 'users' },
        { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'comment', type: 'textarea' },
        { name: 'changedFields', label: 'Fields changed', type: 'text' },
      ],
    },
  ],
}
