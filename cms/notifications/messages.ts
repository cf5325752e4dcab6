/**
 * What a notification says, in the words staff and partners read: one sentence naming the record
 * (also the email's subject), the details (the comment, the fields changed, what the parent
 * wrote, when, in London time), the admin pages to open, and why this person was told. Pure: the
 * hooks gather the names, cms/notifications/notify.ts stores one notification per person, and
 * notification-email.ts writes the email from it.
 */
import { londonDateTime } from '../../core/dates/london-format.ts'

export const notificationKindOptions = [
  { value: 'review-sent', label: 'Change sent for review' },
  { value: 'review-returned', label: 'Change returned with a comment' },
  { value: 'review-approved', label: 'Change approved and live' },
  { value: 'problem-reported', label: 'Problem reported' },
] as const
export type NotificationKind = (typeof notificationKindOptions)[number]['value']

type Id = number | string

/** A service or session, as a notification names it. */
export interface RecordRef {
  collection: 'services' | 'sessions'
  id: Id
  name: string
}

/** A page of the admin: `path` is under the admin route ("/collections/services/5"). */
export interface AdminLink {
  label: string
  path: string
}

export interface NotificationContent {
  kind: NotificationKind
  /** One sentence naming the record: the admin's line and the email's subject. */
  title: string
  /** Lines under it: the comment, the fields changed, when. */
  details: string
  /** The pages to open, the main one first. */
  links: AdminLink[]
  record: RecordRef
}

export type NotificationEvent =
  | {
      kind: 'review-sent'
      record: RecordRef
      requestId: Id
      /** Who sent it, and for whom. */
      by: string
      organisation?: string
      at: string
      /** "Summary, Cost" (or that nothing differs from the live version). */
      changedFields: string
      /** Sent again after it was returned. */
      again: boolean
    }
  | { kind: 'review-returned'; record: RecordRef; requestId: Id; by: string; at: string; comment: string }
  | {
      kind: 'review-approved'
      record: RecordRef
      requestId: Id
      by: string
      at: string
      changedFields: string
      /** Published from its editor rather than approved from the review. */
      fromEditor: boolean
      comment?: string
    }
  | {
      kind: 'problem-reported'
      record: RecordRef
      reportId: Id
      /** "The days or times are wrong". */
      topic: string
      details: string
      reporterName?: string
      reporterEmail?: string
      at: string
    }

const noun = (record: RecordRef): string => (record.collection === 'services' ? 'service' : 'session')

/** "the service “Infant Feeding Support”" */
export const recordPhrase = (record: RecordRef): string => `the ${noun(record)} “${record.name}”`

const recordLink = (record: RecordRef): AdminLink => ({
  label: `Open the ${noun(record)}`,
  path: `/collections/${record.collection}/${String(record.id)}`,
})

const when = (at: string): string => londonDateTime(at) ?? at

/** The notification's words for an event. */
export const notificationContent = (event: NotificationEvent): NotificationContent => {
  const { record } = event
  const what = recordPhrase(record)
  switch (event.kind) {
    case 'review-sent': {
      const from = event.organisation ? `${event.by} (${event.organisation})` : event.by
      return {
        kind: event.kind,
        record,
        title: `${from} sent a change to ${what} for review${event.again ? ' again' : ''}`,
        details: [
          `Fields changed: ${event.changedFields}.`,
          `Sent ${when(event.at)}. The live version stays as it is until you approve the change.`,
        ].join('\n'),
        links: [
          { label: 'Review the change', path: `/collections/review-requests/${String(event.requestId)}` },
          recordLink(record),
        ],
      }
    }
    case 'review-returned':
      return {
        kind: event.kind,
        record,
        title: `${event.by} returned your change to ${what} with a comment`,
        details: [
          `Comment: “${event.comment}”`,
          `Returned ${when(event.at)}. Change it and send it for review again; the live version stays as it is.`,
        ].join('\n'),
        links: [
          recordLink(record),
          { label: 'See the change and its history', path: `/collections/review-requests/${String(event.requestId)}` },
        ],
      }
    case 'review-approved':
      return {
        kind: event.kind,
        record,
        title: `${event.by} ${event.fromEditor ? 'published' : 'approved'} your change to ${what}: it is live`,
        details: [
          ...(event.changedFields ? [`Fields changed: ${event.changedFields}.`] : []),
          ...(event.comment && !event.fromEditor ? [`Comment: “${event.comment}”`] : []),
          `${event.fromEditor ? 'Published' : 'Approved'} ${when(event.at)}. Parents see it on the public site within a few minutes.`,
        ].join('\n'),
        links: [
          recordLink(record),
          { label: 'See the change and its history', path: `/collections/review-requests/${String(event.requestId)}` },
        ],
      }
    case 'problem-reported': {
      const reporter = [event.reporterName, event.reporterEmail ? `<${event.reporterEmail}>` : undefined]
        .filter(Boolean)
        .join(' ')
      return {
        kind: event.kind,
        record,
        title: `A problem was reported with ${what}: ${event.topic}`,
        details: [
          `What they said: “${event.details}”`,
          ...(reporter
            ? [`From: ${reporter}${event.reporterEmail ? ', who would like a reply' : ''}.`]
            : ['They left no name or email.']),
          `Reported ${when(event.at)}.`,
        ].join('\n'),
        links: [
          { label: 'Check the report', path: `/collections/problem-reports/${String(event.reportId)}` },
          recordLink(record),
        ],
      }
    }
  }
}
