import type { CollectionConfig } from 'payload'
import { adminOnly } from '../access/adminOnly.ts'
import { nobody } from '../access/hubScoped.ts'
import { canReadNotification } from './access.ts'
import { notificationEndpoints } from './endpoints.ts'
import { emailStatusOptions } from './email-status.ts'
import { notificationKindOptions } from './messages.ts'

/**
 * What someone should know: a partner's change sent for review (to the staff of its hubs), a
 * change returned, approved or published (to the partner), a problem report (to the staff of the
 * service's hubs). One row per person, written in the save's transaction by
 * cms/notifications/notify.ts; shown on the dashboard and by the bell until marked as read, and
 * emailed afterwards by cms/notifications/send-notification-emails.ts when SMTP is set up (the
 * email's fate is kept here, so a failed email is shown, never lost with the save).
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: { singular: 'Notification', plural: 'Notifications' },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'recipient', 'read', 'createdAt'],
    group: 'Work to do',
    description: 'What happened to your changes and your hubs’ services. The dashboard lists the unread ones.',
  },
  // Written by the server only; read by the person told (admins read all); marked read through the endpoints.
  access: { read: canReadNotification, create: nobody, update: nobody, delete: adminOnly },
  // POST :id/read, POST read-all.
  endpoints: notificationEndpoints,
  fields: [
    { name: 'title', type: 'text', required: true, admin: { readOnly: true } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: notificationKindOptions.map((o) => ({ label: o.label, value: o.value })),
      admin: { readOnly: true },
    },
    {
      name: 'recipient',
      label: 'For',
      type: 'relationship',
      relationTo: 'users',
      // Not required: deleting an account keeps the notifications about others' records, with no one to tell.
      index: true,
      admin: { readOnly: true },
    },
    { name: 'details', type: 'textarea', admin: { readOnly: true } },
    { name: 'why', label: 'Why you were told', type: 'text', admin: { readOnly: true } },
    {
      name: 'links',
      type: 'array',
      admin: { readOnly: true },
      fields: [
        { name: 'label', type: 'text', required: true },
        { name: 'path', type: 'text', required: true, admin: { description: 'Under the admin: /collections/…' } },
      ],
    },
    {
      name: 'recordCollection',
      label: 'Record type',
      type: 'select',
      options: [
        { label: 'Service', value: 'services' },
        { label: 'Session', value: 'sessions' },
      ],
      admin: { readOnly: true },
    },
    { name: 'recordId', label: 'Record id', type: 'text', admin: { readOnly: true } },
    {
      name: 'read',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'readAt',
      type: 'date',
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'email',
      type: 'group',
      admin: { readOnly: true, position: 'sidebar' },
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'pending',
          index: true,
          options: emailStatusOptions.map((o) => ({ label: o.label, value: o.value })),
        },
        { name: 'to', type: 'text' },
        { name: 'attempts', type: 'number', defaultValue: 0 },
        { name: 'nextAttemptAt', type: 'date', index: true, admin: { hidden: true } },
        { name: 'sentAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'error', label: 'Why it was not sent', type: 'textarea' },
      ],
    },
  ],
}
