import type { CollectionConfig } from 'payload'
import { adminOnly } from '../../access/adminOnly.ts'
import { anyone } from '../../access/anyone.ts'
import { slugField } from '../../fields/slugField.ts'
import { validateWith } from '../../hooks/validateWith.ts'
import { categorySchema } from '../../../core/records/category.ts'

/** The two-level taxonomy services are filed under (after the DfE family hub service expectations). */
export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: 'Category', plural: 'Categories' },
  defaultSort: 'name',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'parent', 'slug'], group: 'Directory' },
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  hooks: { beforeChange: [validateWith(categorySchema)] },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('name'),
    { name: 'description', type: 'textarea' },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'categories',
      admin: { description: 'Leave empty for a top-level category.' },
      filterOptions: { parent: { exists: false } },
    },
  ],
}
