/**
 * A parent's problem report arrived: the staff of the service's hubs are told (the admins when
 * none of its hubs has staff), in the report's own transaction.
 */
import type { CollectionAfterChangeHook } from 'payload'
import { idOf } from '../../access/roles.ts'
import { labelOf, problemTopicOptions, type Option } from '../../../core/records/vocabulary.ts'
import { hubStaffOrAdmins } from '../recipients.ts'
import { loadUsers, namesOf, notify } from '../notify.ts'

interface ReportDoc {
  id: number | string
  service: unknown
  hubs?: unknown[] | null
  topic: string
  details: string
  reporterName?: string | null
  reporterEmail?: string | null
  createdAt: string
}

export const notifyProblemReport: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const report = doc as ReportDoc
  const serviceId = idOf(report.service as never)
  if (serviceId === undefined) return doc
  const service = await req.payload.findByID({
    collection: 'services',
    id: serviceId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
    select: { name: true },
  })
  const [users, hubs] = await Promise.all([loadUsers(req), namesOf(req, 'hubs', report.hubs ?? [])])
  await notify(
    req,
    {
      kind: 'problem-reported',
      record: { collection: 'services', id: serviceId, name: service?.name ?? `Service ${String(serviceId)}` },
      reportId: report.id,
      topic: labelOf(problemTopicOptions as readonly Option[], report.topic),
      details: report.details,
      reporterName: report.reporterName ?? undefined,
      reporterEmail: report.reporterEmail ?? undefined,
      at: report.createdAt,
    },
    hubStaffOrAdmins(hubs, users, { noun: 'service' }),
  )
  return doc
}
