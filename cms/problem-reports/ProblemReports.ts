import type { CollectionConfig } from 'payload'
import { adminOnly } from '../access/adminOnly.ts'
import { forMyHubs, nobody } from '../access/hubScoped.ts'
import { reportProblemEndpoint, reportProblemPreflightEndpoint } from './endpoint.ts'
import { selectOptions } from '../fields/options.ts'
import { recordProblemReportHandled } from './recordProblemReportHandled.ts'
import { notifyProblemReport } from '../notifications/hooks/notifyProblemReport.ts'
import { problemReportStatusOptions, problemTopicOptions } from '../../core/records/vocabulary.ts'

/**
 * "Report something wrong" from a service page: stored by the public report endpoint (never the
 * REST create), shown to the staff of the service's hubs as a task to check and close, and
 * notified to them.
 */
export const ProblemReports: CollectionConfig = {
  slug: 'problem-reports',
  labels: { singular: 'Problem report', plural: 'Problem reports' },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'topic', 'status', 'createdAt'],
    group: 'Work to do',
    description:
      'What parents told us is wrong on a service page. Check it, fix the service or session, and mark the report done.',
  },
  access: { read: forMyHubs(), create: nobody, update: forMyHubs(), delete: adminOnly },
  // POST /api/problem-reports/report (and its CORS preflight): the only way reports come in.
  endpoints: [reportProblemEndpoint, reportProblemPreflightEndpoint],
  // A new report: the staff of the service's hubs are notified (cms/notifications/).
  hooks: { beforeChange: [recordProblemReportHandled], afterChange: [notifyProblemReport] },
  fields: [
    { name: 'title', type: 'text', admin: { readOnly: true } },
    { name: 'service', type: 'relationship', relationTo: 'services', required: true, admin: { readOnly: true } },
    {
      name: 'hubs',
      type: 'relationship',
      relationTo: 'hubs',
      hasMany: true,
      admin: { readOnly: true, description: 'The service’s hubs: their staff see this report.' },
    },
    {
      name: 'topic',
      label: 'What is wrong',
      type: 'select',
      required: true,
      options: selectOptions(problemTopicOptions),
      admin: { readOnly: true },
    },
    { name: 'details', type: 'textarea', required: true, admin: { readOnly: true } },
    { name: 'reporterName', label: 'Name', type: 'text', admin: { readOnly: true } },
    {
      name: 'reporterEmail',
      label: 'Email',
      type: 'email',
      admin: { readOnly: true, description: 'Only if they want a reply.' },
    },
    { name: 'page', type: 'text', admin: { readOnly: true, description: 'The page they were on.' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: selectOptions(problemReportStatusOptions),
      admin: { position: 'sidebar' },
    },
    { name: 'staffNote', label: 'What we did', type: 'textarea', admin: { position: 'sidebar' } },
    { name: 'handledBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true, position: 'sidebar' } },
    { name: 'handledAt', type: 'date', admin: { readOnly: true, position: 'sidebar' } },
    // A keyed hash of the sender's address, for the rate limit; never the address itself.
    {
      name: 'senderKey',
      type: 'text',
      index: true,
      access: { read: () => false, update: () => false },
      admin: { hidden: true },
    },
  ],
}
