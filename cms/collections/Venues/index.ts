import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone.ts'
import { canChangeVenue, canCreateVenue } from './access.ts'
import { selectOptions } from '../../fields/options.ts'
import { slugField } from '../../fields/slugField.ts'
import { validateWith } from '../../hooks/validateWith.ts'
import { normalisePostcode } from '../../../core/records/fields.ts'
import { venueSchema } from '../../../core/records/venue.ts'
import { accessibilityOptions } from '../../../core/records/vocabulary.ts'

/** Places where sessions happen: hub buildings, libraries, halls (Open Referral's location). */
export const Venues: CollectionConfig = {
  slug: 'venues',
  labels: { singular: 'Venue', plural: 'Venues' },
  defaultSort: 'name',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'postcode', 'hub', 'updatedAt'], group: 'Directory' },
  access: { read: anyone, create: canCreateVenue, update: canChangeVenue, delete: canChangeVenue },
  hooks: { beforeChange: [validateWith(venueSchema)] },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('name'),
    {
      name: 'hub',
      type: 'relationship',
      relationTo: 'hubs',
      admin: {
        description: 'The hub this venue belongs to. Leave empty for a stand-alone venue such as a church hall.',
      },
    },
    {
      name: 'address',
      type: 'group',
      fields: [
        { name: 'line1', label: 'Address line 1', type: 'text', required: true },
        { name: 'line2', label: 'Address line 2', type: 'text' },
        { name: 'town', type: 'text', required: true },
      ],
    },
    {
      name: 'postcode',
      type: 'text',
      required: true,
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? normalisePostcode(value) : value)] },
    },
    {
      type: 'row',
      fields: [
        { name: 'latitude', type: 'number', required: true, admin: { step: 0.000001, description: 'e.g. 53.3900' } },
        {
          name: 'longitude',
          type: 'number',
          required: true,
          admin: { step: 0.000001, description: 'e.g. -2.5970 (west is negative)' },
        },
      ],
    },
    { name: 'accessibility', type: 'select', hasMany: true, options: selectOptions(accessibilityOptions) },
    { name: 'accessibilityNotes', type: 'textarea' },
    { name: 'directions', label: 'How to get there', type: 'textarea' },
  ],
}
