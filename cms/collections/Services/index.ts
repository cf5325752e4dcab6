import type { CollectionConfig } from 'payload'
import { councilStaff } from '../../access/councilStaff.ts'
import { publishedOrOwnOrganisation } from '../../access/publishedOrOwnOrganisation.ts'
import { hubIdsOf, isHubStaffUser, organisationIdOf } from '../../access/roles.ts'
import { canCreateService, canDeleteService, canUpdateService } from './access.ts'
import { staffOnlyField } from '../../access/staffOnlyField.ts'
import { markCheckedEndpoint } from '../../freshness/markChecked.ts'
import { selectOptions } from '../../fields/options.ts'
import { checkFields } from '../../freshness/checkFields.ts'
import { checkedOnFirstPublish } from '../../freshness/checkedOnFirstPublish.ts'
import { reviewStatusField } from '../../partner-review/reviewStatusField.ts'
import { slugField } from '../../fields/slugField.ts'
import { partnerSavesDrafts } from '../../partner-review/hooks/partnerSavesDrafts.ts'
import { requestPartnerReview } from '../../partner-review/hooks/requestPartnerReview.ts'
import { syncSessionProviders } from './hooks/syncSessionProviders.ts'
import { validateWith } from '../../hooks/validateWith.ts'
import { serviceSchema } from '../../../core/records/service.ts'
import {
  accessMethodOptions,
  ageUnitOptions,
  languageOptions,
  serviceStatusOptions,
} from '../../../core/records/vocabulary.ts'

const ageFields = (name: 'min' | 'max', label: string) => ({
  name,
  label,
  type: 'group' as const,
  fields: [
    {
      type: 'row' as const,
      fields: [
        { name: 'value', label: 'Age', type: 'number' as const, min: 0, admin: { width: '50%' } },
        {
          name: 'unit',
          type: 'select' as const,
          defaultValue: 'months',
          options: selectOptions(ageUnitOptions),
          admin: { width: '50%' },
        },
      ],
    },
  ],
})

/** What is offered: a service run by a provider at one or more hubs, with who it is for and how to use it. */
export const Services: CollectionConfig = {
  slug: 'services',
  labels: { singular: 'Service', plural: 'Services' },
  defaultSort: 'name',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'provider', 'status', '_status', 'lastChecked'],
    group: 'Directory',
    // A partner's save is sent for review: the button says so, and who reviews it (cms/partner-review/).
    components: { edit: { SaveDraftButton: '/partner-review/components/SendForReview.tsx#SendForReviewButton' } },
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  access: {
    read: publishedOrOwnOrganisation,
    readVersions: councilStaff,
    create: canCreateService,
    update: canUpdateService,
    delete: canDeleteService,
  },
  endpoints: [markCheckedEndpoint('services')],
  hooks: {
    beforeOperation: [partnerSavesDrafts],
    beforeChange: [checkedOnFirstPublish, validateWith(serviceSchema)],
    afterChange: [requestPartnerReview, syncSessionProviders],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('name'),
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      admin: { description: 'One sentence parents see in lists and search results.' },
    },
    {
      name: 'description',
      type: 'textarea',
      admin: { description: 'What happens, what to bring, who runs it. Separate paragraphs with a blank line.' },
    },
    {
      name: 'provider',
      type: 'relationship',
      relationTo: 'organisations',
      required: true,
      defaultValue: ({ user }) => organisationIdOf(user),
    },
    {
      name: 'categories',
      type: 'relationship',
      relationTo: 'categories',
      hasMany: true,
      filterOptions: { parent: { exists: true } },
    },
    {
      name: 'hubs',
      type: 'relationship',
      relationTo: 'hubs',
      hasMany: true,
      admin: { description: 'The hubs that offer this service.' },
      defaultValue: ({ user }) => (isHubStaffUser(user) ? hubIdsOf(user) : undefined),
    },
    {
      name: 'ageRange',
      label: 'Who it is for',
      type: 'group',
      admin: {
        description:
          'Leave empty for all ages. For pregnancy, give the week it starts from (1 for any stage); for pregnancy only, set the oldest age to 0.',
      },
      fields: [
        { name: 'fromWeekOfPregnancy', label: 'From week of pregnancy', type: 'number', min: 1, max: 42 },
        ageFields('min', 'Youngest age'),
        ageFields('max', 'Oldest age'),
      ],
    },
    {
      name: 'cost',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'free', type: 'checkbox', defaultValue: true },
            {
              name: 'amount',
              label: 'Amount (£)',
              type: 'number',
              min: 0,
              admin: { condition: (_, sibling) => !sibling?.free },
            },
          ],
        },
        { name: 'details', type: 'text', admin: { placeholder: '£2 per family, first session free' } },
      ],
    },
    {
      name: 'access',
      label: 'How to access',
      type: 'group',
      fields: [
        { name: 'methods', type: 'select', hasMany: true, options: selectOptions(accessMethodOptions) },
        {
          type: 'row',
          fields: [
            { name: 'bookingUrl', label: 'Booking link', type: 'text' },
            { name: 'bookingPhone', label: 'Booking phone', type: 'text' },
          ],
        },
        {
          name: 'referralDetails',
          type: 'textarea',
          admin: { placeholder: 'Ask your health visitor or midwife to refer you.' },
        },
      ],
    },
    { name: 'languages', type: 'select', hasMany: true, options: selectOptions(languageOptions), defaultValue: ['en'] },
    {
      name: 'contact',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text' },
            { name: 'phone', type: 'text' },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'email', type: 'email' },
            { name: 'website', type: 'text' },
          ],
        },
      ],
    },
    reviewStatusField,
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      options: selectOptions(serviceStatusOptions),
      admin: { position: 'sidebar' },
    },
    ...checkFields('service'),
    {
      name: 'internalNotes',
      type: 'textarea',
      access: { read: staffOnlyField },
      admin: { description: 'Staff only: never shown on the public site.' },
    },
  ],
}
