import { z } from 'zod'
import { checkEveryMonthsSchema } from './freshness.ts'
import { ageRangeSchema } from './age-range.ts'
import { plainDateSchema } from '../dates/plain-date.ts'
import {
  emailSchema,
  idSchema,
  optional,
  optionalText,
  phoneSchema,
  relationSchema,
  requiredRelation,
  requiredText,
  slugSchema,
  urlSchema,
} from './fields.ts'
import { accessMethods, languages, serviceStatuses } from './vocabulary.ts'

export const costSchema = z
  .object({
    free: z
      .boolean()
      .nullish()
      .transform((v) => v ?? true),
    amount: z.number().nullish(),
    details: optionalText,
  })
  .nullish()
  .transform((cost) => cost ?? { free: true, amount: null, details: undefined })
  .superRefine((cost, ctx) => {
    if (cost.amount != null && !(cost.amount >= 0 && cost.amount <= 10_000))
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: `Amount ${cost.amount} is not a price. Enter pounds, like 2 or 3.50.`,
      })
    if (!cost.free && cost.amount == null && !cost.details)
      ctx.addIssue({
        code: 'custom',
        path: ['details'],
        message:
          'Cost: the service is not marked free, so enter the amount or describe the cost, like "£2 per family, first session free".',
      })
  })

export const accessSchema = z
  .object({
    methods: z
      .array(z.enum(accessMethods))
      .nullish()
      .transform((v) => v ?? []),
    bookingUrl: optional(urlSchema('Booking link')),
    bookingPhone: optional(phoneSchema('Booking phone')),
    referralDetails: optionalText,
  })
  .nullish()
  .transform(
    (access) => access ?? { methods: [], bookingUrl: undefined, bookingPhone: undefined, referralDetails: undefined },
  )
  .superRefine((access, ctx) => {
    if (access.methods.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['methods'],
        message:
          'How to access: choose at least one way to use this service: drop in, book (with a link or phone number), or referral.',
      })
    if (access.methods.includes('booking') && !access.bookingUrl && !access.bookingPhone)
      ctx.addIssue({
        code: 'custom',
        path: ['bookingUrl'],
        message:
          'How to access: booking is chosen, so enter a booking link or a booking phone number so parents can book.',
      })
  })

export const contactSchema = z
  .object({
    name: optionalText,
    phone: optional(phoneSchema('Contact phone')),
    email: optional(emailSchema('Contact email')),
    website: optional(urlSchema('Contact website')),
  })
  .nullish()
  .transform((c) => c ?? { name: undefined, phone: undefined, email: undefined, website: undefined })

/** What is offered: a service, run by a provider, at one or more hubs. */
export const serviceSchema = z.object({
  id: idSchema.optional(),
  name: requiredText('Name', 160),
  slug: slugSchema,
  summary: requiredText('Summary', 300),
  description: optionalText,
  provider: requiredRelation('Provider', 'the organisation that runs this service'),
  categories: z
    .array(relationSchema)
    .nullish()
    .transform((v) => v ?? []),
  hubs: z
    .array(relationSchema)
    .nullish()
    .transform((v) => v ?? []),
  ageRange: ageRangeSchema,
  cost: costSchema,
  access: accessSchema,
  languages: z
    .array(z.enum(languages))
    .nullish()
    .transform((v) => v ?? []),
  contact: contactSchema,
  status: z
    .enum(serviceStatuses)
    .nullish()
    .transform((v) => v ?? 'active'),
  lastChecked: optional(plainDateSchema('Last checked')),
  checkedBy: relationSchema.nullish(),
  checkEveryMonths: checkEveryMonthsSchema,
  internalNotes: optionalText,
})
export type Service = z.infer<typeof serviceSchema>
