/**
 * Store a parent's "Report something wrong" as a task for the staff of the service's hubs.
 * Checks what they sent (core/records/problem-report.ts), refuses a filled honeypot, limits each sender
 * to RATE_LIMIT reports an hour, and finds the published service by its slug. The limit is counted
 * in the database, so it holds across CMS processes; the sender is kept only as a keyed hash.
 */
import { createHmac } from 'node:crypto'
import { ValidationError, type Payload } from 'payload'
import {
  parseProblemReport,
  problemReportTitle,
  type FieldError,
  type ProblemReportField,
} from '../../core/records/problem-report.ts'
import { londonTime } from '../../core/dates/london-format.ts'

export const RATE_LIMIT = 5
export const RATE_WINDOW_MS = 60 * 60 * 1000

/** An error about the report as a whole (the rate limit), not one of its fields. */
export interface FormError {
  field: 'form'
  message: string
}
export type ReportError = FieldError | FormError

export type SubmitProblemReportResult =
  | { ok: true; id: number | string; service: { name: string; slug: string } }
  | { ok: false; status: 400 | 404 | 429; errors: ReportError[] }

export interface SubmitOptions {
  /** Who sent it: their network address, or a fixed key when it is not known. */
  address: string
  now: Date
}

/** The sender's key: HMAC-SHA256 of the address with the Payload secret, so the address is never stored. */
export const senderKeyOf = (secret: string, address: string): string =>
  createHmac('sha256', secret).update(address).digest('hex')

/** Reports from this sender in the hour before `now`, and when the oldest of them leaves the window. */
const recentReports = async (payload: Payload, senderKey: string, now: Date) => {
  const found = await payload.find({
    collection: 'problem-reports',
    where: {
      and: [
        { senderKey: { equals: senderKey } },
        { createdAt: { greater_than: new Date(now.getTime() - RATE_WINDOW_MS).toISOString() } },
        { createdAt: { less_than_equal: now.toISOString() } },
      ],
    },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { createdAt: true },
  })
  const oldest = found.docs[0]?.createdAt
  return { count: found.totalDocs, freeAt: oldest ? new Date(new Date(oldest).getTime() + RATE_WINDOW_MS) : now }
}

const findPublishedService = async (payload: Payload, slug: string) => {
  const found = await payload.find({
    collection: 'services',
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    draft: false,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { name: true, slug: true, hubs: true },
  })
  return found.docs[0]
}

/** The report's stored field names, back to the form's. */
const formFieldOf: Record<string, ProblemReportField> = {
  reporterName: 'name',
  reporterEmail: 'email',
  details: 'details',
  topic: 'topic',
  page: 'page',
  service: 'service',
}

export const submitProblemReport = async (
  payload: Payload,
  input: unknown,
  { address, now }: SubmitOptions,
): Promise<SubmitProblemReportResult> => {
  const parsed = parseProblemReport(input)
  if (!parsed.ok) return { ok: false, status: 400, errors: parsed.errors }
  const report = parsed.value

  const senderKey = senderKeyOf(payload.secret, address)
  const recent = await recentReports(payload, senderKey, now)
  if (recent.count >= RATE_LIMIT)
    return {
      ok: false,
      status: 429,
      errors: [
        {
          field: 'form',
          message: `You have sent ${RATE_LIMIT} reports in the last hour, the most we take from one connection. Try again after ${londonTime(recent.freeAt) ?? ''}, or contact the service directly.`,
        },
      ],
    }

  const service = await findPublishedService(payload, report.service)
  if (!service)
    return {
      ok: false,
      status: 404,
      errors: [
        {
          field: 'service',
          message: `We could not find the service “${report.service}”: it may have been taken off the site. Go back to the service page and try again.`,
        },
      ],
    }

  try {
    const created = await payload.create({
      collection: 'problem-reports',
      overrideAccess: true,
      depth: 0,
      data: {
        title: problemReportTitle(service.name, report.topic),
        service: service.id,
        hubs: (service.hubs ?? []).map((h) => (typeof h === 'object' ? h.id : h)),
        topic: report.topic,
        details: report.details,
        reporterName: report.name,
        reporterEmail: report.email,
        page: report.page,
        status: 'open',
        senderKey,
        createdAt: now.toISOString(),
      },
    })
    return { ok: true, id: created.id, service: { name: service.name, slug: service.slug ?? report.service } }
  } catch (error) {
    // The collection's own field rules should never refuse what the schema passed; if one does,
    // it is still the sender's input, so answer with the field, not a server error.
    if (error instanceof ValidationError)
      return {
        ok: false,
        status: 400,
        errors: error.data.errors.map((e) => ({ field: formFieldOf[e.path] ?? 'details', message: e.message })),
      }
    throw error
  }
}
