/**
 * Field-level rules shared by every document schema. Each message names the field, the value
 * and the fix, because staff read them in the admin and partners read them in API responses.
 */
import { z } from 'zod'

/** Ids are integers on SQLite and ObjectId strings on MongoDB: accept both. */
export const idSchema = z.union([z.number().int().positive(), z.string().min(1)])
export type Id = z.infer<typeof idSchema>

/** A relationship as Payload gives it: an id at depth 0, or the populated document. */
export type Related = Id | { id: Id }

/** The id of a relationship, populated or not. */
export const idOfRelated = (value: Related): Id => (typeof value === 'object' ? value.id : value)

/** A relationship stored at depth 0 (an id), or populated (an object with an id). */
export const relationSchema = z.union([idSchema, z.object({ id: idSchema }).transform((o) => o.id)])

/**
 * A required relationship: missing or null gets a message naming the field and what to choose. The
 * refusal does not stop the document's other checks, so staff see every problem at once. (Typed as
 * an id: a document that passes has one; a transform to narrow it would stop those other checks.)
 */
export const requiredRelation = (label: string, what: string) =>
  z
    .union([relationSchema, z.null(), z.undefined()], { error: `${label} is not a record id: choose ${what}.` })
    .superRefine((value, ctx) => {
      if (value == null) ctx.addIssue({ code: 'custom', message: `${label} is required: choose ${what}.` })
    }) as unknown as z.ZodType<Id, Id | { id: Id } | null | undefined>

const show = (value: unknown): string =>
  typeof value === 'string' ? `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"` : String(value)

/** An optional text value: absent, null and "" all mean "not given". */
export const optionalText = z
  .string()
  .nullish()
  .transform((v) => (v == null || v.trim() === '' ? undefined : v.trim()))

/** A required text value with a message naming the field. */
export const requiredText = (label: string, max = 500) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(max, {
      error: (issue) =>
        `${label} is too long (${String((issue.input as string).length)} characters). Keep it to ${max} characters or fewer.`,
    })

/** Slugs are used in public URLs: lower-case letters, digits and single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const slugSchema = z.string().superRefine((value, ctx) => {
  if (!slugPattern.test(value))
    ctx.addIssue({
      code: 'custom',
      message: `Slug ${show(value)} can only contain lower-case letters, numbers and single hyphens, like "baby-massage-birchwood".`,
    })
})

/** The longest slug slugify makes. */
export const SLUG_MAX_LENGTH = 96

/** Turn a name into a slug: "Stay & Play (Birchwood)" -> "stay-and-play-birchwood". */
export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/g, '')

/**
 * The n-th candidate for a slug that must be unique: "stay-and-play" for 1, then "stay-and-play-2"...
 * The base is shortened to leave room for the number, so the CMS's own slugify (which cuts at
 * SLUG_MAX_LENGTH) never cuts the number off and makes two records' slugs the same again.
 */
export const numberedSlug = (base: string, n: number): string => {
  const slug = slugify(base)
  if (n <= 1) return slug
  const suffix = `-${n}`
  return `${slug.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`
}

/**
 * UK postcodes, including BFPO-free special cases such as GIR 0AA. The space is optional on input;
 * normalisePostcode puts it back.
 */
const postcodePattern =
  /^(GIR ?0AA|[A-PR-UWYZ](?:[0-9][0-9A-HJKMNPR-Y]?|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?) ?[0-9][ABD-HJLNP-UW-Z]{2})$/i
export const normalisePostcode = (value: string): string => {
  const compact = value.replace(/\s+/g, '').toUpperCase()
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact
}
export const postcodeSchema = z
  .string({ error: 'Postcode is required.' })
  .trim()
  .superRefine((value, ctx) => {
    if (!postcodePattern.test(value))
      ctx.addIssue({
        code: 'custom',
        message: `Postcode ${show(value)} is not a UK postcode. Enter the full postcode, like "WA1 1AB".`,
      })
  })
  .transform(normalisePostcode)

/** The UK, Northern Ireland, the Isles of Scilly and Shetland included. */
export const ukBounds = { south: 49.8, north: 60.9, west: -8.7, east: 1.8 } as const

export const latitudeSchema = z
  .number({ error: 'Latitude is required: a number such as 53.39.' })
  .superRefine((value, ctx) => {
    if (!(value >= ukBounds.south && value <= ukBounds.north))
      ctx.addIssue({
        code: 'custom',
        message: `Latitude ${value} is outside the UK. Enter a latitude between ${ukBounds.south} and ${ukBounds.north}, such as 53.39.`,
      })
  })
export const longitudeSchema = z
  .number({ error: 'Longitude is required: a number such as -2.59.' })
  .superRefine((value, ctx) => {
    if (!(value >= ukBounds.west && value <= ukBounds.east))
      ctx.addIssue({
        code: 'custom',
        message: `Longitude ${value} is outside the UK. Enter a longitude between ${ukBounds.west} and ${ukBounds.east}, such as -2.59 (west of Greenwich is negative).`,
      })
  })

const emailPattern = /^[^\s@<>(),;:"[\]]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i
export const emailSchema = (label = 'Email') =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (!emailPattern.test(value))
        ctx.addIssue({
          code: 'custom',
          message: `${label} ${show(value)} is not an email address. Enter it like name@example.org.`,
        })
    })

/**
 * UK phone numbers: 10 or 11 digits starting with 0, or +44 followed by 9 or 10 digits.
 * Spaces, hyphens and brackets are allowed; an extension is not.
 */
export const isUkPhone = (value: string): boolean => {
  const digits = value.replace(/[\s\-()]/g, '')
  if (/^\+44\d{9,10}$/.test(digits)) return !digits.startsWith('+440')
  return /^0\d{9,10}$/.test(digits)
}
export const phoneSchema = (label = 'Phone') =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (!isUkPhone(value))
        ctx.addIssue({
          code: 'custom',
          message: `${label} ${show(value)} is not a UK phone number. Enter 10 or 11 digits starting with 0, like 01632 960123.`,
        })
    })

export const urlSchema = (label = 'Website') =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      let ok: boolean
      try {
        const url = new URL(value)
        ok = (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
      } catch {
        ok = false
      }
      if (!ok)
        ctx.addIssue({
          code: 'custom',
          message: `${label} ${show(value)} is not a web address. Enter it in full, starting with https://, like https://www.example.org/page.`,
        })
    })

/** Make a rule optional: absent, null and "" pass. */
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (v) => (v === null || v === '' || (typeof v === 'string' && v.trim() === '') ? undefined : v),
    schema.optional(),
  )

/** A local wall-clock time "HH:MM", 24-hour. */
const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/
export const timeSchema = (label: string) =>
  z
    .string({ error: `${label} is required, like 09:30.` })
    .trim()
    .superRefine((value, ctx) => {
      if (!timePattern.test(value))
        ctx.addIssue({
          code: 'custom',
          message: `${label} ${show(value)} is not a time. Use the 24-hour clock with a colon, like 09:30 or 14:00.`,
        })
    })

export const minutesOf = (time: string): number => {
  const [h, m] = time.split(':').map(Number)
  return (h ?? 0) * 60 + (m ?? 0)
}
