import type { CollectionConfig } from 'payload'
import { adminOnly } from '../../access/adminOnly.ts'
import { anyone } from '../../access/anyone.ts'
import { canUpdateHub } from './access.ts'
import { staffOnlyField } from '../../access/staffOnlyField.ts'
import { selectOptions } from '../../fields/options.ts'
import { slugField } from '../../fields/slugField.ts'
import { timeField } from '../../fields/timeField.ts'
import { validateWith } from '../../hooks/validateWith.ts'
import { hubSchema } from '../../../core/records/hub.ts'
import { facilityOptions, hubTypeOptions, weekdayOptions } from '../../../core/records/vocabulary.ts'

/** Family hubs, child and family centres, zones and outreach points: "my hub" to a family. */
export const Hubs: CollectionConfig = {
  slug: 'hubs',
  labels: { singular: 'Hub', plural: 'Hubs' },
  defaultSort: 'name',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'type', 'locality', 'updatedAt'], group: 'Directory' },
  access: { read: anyone, create: adminOnly, update: canUpdateHub, delete: adminOnly },
  hooks: { beforeChange: [validateWith(hubSchema)] },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('name'),
    {
      type: 'row',
      fields: [
        { name: 'type', type: 'select', required: true, options: selectOptions(hubTypeOptions) },
        { name: 'locality', type: 'text', required: true, admin: { description: 'District or locality, e.g. East' } },
      ],
    },
    { name: 'description', type: 'textarea' },
    {
      name: 'mainVenue',
      type: 'relationship',
      relationTo: 'venues',
      admin: { description: 'The building the hub is based in.' },
    },
    {
      name: 'openingHours',
      type: 'array',
      labels: { singular: 'Opening hours', plural: 'Opening hours' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'day', type: 'select', required: true, options: selectOptions(weekdayOptions) },
            timeField('opensAt', 'Opens', { required: true }),
            timeField('closesAt', 'Closes', { required: true }),
          ],
        },
        { name: 'note', type: 'text', admin: { placeholder: 'e.g. Reception closed 12:30-13:30' } },
      ],
    },
    { name: 'facilities', type: 'select', hasMany: true, options: selectOptions(facilityOptions) },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', admin: { placeholder: '01632 960000' } },
        { name: 'email', type: 'email' },
      ],
    },
    {
      type: 'collapsible',
      label: 'Staff only',
      admin: { description: 'Never shown on the public site.' },
      fields: [
        { name: 'internalNotes', type: 'textarea', access: { read: staffOnlyField } },
        {
          name: 'staffContact',
          type: 'group',
          access: { read: staffOnlyField },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'name', type: 'text' },
                { name: 'phone', type: 'text' },
                { name: 'email', type: 'email' },
              ],
            },
          ],
        },
      ],
    },
  ],
}
