import type { CollectionConfig } from 'payload'
import { adminOnly } from '../../access/adminOnly.ts'
import { anyone } from '../../access/anyone.ts'
import { slugField } from '../../fields/slugField.ts'
import { selectOptions } from '../../fields/options.ts'
import { validateWith } from '../../hooks/validateWith.ts'
import { organisationSchema } from '../../../core/records/organisation.ts'
import { organisationTypeOptions } from '../../../core/records/vocabulary.ts'

/** Providers and partners: the council, NHS trusts, the library service, charities. */
export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: { singular: 'Organisation', plural: 'Organisations' },
  defaultSort: 'name',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'type', 'phone', 'updatedAt'], group: 'Directory' },
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  hooks: { beforeChange: [validateWith(organisationSchema)] },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('name'),
    { name: 'type', type: 'select', required: true, options: selectOptions(organisationTypeOptions) },
    { name: 'description', type: 'textarea' },
    {
      type: 'row',
      fields: [
        { name: 'website', type: 'text', admin: { placeholder: 'https://www.example.org' } },
        { name: 'email', type: 'email' },
        { name: 'phone', type: 'text', admin: { placeholder: '01632 960000' } },
      ],
    },
    { name: 'logo', type: 'upload', relationTo: 'media' },
  ],
}
