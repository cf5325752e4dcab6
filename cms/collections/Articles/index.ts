import type { CollectionConfig } from 'payload'
import { adminOnly } from '../../access/adminOnly.ts'
import { councilStaff } from '../../access/councilStaff.ts'
import { publishedOrStaff } from '../../access/publishedOrStaff.ts'
import { plainDateField } from '../../fields/plainDateField.ts'
import { selectOptions } from '../../fields/options.ts'
import { slugField } from '../../fields/slugField.ts'
import { validateWith } from '../../hooks/validateWith.ts'
import { articleSchema } from '../../../core/records/article.ts'
import { articleTopicOptions, lifeStageOptions } from '../../../core/records/vocabulary.ts'

/** Advice for families, written and reviewed by the council. */
export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: 'Advice article', plural: 'Advice articles' },
  defaultSort: 'title',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'topics', '_status', 'lastChecked'], group: 'Advice' },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  access: {
    read: publishedOrStaff,
    readVersions: councilStaff,
    create: adminOnly,
    update: adminOnly,
    delete: adminOnly,
  },
  hooks: { beforeChange: [validateWith(articleSchema)] },
  fields: [
    { name: 'title', type: 'text', required: true },
    slugField('title'),
    { name: 'summary', type: 'textarea', required: true },
    { name: 'body', type: 'richText' },
    {
      type: 'row',
      fields: [
        { name: 'topics', type: 'select', hasMany: true, options: selectOptions(articleTopicOptions) },
        {
          name: 'lifeStages',
          label: 'Life stages',
          type: 'select',
          hasMany: true,
          options: selectOptions(lifeStageOptions),
        },
      ],
    },
    { name: 'relatedServices', type: 'relationship', relationTo: 'services', hasMany: true },
    plainDateField('lastChecked', 'Last checked'),
  ],
}
