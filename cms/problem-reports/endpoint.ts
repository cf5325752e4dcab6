/**
 * POST /api/problem-reports/report: "Report something wrong" from a page of the public site.
 * Anyone may post, as JSON (the page's script: JSON back) or as a plain form
 * (application/x-www-form-urlencoded, without JavaScript: a small page back, the confirmation or
 * the form again with its errors and what was typed). The public site is on another origin, so
 * this endpoint answers CORS itself, for the site's origin (SITE_URL) only and without cookies:
 * the rest of the API stays closed to other origins. OPTIONS answers the browser's preflight.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { slugPattern } from '../../core/records/fields.ts'
import { problemReportWording as words } from '../../core/records/problem-report.ts'
import { confirmationPage, formPage, type TypedValues } from './report-page.ts'
import { submitProblemReport, type ReportError } from './submit-problem-report.ts'

/** More than any honest report (2,000 characters of details and a few short fields) needs. */
const MAX_BODY_BYTES = 64 * 1024
/** The key for senders whose address is not known: they share one limit. */
export const UNKNOWN_SENDER = 'unknown-sender'

/**
 * The sender's address: the first entry of X-Forwarded-For. `next start` sets that header to the
 * connection's address when the request has none (Next 16, base-server.js: `??=`), and a reverse
 * proxy in front puts the client's address first.
 */
export const senderAddress = (headers: Headers): string =>
  headers.get('x-forwarded-for')?.split(',')[0]?.trim() || UNKNOWN_SENDER

/** The public site's address, for links back and for CORS. */
export const publicSiteUrl = (env: Record<string, string | undefined> = process.env): string =>
  (env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '')

const siteOrigin = (): string | undefined => {
  try {
    return new URL(publicSiteUrl()).origin
  } catch {
    return undefined
  }
}

/** CORS for the public site's origin only; no credentials, so a signed-in staff member's cookie is never used. */
const corsHeaders = (req: PayloadRequest): Record<string, string> => {
  const origin = req.headers.get('origin')
  return origin && origin === siteOrigin()
    ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' }
    : { Vary: 'Origin' }
}

type Body =
  { form: boolean; input: Record<string, unknown> } | { form: boolean; status: 400 | 413 | 415; error: ReportError }

const readBody = async (req: PayloadRequest): Promise<Body> => {
  const type = (req.headers.get('content-type') ?? '').toLowerCase()
  const form = type.startsWith('application/x-www-form-urlencoded')
  if (!form && !type.startsWith('application/json'))
    return {
      form,
      status: 415,
      error: {
        field: 'form',
        message:
          'Send the report as JSON (Content-Type: application/json) or as a form (application/x-www-form-urlencoded).',
      },
    }
  const tooLong = {
    form,
    status: 413,
    error: {
      field: 'details',
      message: `The report is too long to send. ${words.detailsLabel} in ${(2000).toLocaleString('en-GB')} characters or fewer.`,
    },
  } as const
  if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return tooLong
  const text = (await req.text?.()) ?? ''
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return tooLong
  if (form) return { form, input: Object.fromEntries(new URLSearchParams(text)) }
  try {
    const json: unknown = JSON.parse(text)
    if (typeof json === 'object' && json !== null && !Array.isArray(json))
      return { form, input: json as Record<string, unknown> }
  } catch {
    // answered below
  }
  return {
    form,
    status: 400,
    error: {
      field: 'form',
      message: 'The report could not be read: send it as a JSON object with topic, details and service.',
    },
  }
}

/** What the parent typed, as text, to fill the form in again. */
const typedValues = (input: Record<string, unknown>): TypedValues => {
  const values: TypedValues = {}
  for (const key of ['service', 'topic', 'details', 'name', 'email', 'page'] as const) {
    const value = input[key]
    if (typeof value === 'string') values[key] = value
  }
  return values
}

const servicePageUrl = (slug: string | undefined): string =>
  slug && slugPattern.test(slug) ? `${publicSiteUrl()}/services/${slug}/` : `${publicSiteUrl()}/`

const html = (status: number, body: string, headers: Record<string, string>) =>
  new Response(body, {
    status,
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  })

const json = (status: number, body: unknown, headers: Record<string, string>) =>
  Response.json(body, { status, headers: { ...headers, 'Cache-Control': 'no-store' } })

export const reportProblem = async (req: PayloadRequest): Promise<Response> => {
  const cors = corsHeaders(req)
  const body = await readBody(req)
  const values = 'input' in body ? typedValues(body.input) : {}
  const refuse = (status: number, errors: ReportError[]) =>
    body.form
      ? html(
          status,
          formPage({
            values,
            errors,
            action: new URL(req.url ?? '/api/problem-reports/report', 'http://localhost').pathname,
            backUrl: servicePageUrl(values.service),
            siteUrl: publicSiteUrl(),
          }),
          cors,
        )
      : json(status, { ok: false, errors }, cors)
  if (!('input' in body)) return refuse(body.status, [body.error])

  const result = await submitProblemReport(req.payload, body.input, {
    address: senderAddress(req.headers),
    now: new Date(),
  })
  if (!result.ok) return refuse(result.status, result.errors)

  const message = words.thanks(result.service.name)
  if (body.form)
    return html(
      201,
      confirmationPage({
        serviceName: result.service.name,
        serviceUrl: servicePageUrl(result.service.slug),
        siteUrl: publicSiteUrl(),
      }),
      cors,
    )
  return json(201, { ok: true, id: result.id, message }, cors)
}

/** The browser's preflight before the page's script posts JSON from the site's origin. */
export const reportProblemPreflight = (req: PayloadRequest): Response =>
  new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(req),
      'Access-Control-Allow-Methods': 'POST, OPTIONS',
      'Access-Control-Allow-Headers': 'Content-Type',
      'Access-Control-Max-Age': '86400',
    },
  })

export const reportProblemEndpoint: Endpoint = { path: '/report', method: 'post', handler: reportProblem }
export const reportProblemPreflightEndpoint: Endpoint = {
  path: '/report',
  method: 'options',
  handler: reportProblemPreflight,
}
