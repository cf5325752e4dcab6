/**
 * "Report something wrong": what a parent sends from a service page, as the public form and its
 * script post it. Every message names the field in the words the form uses, so the error summary
 * and the message beside each field read the same on the static site and on the CMS's fallback page.
 */
import { z } from 'zod'
import { slugPattern } from './fields.ts'
import { labelOf, problemTopicOptions, problemTopics } from './vocabulary.ts'

export const DETAILS_MIN = 10
export const DETAILS_MAX = 2000
export const NAME_MAX = 100
export const EMAIL_MAX = 200
export const PAGE_MAX = 300

/** The form's fields, in the order a parent meets them (and the error summary lists them). */
export const problemReportFields = ['topic', 'details', 'name', 'email', 'service', 'page', 'website'] as const
export type ProblemReportField = (typeof problemReportFields)[number]

export interface FieldError {
  field: ProblemReportField
  message: string
}

const count = (n: number): string => n.toLocaleString('en-GB')

/** Absent, null and blank all mean "not given"; anything else is kept (trimmed) for the rules to judge. */
const blankToUndefined = (value: unknown): unknown =>
  value == null || (typeof value === 'string' && value.trim() === '') ? undefined : value

const optionalTrimmed = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional())

const serviceMessage = 'We could not tell which service you are reporting. Go back to the service page and try again.'
const topicMessage = `Choose what is wrong, for example “${labelOf(problemTopicOptions, 'times')}”.`
const detailsMessage = `Tell us what is wrong: enter at least ${DETAILS_MIN} characters.`
const emailMessage = 'Enter your email address in the right format, like name@example.org, or leave it empty.'
const pageMessage = 'We could not tell which page you were on. Go back to the service page and try again.'
const honeypotMessage = 'Leave the box labelled “Leave this empty” empty.'

/** A page of the public site: a path such as /services/stay-and-play/, never another site's address. */
const pagePattern = /^\/(?!\/)[A-Za-z0-9\-._~/%]*$/

export const problemReportSchema = z.object({
  service: z
    .string({ error: serviceMessage })
    .trim()
    .refine((v) => slugPattern.test(v), { error: serviceMessage }),
  topic: z.enum(problemTopics, { error: topicMessage }),
  details: z
    .string({ error: detailsMessage })
    .trim()
    .min(DETAILS_MIN, { error: detailsMessage })
    .max(DETAILS_MAX, {
      error: (issue) =>
        `Tell us what is wrong in ${count(DETAILS_MAX)} characters or fewer (you have entered ${count(String(issue.input).length)}).`,
    }),
  name: optionalTrimmed(
    z
      .string({ error: 'Enter your name as text, or leave it empty.' })
      .trim()
      .max(NAME_MAX, { error: `Your name must be ${NAME_MAX} characters or fewer.` }),
  ),
  email: optionalTrimmed(
    z
      .string({ error: emailMessage })
      .trim()
      .max(EMAIL_MAX, { error: `Your email address must be ${EMAIL_MAX} characters or fewer.` })
      .pipe(z.email({ error: emailMessage })),
  ),
  page: optionalTrimmed(
    z
      .string({ error: pageMessage })
      .trim()
      .max(PAGE_MAX, { error: pageMessage })
      .refine((v) => pagePattern.test(v), { error: pageMessage }),
  ),
  /** The honeypot: hidden from people, so only a robot fills it in. */
  website: z.preprocess(blankToUndefined, z.undefined({ error: honeypotMessage })),
})

export type ProblemReportInput = z.infer<typeof problemReportSchema>

export type ProblemReportParse = { ok: true; value: ProblemReportInput } | { ok: false; errors: FieldError[] }

const isField = (name: unknown): name is ProblemReportField => problemReportFields.includes(name as ProblemReportField)

/**
 * Read what a parent sent: the clean values, or one message per field that is wrong, in the order
 * of the form. Anything that is not an object (a broken request) is refused as a whole, naming
 * "Tell us what is wrong", the one field every report needs.
 */
export const parseProblemReport = (input: unknown): ProblemReportParse => {
  const result = problemReportSchema.safeParse(
    typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {},
  )
  if (result.success) return { ok: true, value: result.data }
  const byField = new Map<ProblemReportField, string>()
  for (const issue of result.error.issues) {
    const field = issue.path[0]
    if (isField(field) && !byField.has(field)) byField.set(field, issue.message)
  }
  const errors = problemReportFields
    .filter((f) => byField.has(f))
    .map((field) => ({ field, message: byField.get(field)! }))
  return { ok: false, errors }
}

/** True when the honeypot holds anything at all: the report is from a robot. */
export const honeypotFilled = (input: unknown): boolean =>
  typeof input === 'object' &&
  input !== null &&
  blankToUndefined((input as Record<string, unknown>).website) !== undefined

/** "Stay and Play: The days or times are wrong": how staff see a report in lists. */
export const problemReportTitle = (serviceName: string, topic: ProblemReportInput['topic']): string =>
  `${serviceName}: ${labelOf(problemTopicOptions, topic)}`

/**
 * The form's words and element ids, shared by the site's form (site/components/ReportProblem.astro)
 * and the CMS's page for a form posted without JavaScript, so both read and link the same.
 */
export const problemReportWording = {
  heading: 'Report something wrong with this page',
  intro:
    'Tell the family hub team if anything on this page is wrong or out of date. We read every report, but cannot reply to all of them.',
  topicLegend: 'What is wrong?',
  detailsLabel: 'Tell us what is wrong',
  detailsHint: `For example, the right day, time or address. Do not include medical or other private details. Up to ${count(DETAILS_MAX)} characters.`,
  nameLabel: 'Your name (optional)',
  emailLabel: 'Your email address (optional)',
  emailHint: 'Only if you would like a reply. We use it for nothing else.',
  honeypotLabel: 'Leave this empty',
  submit: 'Send report',
  errorTitle: 'There is a problem',
  thanksTitle: 'Report sent',
  thanks: (serviceName: string) =>
    `Thank you. The staff who look after ${serviceName} will check the page and put it right.`,
} as const

/** The id of a field's control; for the topic, its first radio (where the error summary's link goes). */
export const problemReportFieldId = (field: ProblemReportField | 'form'): string =>
  field === 'form' ? 'report-problem' : `report-${field}`
