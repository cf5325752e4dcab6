import type { CollectionConfig } from 'payload'
import { adminOnly } from '../access/adminOnly.ts'
import { anyone } from '../access/anyone.ts'
import { calendarDateField } from '../fields/calendarDateField.ts'
import { selectOptions } from '../fields/options.ts'
import { validateWith } from '../hooks/validateWith.ts'
import { calendarEntrySchema } from '../../schemas/calendar-entry.ts'
import { calendarEntryTypeOptions } from '../../schemas/vocabulary.ts'

/** School terms, bank holidays and hub closures: the dates session timetables respect. */
export const CalendarEntries: CollectionConfig = {
  slug: 'calendar',
  labels: { singular: 'Calendar date', plural: 'Calendar' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'startDate', 'endDate'],
    group: 'Timetables',
    description: 'School terms, bank holidays and hub closure days. Term-time sessions run only in terms; closures and bank holidays skip sessions.',
  },
  defaultSort: 'startDate',
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  hooks: { beforeChange: [validateWith(calendarEntrySchema)] },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'type', type: 'select', required: true, options: selectOptions(calendarEntryTypeOptions) },
    {
      type: 'row',
      fields: [calendarDateField('startDate', 'Start date', { required: true }), calendarDateField('endDate', 'End date', { required: true })],
    },
    {
      name: 'hubs',
      type: 'relationship',
      relationTo: 'hubs',
      hasMany: true,
      admin: { condition: (data) => data?.type === 'closure', description: 'Closures only: the hubs that close. Leave empty for every hub.' },
    },
    { name: 'reason', type: 'text', admin: { condition: (data) => data?.type === 'closure', description: 'Shown to parents.' } },
  ],
}
