/**
 * Input that Payload 3.90 on SQLite turns into a server error (500) instead of a refusal, refused
 * before each create and update with a 400 that names the field (found by
 * tests/int/fuzz-rest.test.ts):
 * - a body that is not a JSON object (`true`, `[]`): "Cannot create property … on boolean";
 * - a date (createdAt and updatedAt included) that is no date: stored, then "Invalid time value"
 *   when the saved record is read back;
 * - a relationship to a record that does not exist, or to an id that cannot be one ("abc" on
 *   SQLite): a FOREIGN KEY failure from the database (after a draft's version row was written);
 * - on an upload collection, a new record with no file but a `url`: Payload fetches the address
 *   itself and answers a failed fetch with a 500 (and with no file at all, its 400 names no field).
 * - a text, textarea or code field sent as an object, a list or true/false: SQLite cannot store it
 *   ("SQLite3 can only bind numbers, strings, bigints, buffers, and null");
 * - a select or radio field (the drafts' `_status` included) sent as anything but text (a list of
 *   texts where it takes several): Payload checks only text against the choices, and SQLite
 *   refuses the rest or keeps a value that is no choice;
 * - an email that is not text: Payload lower-cases it before checking it ("value.toLowerCase is
 *   not a function");
 * - an account's password that is not text: Payload checks only its length, then hashes it;
 * - a number beyond ±9007199254740991 (a focal point of 34584193477178124): SQLite keeps it as a
 *   whole number JavaScript cannot read back exactly, so the record is written, the create answers
 *   500, and every later query that reads the row fails too.
 * An update's address whose id cannot be an id on this database (`/api/services/abc` on SQLite,
 * read as NaN) is answered 404, as any id of no record is.
 */
import {
  APIError,
  NotFound,
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type CollectionSlug,
  type Field,
  type PayloadRequest,
} from 'payload'
import { isPlainObject } from '../../core/values/plain-object.ts'

type Data = Record<string, unknown>
type FieldError = { path: string; message: string }

/** How the walk reads the data: the database's ids, and Payload's translations for labels given as functions ("Email", "Status"). */
interface Reading {
  idType: 'number' | 'text'
  req: PayloadRequest
}

const labelOf = (field: Field & { name: string }, reading: Reading): string => {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  if (typeof label === 'function') {
    const text: unknown = label({ i18n: reading.req.i18n, t: reading.req.t } as never)
    if (typeof text === 'string' && text !== '') return text
  }
  return field.name
}

/** The choices of a select or radio field, as the values a client sends. */
const choicesOf = (field: Field): string[] =>
  'options' in field ? field.options.map((o) => (typeof o === 'string' ? o : o.value)) : []

const listChoices = (choices: readonly string[]): string =>
  choices.length > 12
    ? `${choices
        .slice(0, 12)
        .map((c) => JSON.stringify(c))
        .join(', ')}, …`
    : choices.map((c) => JSON.stringify(c)).join(', ')

/** A number Payload would store (it reads a text as a number too) that SQLite gives back as a whole number too large for JavaScript. */
const isUnsafeNumber = (v: unknown): boolean => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v
  return typeof n === 'number' && Number.isFinite(n) && Math.abs(n) > Number.MAX_SAFE_INTEGER
}

/** What is wrong with the kind of value of a field (text, a choice, an email, a number), or undefined when SQLite and Payload can take it. */
const typeProblem = (field: Field & { name: string }, value: unknown, reading: Reading): string | undefined => {
  const label = labelOf(field, reading)
  const many = 'hasMany' in field && field.hasMany === true
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code': {
      // Numbers are stored as text; objects, lists and true/false cannot be.
      const storable = (v: unknown) => typeof v === 'string' || typeof v === 'number'
      if (many ? Array.isArray(value) && value.every(storable) : storable(value)) return undefined
      return `${label} ${show(value)} is not text. Send ${many ? 'a list of texts' : 'it as text, like "Stay and Play"'}, or leave it out.`
    }
    case 'email':
      return typeof value === 'string'
        ? undefined
        : `${label} ${show(value)} is not an email address. Send it as text, like "name@example.org".`
    case 'select':
    case 'radio': {
      if (many ? Array.isArray(value) && value.every((v) => typeof v === 'string') : typeof value === 'string')
        return undefined
      const choices = listChoices(choicesOf(field))
      return many
        ? `${label} ${show(value)} is not a list of choices. Send a list of some of ${choices}, like ["${choicesOf(field)[0] ?? ''}"].`
        : `${label} ${show(value)} is not one of the choices. Send one of ${choices} as text, or leave it out.`
    }
    case 'number':
      return (Array.isArray(value) ? value : [value]).some(isUnsafeNumber)
        ? `${label} ${show(value)} is too large a number to store. Give a number between -9007199254740991 and 9007199254740991.`
        : undefined
    default:
      return undefined
  }
}

const show = (value: unknown): string => {
  let text: string
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value))
  } catch {
    // Nested too deep to write out.
    text = Array.isArray(value) ? '[…]' : typeof value
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

/** A value Payload stores and reads back as a date: a valid instant with a four-digit year. */
export const isReadableDate = (value: unknown): boolean => {
  if (!(typeof value === 'string' || typeof value === 'number' || value instanceof Date)) return false
  const date = new Date(value)
  const year = date.getUTCFullYear()
  return !Number.isNaN(date.getTime()) && year >= 1 && year <= 9999
}

interface Reference {
  path: string
  label: string
  relationTo: CollectionSlug
  id: number | string
}

/** The id of a relationship value, or undefined when it cannot be an id on this database. */
const idOf = (value: unknown, idType: 'number' | 'text'): number | string | undefined => {
  const id = isPlainObject(value) && 'id' in value ? value.id : value
  if (idType === 'number') {
    const n = typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id
    return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined
  }
  return typeof id === 'string' && id !== '' ? id : undefined
}

/** Walks the data as the fields lay it out: bad dates into `errors`, relationships to check into `references`. */
const walk = (
  fields: readonly Field[],
  data: Data,
  prefix: string,
  reading: Reading,
  errors: FieldError[],
  references: Reference[],
): void => {
  for (const field of fields) {
    if (!('name' in field) || !field.name) {
      if (field.type === 'tabs') {
        for (const tab of field.tabs)
          if ('name' in tab && tab.name) {
            const value = data[tab.name]
            if (isPlainObject(value)) walk(tab.fields, value, `${prefix}${tab.name}.`, reading, errors, references)
          } else walk(tab.fields, data, prefix, reading, errors, references)
      } else if ('fields' in field) walk(field.fields, data, prefix, reading, errors, references)
      continue
    }
    const named = field as Field & { name: string }
    const value = data[named.name]
    const path = `${prefix}${named.name}`
    if (value === undefined || value === null || value === '') continue
    const wrongKind = typeProblem(named, value, reading)
    if (wrongKind) errors.push({ path, message: wrongKind })
    else if (field.type === 'date' && !isReadableDate(value))
      errors.push({
        path,
        message: `${labelOf(named, reading)} ${show(value)} is not a date. Give a date and time like 2026-03-03T10:00:00.000Z, or leave it out.`,
      })
    else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      const bad: unknown[] = []
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item === null || item === undefined) continue
        const id = idOf(item, reading.idType)
        if (id === undefined) bad.push(item)
        else
          references.push({ path, label: labelOf(named, reading), relationTo: field.relationTo as CollectionSlug, id })
      }
      // Payload takes a string id on SQLite as it is, and the database refuses it with a 500.
      if (bad.length > 0)
        errors.push({
          path,
          message: `${labelOf(named, reading)}: ${bad.map(show).join(', ')} is not a record id. Choose one that exists.`,
        })
    } else if (field.type === 'group' && isPlainObject(value))
      walk(field.fields, value, `${path}.`, reading, errors, references)
    else if (field.type === 'array' && Array.isArray(value))
      value.forEach((row, i) => {
        if (isPlainObject(row)) walk(field.fields, row, `${path}.${i}.`, reading, errors, references)
      })
  }
}

/** One error per relationship field naming the ids that are no record of the collection it points to. */
const missingReferences = async (req: PayloadRequest, references: readonly Reference[]): Promise<FieldError[]> => {
  const errors: FieldError[] = []
  const byTarget = new Map<CollectionSlug, Set<number | string>>()
  for (const r of references) byTarget.set(r.relationTo, (byTarget.get(r.relationTo) ?? new Set()).add(r.id))
  const existing = new Map<CollectionSlug, Set<string>>()
  for (const [relationTo, ids] of byTarget) {
    const found = await req.payload.find({
      collection: relationTo,
      where: { id: { in: [...ids] } },
      depth: 0,
      limit: ids.size,
      pagination: false,
      overrideAccess: true,
      req,
      select: {},
    })
    existing.set(relationTo, new Set(found.docs.map((d) => String(d.id))))
  }
  const byPath = new Map<string, Reference[]>()
  for (const r of references)
    if (!existing.get(r.relationTo)!.has(String(r.id))) byPath.set(r.path, [...(byPath.get(r.path) ?? []), r])
  for (const [path, missing] of byPath) {
    const target = req.payload.collections[missing[0]!.relationTo]?.config
    const singular =
      typeof target?.labels?.singular === 'string' ? target.labels.singular.toLowerCase() : missing[0]!.relationTo
    const ids = missing.map((r) => String(r.id)).join(', ')
    errors.push({
      path,
      message: `${missing[0]!.label}: there is no ${singular} with the id ${ids}. Choose one that exists.`,
    })
  }
  return errors
}

export const refuseUnreadableInputHook: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const idType = req.payload.db.defaultIDType === 'number' ? 'number' : 'text'
  // Payload reads the address's id with parseFloat: "1 OR 1=1" would update record 1, "abc" fails as NaN.
  const id = (args as { id?: unknown }).id
  const addressId = req.routeParams?.id
  if (
    operation === 'update' &&
    idType === 'number' &&
    ((id !== undefined && idOf(id, 'number') === undefined) ||
      (typeof addressId === 'string' && !/^\d+$/.test(addressId)))
  )
    throw new NotFound(req.t)
  const data: unknown = args.data
  if (data === undefined) return args
  // A body of null too: Payload reads fields from it (a 500 for articles, a 400 naming no field for media).
  if (!isPlainObject(data))
    throw new APIError(
      `The request body must be a JSON object of the record's fields, like {"name": "Stay and Play"}; it was ${show(data)}.`,
      400,
      null,
      true,
    )
  const errors: FieldError[] = []
  const references: Reference[] = []
  walk(collection.fields, data, '', { idType, req }, errors, references)
  // The password is no field of the collection: Payload reads it from the data itself. Its value is never shown back.
  if (collection.auth && data.password !== undefined && data.password !== null && typeof data.password !== 'string')
    errors.push({
      path: 'password',
      message: `Password: a ${Array.isArray(data.password) ? 'list' : typeof data.password} is not a password. Send the password as text.`,
    })
  if (collection.upload && operation === 'create' && !req.file) {
    // Payload has taken url out of args.data by now (and still fetches it): read what was sent.
    const url = isPlainObject(req.data) ? req.data.url : undefined
    if (url !== undefined && url !== null)
      errors.push({
        path: 'url',
        message: `url ${show(url)}: an image is sent as a file, not fetched from an address. Upload the file itself (multipart, as the file field).`,
      })
    else if (collection.upload.filesRequiredOnCreate !== false)
      errors.push({
        path: 'file',
        message:
          'File is required: upload the image itself (multipart, as the file field), with the other fields as _payload.',
      })
  }
  errors.push(...(await missingReferences(req, references)))
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })
  return args
}

/** The collection, with input Payload cannot handle refused by name on every save. */
export const refuseUnreadableInput = (config: CollectionConfig): CollectionConfig => ({
  ...config,
  hooks: { ...config.hooks, beforeOperation: [refuseUnreadableInputHook, ...(config.hooks?.beforeOperation ?? [])] },
})
