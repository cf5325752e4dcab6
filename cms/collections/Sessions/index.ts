import type { CollectionConfig } from 'payload'
import { publishedOrOwnOrganisation } from '../../access/publishedOrOwnOrganisation.ts'
import { councilStaff } from '../../access/councilStaff.ts'
import { hubIdsOf } from '../../access/roles.ts'
import { canCreateSession, canDeleteSession, canUpdateSession } from './access.ts'
import { staffOnlyField } from '../../access/staffOnlyField.ts'
import { markCheckedEndpoint } from '../../freshness/markChecked.ts'
import { sessionPreviewEndpoint } from './preview/endpoint.ts'
import { plainDateField } from '../../fields/plainDateField.ts'
import { selectOptions } from '../../fields/options.ts'
import { checkFields } from '../../freshness/checkFields.ts'
import { checkedOnFirstPublish } from '../../freshness/checkedOnFirstPublish.ts'
import { reviewStatusField } from '../../partner-review/reviewStatusField.ts'
import { slugField } from '../../fields/slugField.ts'
import { timeField } from '../../fields/timeField.ts'
import { deriveSessionFields } from './hooks/deriveSessionFields.ts'
import { partnerSavesDrafts } from '../../partner-review/hooks/partnerSavesDrafts.ts'
import { requestPartnerReview } from '../../partner-review/hooks/requestPartnerReview.ts'
import { validateWith } from '../../hooks/validateWith.ts'
import { sessionSchema } from '../../../core/records/session.ts'
import {
  exceptionKindOptions,
  frequencyOptions,
  termTimeOptions,
  weekdayOptions,
  weekOfMonthOptions,
} from '../../../core/records/vocabulary.ts'

/** A session series: a service at a venue on a timetable, with dated exceptions (Open Referral's schedule). */
export const Sessions: CollectionConfig = {
  slug: 'sessions',
  labels: { singular: 'Session', plural: 'Sessions' },
  defaultSort: 'title',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'hub', 'days', 'opensAt', '_status'],
    group: 'Timetables',
    // A partner's save is sent for review: the button says so, and who reviews it (cms/partner-review/).
    components: { edit: { SaveDraftButton: '/partner-review/components/SendForReview.tsx#SendForReviewButton' } },
    description: 'Each session series is one line of a hub timetable: what, where, when, and any one-off changes.',
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  access: {
    read: publishedOrOwnOrganisation,
    readVersions: councilStaff,
    create: canCreateSession,
    update: canUpdateSession,
    delete: canDeleteSession,
  },
  endpoints: [sessionPreviewEndpoint, markCheckedEndpoint('sessions')],
  hooks: {
    beforeOperation: [partnerSavesDrafts],
    beforeValidate: [deriveSessionFields],
    beforeChange: [checkedOnFirstPublish, validateWith(sessionSchema)],
    afterChange: [requestPartnerReview],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      admin: {
        description: 'Left empty, it is made from the service and venue, e.g. "Baby massage at Birchwood Family Hub".',
      },
    },
    slugField(
      null,
      'Used in the calendar file address. Left empty, it is made from the service, venue, days and time.',
    ),
    {
      type: 'row',
      fields: [
        {
          name: 'service',
          type: 'relationship',
          relationTo: 'services',
          required: true,
          admin: { description: 'What is on, e.g. Stay and Play.' },
        },
        {
          name: 'hub',
          type: 'relationship',
          relationTo: 'hubs',
          required: true,
          defaultValue: ({ user }) => hubIdsOf(user)[0],
          admin: { description: 'The hub whose timetable this is on.' },
        },
        {
          name: 'venue',
          type: 'relationship',
          relationTo: 'venues',
          required: true,
          admin: { description: 'Where it happens. Change one date’s venue under One-off changes.' },
        },
      ],
    },
    reviewStatusField,
    {
      name: 'provider',
      type: 'relationship',
      relationTo: 'organisations',
      admin: { readOnly: true, position: 'sidebar', description: 'The service’s provider, filled in on save.' },
    },
    {
      type: 'collapsible',
      label: 'When',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'freq',
              label: 'Repeats',
              type: 'select',
              required: true,
              defaultValue: 'weekly',
              options: selectOptions(frequencyOptions),
              admin: { description: 'Weekly, or monthly on set weeks such as the 2nd Tuesday.' },
            },
            {
              name: 'interval',
              label: 'Every',
              type: 'number',
              required: true,
              defaultValue: 1,
              min: 1,
              max: 12,
              admin: { description: '1 = every week (or month), 2 = fortnightly (or every other month).' },
            },
          ],
        },
        {
          name: 'days',
          type: 'select',
          hasMany: true,
          required: true,
          options: selectOptions(weekdayOptions),
          admin: { description: 'The days of the week it runs on.' },
        },
        {
          name: 'weeksOfMonth',
          label: 'Weeks of the month',
          type: 'select',
          hasMany: true,
          options: selectOptions(weekOfMonthOptions),
          admin: {
            condition: (data) => data?.freq === 'monthly',
            description: 'e.g. 2nd for the 2nd Tuesday, Last for the last Friday.',
          },
        },
        {
          type: 'row',
          fields: [
            plainDateField('firstDate', 'First date', {
              required: true,
              description: 'The first date it runs (or ran). The pattern counts from here.',
            }),
            plainDateField('lastDate', 'Last date', { description: 'Leave empty if it carries on.' }),
          ],
        },
        {
          type: 'row',
          fields: [
            timeField('opensAt', 'Starts', { required: true }),
            timeField('closesAt', 'Ends', { required: true }),
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'termTime',
              label: 'Runs',
              type: 'select',
              required: true,
              defaultValue: 'all-year',
              options: selectOptions(termTimeOptions),
              admin: {
                description:
                  'Term time only skips school holidays and half terms. The term dates are in Term dates and closures.',
              },
            },
            {
              name: 'runsOnBankHolidays',
              type: 'checkbox',
              defaultValue: false,
              admin: { description: 'Tick if it still runs on bank holidays.' },
            },
          ],
        },
      ],
    },
    {
      name: 'timetablePreview',
      type: 'ui',
      admin: { components: { Field: '/collections/Sessions/preview/SessionPreview.tsx#SessionPreview' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'capacity', type: 'number', min: 1, admin: { description: 'Places, if limited.' } },
        {
          name: 'bookingNotes',
          type: 'text',
          admin: {
            placeholder: 'Book through the hub reception',
            description: 'Shown to parents: how to book, or what to bring.',
          },
        },
      ],
    },
    {
      name: 'exceptions',
      label: 'One-off changes',
      type: 'array',
      labels: { singular: 'Change', plural: 'Changes' },
      admin: {
        description: 'Cancel a date (parents see the reason), change one date’s time or venue, or add an extra date.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            plainDateField('date', 'Date', {
              required: true,
              description: 'A date the session would run on; for an extra date, any other date.',
            }),
            {
              name: 'kind',
              label: 'Change',
              type: 'select',
              required: true,
              defaultValue: 'cancelled',
              options: selectOptions(exceptionKindOptions),
              admin: { description: 'Cancelled, changed time or venue, or an extra date.' },
            },
          ],
        },
        {
          name: 'reason',
          type: 'text',
          admin: { description: 'Shown to parents, e.g. "Hall in use as a polling station".' },
        },
        {
          type: 'row',
          admin: { condition: (_, sibling) => sibling?.kind !== 'cancelled' },
          fields: [
            timeField('opensAt', 'Starts'),
            timeField('closesAt', 'Ends'),
            { name: 'venue', type: 'relationship', relationTo: 'venues' },
          ],
        },
      ],
    },
    {
      name: 'internalNotes',
      type: 'textarea',
      access: { read: staffOnlyField },
      admin: { description: 'Staff only: never shown on the public site.' },
    },
    ...checkFields('timetable'),
  ],
}
