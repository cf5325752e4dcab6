import type { CollectionConfig } from 'payload'
import { adminOnly } from '../access/adminOnly.ts'
import { councilStaff } from '../access/councilStaff.ts'
import { nobody } from '../access/hubScoped.ts'
import { siteEndpoints } from './endpoints.ts'
import { siteBuildStatuses } from './build-status.ts'

/**
 * One row per public-site build, queued by a change to published content or "Publish now".
 * The publisher (app/publishing/publisher.ts) claims the queued row, builds into a fresh folder and swaps it
 * in; the row keeps what happened: when, how long, and for a failure the cause and the record.
 * Written by the publisher only; staff read it in the admin's Site panel.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: { singular: 'Site build', plural: 'Site builds' },
  defaultSort: '-requestedAt',
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'status', 'requestedAt', 'durationSeconds'],
    group: 'Site',
    description:
      'Each publish of the public site. Changes are published within seconds; a build that fails leaves the last good site live.',
  },
  access: { read: councilStaff, create: nobody, update: nobody, delete: adminOnly },
  endpoints: siteEndpoints,
  fields: [
    { name: 'summary', type: 'text', admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: siteBuildStatuses.map((s) => ({ label: s.label, value: s.value })),
      admin: { readOnly: true },
    },
    {
      name: 'requestedAt',
      type: 'date',
      required: true,
      index: true,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'runAfter',
      type: 'date',
      required: true,
      admin: {
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        description: 'The build waits this long after the last change, so a burst of edits makes one build.',
      },
    },
    { name: 'requestedBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    { name: 'changes', type: 'textarea', admin: { readOnly: true, description: 'What changed, one line per change.' } },
    { name: 'startedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationSeconds', label: 'Duration (s)', type: 'number', admin: { readOnly: true } },
    { name: 'heartbeatAt', type: 'date', admin: { readOnly: true, hidden: true } },
    { name: 'worker', type: 'text', admin: { readOnly: true, description: 'The process that ran it.' } },
    { name: 'folder', type: 'text', admin: { readOnly: true } },
    { name: 'pages', type: 'number', admin: { readOnly: true } },
    { name: 'error', type: 'textarea', admin: { readOnly: true } },
    {
      name: 'offendingRecord',
      label: 'Record to fix',
      type: 'group',
      admin: { readOnly: true },
      fields: [
        { name: 'collection', type: 'text' },
        { name: 'recordId', type: 'text' },
        { name: 'name', type: 'text' },
        { name: 'field', type: 'text' },
        { name: 'message', type: 'textarea' },
      ],
    },
  ],
}
