import type { CollectionConfig } from 'payload'
import { adminOnly } from '../../access/adminOnly.ts'
import { anyone } from '../../access/anyone.ts'
import { plainDateField } from '../../fields/plainDateField.ts'
import { selectOptions } from '../../fields/options.ts'
import { validateWith } from '../../hooks/validateWith.ts'
import { termDateSchema } from '../../../core/records/term-date.ts'
import { termDateTypeOptions } from '../../../core/records/vocabulary.ts'

/** Term dates: school terms, bank holidays and hub closures, the dates session timetables respect. */
export const TermDates: CollectionConfig = {
  slug: 'term-dates',
  labels: { singular: 'Term date or closure', plural: 'Term dates and closures' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'startDate', 'endDate'],
    group: 'Timetables',
    description:
      'School terms, bank holidays and hub closure days. Term-time sessions run only in terms; closures and bank holidays skip sessions.',
  },
  defaultSort: 'startDate',
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  hooks: { beforeChange: [validateWith(termDateSchema)] },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'type', type: 'select', required: true, options: selectOptions(termDateTypeOptions) },
    {
      type: 'row',
      fields: [
        plainDateField('startDate', 'Start date', { required: true }),
        plainDateField('endDate', 'End date', { required: true }),
      ],
    },
    {
      name: 'hubs',
      type: 'relationship',
      relationTo: 'hubs',
      hasMany: true,
      admin: {
        condition: (data) => data?.type === 'closure',
        description: 'Closures only: the hubs that close. Leave empty for every hub.',
      },
    },
    {
      name: 'reason',
      type: 'text',
      admin: { condition: (data) => data?.type === 'closure', description: 'Shown to parents.' },
    },
  ],
}
