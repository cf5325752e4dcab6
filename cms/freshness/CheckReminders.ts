import type { CollectionConfig } from 'payload'
import { adminOnly } from '../access/adminOnly.ts'
import { nobody } from '../access/hubScoped.ts'

/**
 * Check reminders sent: one row per record and due date, so owners are emailed once when a
 * service or session timetable falls due, not every day. Kept apart from the record itself so
 * sending one never makes a new version or a site build.
 */
export const CheckReminders: CollectionConfig = {
  slug: 'check-reminders',
  labels: { singular: 'Check reminder', plural: 'Check reminders' },
  defaultSort: '-sentAt',
  admin: { group: 'Site', useAsTitle: 'title', defaultColumns: ['title', 'dueOn', 'sentAt', 'recipients'] },
  access: { read: adminOnly, create: nobody, update: nobody, delete: adminOnly },
  fields: [
    { name: 'title', type: 'text' },
    { name: 'targetCollection', type: 'text', required: true, index: true },
    { name: 'targetId', type: 'text', required: true, index: true },
    {
      name: 'dueOn',
      label: 'Due on',
      type: 'text',
      required: true,
      admin: { description: 'The check date the reminder was for (YYYY-MM-DD).' },
    },
    { name: 'sentAt', type: 'date', required: true },
    { name: 'recipients', type: 'text' },
  ],
}
