/**
 * Fuzzing Payload's REST create and update: the bodies (a valid document with fields replaced by
 * well-typed values from the collection's zod schema or by malformed ones, stray fields, whole
 * generated documents, bodies that are not JSON objects, addresses of records that do not exist),
 * the call as a given role through Payload's own request handler, and the rules every answer must
 * keep (see `judgeAnswer`): no 500s; a refusal is 400/403/404/409 and a 400 names a field.
 */
import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import { handleEndpoints, type CollectionSlug, type Field, type SanitizedConfig } from 'payload'
import type { z } from 'zod'
import { articleSchema } from '../../../core/records/article.ts'
import { termDateSchema } from '../../../core/records/term-date.ts'
import { categorySchema } from '../../../core/records/category.ts'
import { hubSchema } from '../../../core/records/hub.ts'
import { mediaSchema } from '../../../core/records/media.ts'
import { organisationSchema } from '../../../core/records/organisation.ts'
import { serviceSchema } from '../../../core/records/service.ts'
import { sessionSchema } from '../../../core/records/session.ts'
import { userSchema } from '../../../core/records/user.ts'
import { venueSchema } from '../../../core/records/venue.ts'
import { anyJson, fieldArbitrariesOf } from '../../helpers/json-schema-arbitrary.ts'
import { shown } from '../../helpers/fuzz-tally.ts'
import { malformedBodyText, malformedValue, strayField } from '../../helpers/malformed-input.ts'
import { tinyPng } from './world.ts'

export const fuzzedCollections = [
  'organisations',
  'hubs',
  'venues',
  'services',
  'sessions',
  'articles',
  'categories',
  'term-dates',
  'users',
  'media',
  'problem-reports',
] as const satisfies readonly CollectionSlug[]
export type FuzzedCollection = (typeof fuzzedCollections)[number]

/** The zod schema each collection validates with (cms/hooks/validateWith.ts); problem reports have none. */
export const schemaOf: Record<FuzzedCollection, z.ZodType | undefined> = {
  organisations: organisationSchema,
  hubs: hubSchema,
  venues: venueSchema,
  services: serviceSchema,
  sessions: sessionSchema,
  articles: articleSchema,
  categories: categorySchema,
  'term-dates': termDateSchema,
  users: userSchema,
  media: mediaSchema,
  'problem-reports': undefined,
}

/** The named data fields of a Payload field list, through rows, collapsibles, unnamed groups and tabs. */
export const namedFields = (fields: readonly Field[]): (Field & { name: string })[] =>
  fields.flatMap((field): (Field & { name: string })[] => {
    if ('name' in field && field.name) return [field as Field & { name: string }]
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? [{ ...tab, type: 'group', name: tab.name } as Field & { name: string }]
          : namedFields(tab.fields),
      )
    return 'fields' in field ? namedFields(field.fields) : []
  })

const optionValues = (field: Field): string[] =>
  'options' in field ? field.options.map((o) => (typeof o === 'string' ? o : o.value)) : []

/** Well-typed values of a Payload field (for fields the zod schema does not describe: email, password, _status, problem reports'). */
export const payloadFieldArbitrary = (field: Field, depth = 0): fc.Arbitrary<unknown> => {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code':
      return fc.string({ maxLength: 60 })
    case 'email':
      return fc.oneof(fc.emailAddress(), fc.string({ maxLength: 20 }))
    case 'number':
      return fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))
    case 'checkbox':
      return fc.boolean()
    case 'date':
      return fc.date({ noInvalidDate: true }).map((d) => d.toISOString())
    case 'select':
    case 'radio': {
      const one = fc.constantFrom(...optionValues(field), 'not-an-option')
      return 'hasMany' in field && field.hasMany ? fc.array(one, { maxLength: 3 }) : one
    }
    case 'relationship':
    case 'upload': {
      const id = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1000, max: 1_000_000 }))
      return 'hasMany' in field && field.hasMany ? fc.array(id, { maxLength: 3 }) : id
    }
    case 'group':
    case 'array': {
      const inner =
        depth < 3
          ? Object.fromEntries(namedFields(field.fields).map((f) => [f.name, payloadFieldArbitrary(f, depth + 1)]))
          : {}
      const row = fc.record(inner, { requiredKeys: [] })
      return field.type === 'array' ? fc.array(row, { maxLength: 3 }) : row
    }
    default:
      return anyJson
  }
}

/** Every top-level field a body may carry, with its well-typed values: the zod schema's, then Payload's for the rest. */
export const fieldArbitraries = (
  config: SanitizedConfig,
  collection: FuzzedCollection,
): Record<string, fc.Arbitrary<unknown>> => {
  const fields = config.collections.find((c) => c.slug === collection)!.fields
  const fromPayload = Object.fromEntries(namedFields(fields).map((f) => [f.name, payloadFieldArbitrary(f)]))
  const schema = schemaOf[collection]
  return { ...fromPayload, ...(schema ? fieldArbitrariesOf(schema) : {}) }
}

/** Every name and label of a collection's fields at any depth, lower-cased, for "does this message name a field". */
export const fieldWords = (config: SanitizedConfig, collection: CollectionSlug): Set<string> => {
  const words = new Set<string>()
  const walk = (fields: readonly Field[]) => {
    for (const field of namedFields(fields)) {
      words.add(field.name.toLowerCase())
      if ('label' in field && typeof field.label === 'string') words.add(field.label.toLowerCase())
      if ('fields' in field) walk(field.fields)
    }
  }
  walk(config.collections.find((c) => c.slug === collection)!.fields)
  for (const auth of ['email', 'password', 'file', 'filename', 'id', 'updatedat']) words.add(auth)
  return words
}

/** A body as sent: fields (a JSON object), or text that is not one. */
export type FuzzBody =
  { kind: 'fields'; fields: Record<string, unknown>; note: string } | { kind: 'text'; text: string; note: string }

/**
 * How to make one body from a valid one (made fresh for each input: a create needs a new name):
 * some fields replaced by well-typed or malformed values, stray fields added, a whole document
 * generated from the schema instead, or text that is no JSON object.
 */
export type BodyRecipe =
  | { kind: 'replace'; changes: [string, unknown][] }
  | { kind: 'stray'; changes: [string, unknown][] }
  | { kind: 'generated'; fields: Record<string, unknown> }
  | { kind: 'text'; text: string }

/** Set a key as an own property, even "__proto__" (plain assignment would set the prototype). */
const withKey = (object: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> => {
  const copy: Record<string, unknown> = { ...object }
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true })
  return copy
}

export const recipeArbitrary = (fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<BodyRecipe> => {
  const keys = Object.keys(fields)
  const replacement = fc
    .constantFrom(...keys)
    .chain((key) => fc.tuple(fc.constant(key), fc.oneof(fields[key]!, malformedValue)))
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .array(replacement, { minLength: 1, maxLength: 3 })
        .map((changes): BodyRecipe => ({ kind: 'replace', changes })),
    },
    {
      weight: 2,
      arbitrary: fc
        .array(strayField, { minLength: 1, maxLength: 2 })
        .map((changes): BodyRecipe => ({ kind: 'stray', changes })),
    },
    {
      weight: 2,
      arbitrary: fc.record(fields, { requiredKeys: [] }).map((f): BodyRecipe => ({ kind: 'generated', fields: f })),
    },
    { weight: 1, arbitrary: malformedBodyText.map((text): BodyRecipe => ({ kind: 'text', text })) },
  )
}

/** The body of a recipe, from a valid one. */
export const bodyOf = (recipe: BodyRecipe, base: Record<string, unknown>): FuzzBody => {
  switch (recipe.kind) {
    case 'replace':
    case 'stray':
      return {
        kind: 'fields',
        fields: recipe.changes.reduce((body, [key, value]) => withKey(body, key, value), base),
        note: `${recipe.kind === 'replace' ? 'replaced' : 'stray'} ${recipe.changes.map(([k]) => JSON.stringify(k.slice(0, 20))).join(', ')}`,
      }
    case 'generated':
      return { kind: 'fields', fields: recipe.fields, note: 'generated from the schema' }
    case 'text':
      return { kind: 'text', text: recipe.text, note: 'not a JSON object' }
  }
}

/** Ids in an update's address that name no record (or are no id at all). */
export const strayIds: readonly string[] = [
  '999999',
  '0',
  '-1',
  '1.5',
  'abc',
  '%00',
  '%2e%2e',
  '1%20OR%201%3D1',
  '9'.repeat(40),
  'null',
  'undefined',
  '%F0%9F%92%A9',
]

export interface RestCall {
  method: 'POST' | 'PATCH'
  path: string
  body: FuzzBody
  token?: string
  /** Media: multipart with an image, the fields as `_payload`. */
  multipart?: boolean
}

const bodyText = (body: FuzzBody): string => (body.kind === 'fields' ? JSON.stringify(body.fields) : body.text)

/** One call through Payload's REST handler, as the Next.js admin routes mount it. */
export const callRest = async (config: SanitizedConfig, call: RestCall): Promise<Response> => {
  const headers: Record<string, string> = call.token ? { Authorization: `JWT ${call.token}` } : {}
  let body: BodyInit
  if (call.multipart) {
    const form = new FormData()
    form.append('file', new Blob([tinyPng], { type: 'image/png' }), 'fuzz.png')
    form.append('_payload', bodyText(call.body))
    body = form
  } else {
    headers['Content-Type'] = 'application/json'
    body = bodyText(call.body)
  }
  return handleEndpoints({
    config,
    request: new Request(`http://localhost/api${call.path}`, { method: call.method, headers, body }),
  })
}

export interface Judged {
  outcome: 'accepted' | 'refused' | 'error'
  problem?: string
}

interface ErrorBody {
  errors?: { message?: string; data?: { errors?: { path?: string; message?: string }[] } }[]
}

/**
 * Whether a 400 names what is wrong: an error's path starting with a field of the collection or of
 * the body, or a message mentioning one; for a body that is no JSON object, any message about it.
 */
export const namesAField = (json: ErrorBody, words: Set<string>, body: FuzzBody): boolean => {
  const errors = json.errors ?? []
  const known = new Set([
    ...words,
    ...(body.kind === 'fields' ? Object.keys(body.fields).map((k) => k.toLowerCase()) : []),
  ])
  for (const error of errors) {
    for (const inner of error.data?.errors ?? []) {
      const first = (inner.path ?? '').split('.')[0]!.toLowerCase()
      if (first && known.has(first) && inner.message) return true
    }
    // A whole word or label ("id" in "invalid" is not the field id).
    const message = (error.message ?? '').toLowerCase()
    if (
      [...known].some(
        (w) =>
          w.trim().length > 1 &&
          new RegExp(`(^|[^a-z0-9_])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z0-9_])`).test(message),
      )
    )
      return true
    if (body.kind === 'text' && /json|body|data|payload/.test(message)) return true
  }
  return false
}

/**
 * The rules for one answer. Accepted: 200/201. Refused: 400 naming a field, 403, 404 (update of a
 * record the role cannot see, or none), 409 naming updatedAt (a stale update). Anything else,
 * a 5xx above all, is an error.
 */
export const judgeAnswer = async (
  response: Response,
  operation: 'create' | 'update',
  words: Set<string>,
  body: FuzzBody,
): Promise<Judged & { json?: unknown }> => {
  const text = await response.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { outcome: 'error', problem: `${response.status} with a body that is not JSON: ${shown(text, 200)}` }
  }
  const { status } = response
  if (status === 200 || status === 201) return { outcome: 'accepted', json }
  const message = shown((json as ErrorBody).errors ?? json, 400)
  if (status === 403) return { outcome: 'refused', json }
  if (status === 404 && operation === 'update') return { outcome: 'refused', json }
  if (status === 409 && operation === 'update')
    return /updatedAt/i.test(text)
      ? { outcome: 'refused', json }
      : { outcome: 'error', problem: `409 not naming updatedAt: ${message}` }
  if (status === 400)
    return namesAField(json as ErrorBody, words, body)
      ? { outcome: 'refused', json }
      : { outcome: 'error', problem: `400 naming no field: ${message}` }
  return { outcome: 'error', problem: `${status}: ${message}` }
}

/** A stored document equal to another, field by field. */
export const sameDocument = (a: unknown, b: unknown): boolean =>
  isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)))

/** The first field whose stored value changed, for a failure message. */
export const firstDifference = (before: Record<string, unknown>, after: Record<string, unknown>): string => {
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]))
    if (!sameDocument(before[key], after[key]))
      return `${key}: ${shown(before[key], 80)} became ${shown(after[key], 80)}`
  return 'no field'
}
