/**
 * What a partner changed, field by field, in words staff read: the live (published) document
 * against the draft, walked with the collection's field config so that every difference carries
 * the label staff see in the admin ("One-off changes 2 > Reason"), and values read as the admin
 * shows them (select labels, "3 March 2026", Yes/No, names of related records, "(empty)").
 * Pure: no Payload instance, no I/O. Relationship names come from a lookup the caller fills.
 */
import type { Block, Field, Tab } from 'payload'
import { toWords } from 'payload/shared'
import { londonDate, londonDateTime, londonMonth, londonTime } from '../../core/dates/london-format.ts'

export interface FieldDifference {
  /** The data path, e.g. "exceptions.1.reason". */
  path: string
  /** The label staff see, e.g. "One-off changes 2 > Reason". */
  label: string
  /** The live value in words, "(empty)" when there is none. */
  before: string
  /** The proposed value in words. */
  after: string
}

type Id = string | number
/** The name of a related record, e.g. ('venues', 12) -> "Birchwood Library"; undefined when unknown. */
export type TitleLookup = (collection: string, id: Id) => string | undefined

export interface DifferenceOptions {
  /** Names for related records; without one (or when it has no name), ids are shown. */
  lookup?: TitleLookup
}

export const EMPTY = '(empty)'

/** Fields Payload keeps for itself: never a partner's change. */
export const SYSTEM_FIELDS: ReadonlySet<string> = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', '_status'])

type Data = Record<string, unknown>
const asData = (value: unknown): Data =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {}
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

/** A label as the admin shows it: the field's own, else Payload's words for its name ("bookingNotes" -> "Booking Notes"). */
const labelText = (label: unknown, name: string): string => {
  if (typeof label === 'string' && label !== '') return label
  if (label && typeof label === 'object') {
    const translations = label as Record<string, unknown>
    const text = translations.en ?? Object.values(translations)[0]
    if (typeof text === 'string' && text !== '') return text
  }
  return toWords(name)
}

/** A field that holds data and is shown to staff (not a layout, UI or hidden field). */
type LeafVisitor = (
  field: Field & { name: string },
  before: unknown,
  after: unknown,
  path: string[],
  label: string[],
) => void

interface Walk {
  before: Data
  after: Data
  path: string[]
  label: string[]
}

const walkFields = (fields: readonly Field[], at: Walk, visit: LeafVisitor): void => {
  for (const field of fields) walkField(field, at, visit)
}

const walkTabs = (tabs: readonly Tab[], at: Walk, visit: LeafVisitor): void => {
  for (const tab of tabs) {
    if ('name' in tab && tab.name) {
      const label = labelText(tab.label, tab.name)
      walkFields(
        tab.fields,
        {
          before: asData(at.before[tab.name]),
          after: asData(at.after[tab.name]),
          path: [...at.path, tab.name],
          label: [...at.label, label],
        },
        visit,
      )
    } else walkFields(tab.fields, at, visit)
  }
}

const walkItems = (
  name: string,
  label: string,
  at: Walk,
  fieldsOf: (before: Data, after: Data) => readonly Field[] | undefined,
  visit: LeafVisitor,
  field: Field & { name: string },
): void => {
  const before = asList(at.before[name])
  const after = asList(at.after[name])
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const b = asData(before[i])
    const a = asData(after[i])
    const itemFields = fieldsOf(b, a)
    const item = { path: [...at.path, name, String(i)], label: [...at.label, `${label} ${i + 1}`] }
    if (itemFields) walkFields(itemFields, { before: b, after: a, ...item }, visit)
    else visit(field, before[i], after[i], item.path, item.label)
  }
}

const walkField = (field: Field, at: Walk, visit: LeafVisitor): void => {
  if (field.type === 'ui' || field.type === 'join') return
  if (field.type === 'tabs') return walkTabs(field.tabs, at, visit)
  if (!('name' in field) || !field.name) {
    // Rows, collapsibles and unnamed groups only lay fields out: their fields sit on the same level.
    if ('fields' in field) walkFields(field.fields, at, visit)
    return
  }
  const { name } = field
  if (SYSTEM_FIELDS.has(name) || field.hidden === true || ('virtual' in field && field.virtual)) return
  const label = labelText(field.label, name)
  const named = field as Field & { name: string }
  if (field.type === 'group')
    return walkFields(
      field.fields,
      {
        before: asData(at.before[name]),
        after: asData(at.after[name]),
        path: [...at.path, name],
        label: [...at.label, label],
      },
      visit,
    )
  if (field.type === 'array') return walkItems(name, label, at, () => field.fields, visit, named)
  if (field.type === 'blocks') {
    const blockOf = (data: Data): Block | undefined => field.blocks.find((b) => b.slug === data.blockType)
    // The same kind of block: compare its fields; another kind: the item itself changed.
    return walkItems(
      name,
      label,
      at,
      (b, a) =>
        b.blockType === a.blockType || isEmpty(b.blockType)
          ? blockOf(a)?.fields
          : isEmpty(a.blockType)
            ? blockOf(b)?.fields
            : undefined,
      visit,
      named,
    )
  }
  visit(named, at.before[name], at.after[name], [...at.path, name], [...at.label, label])
}

/** The id of a relationship value: an id, a populated document, or { relationTo, value } for polymorphic ones. */
const relationOf = (field: Field, value: unknown): { collection: string; id: Id } | undefined => {
  if (value === null || value === undefined) return undefined
  const relationTo = 'relationTo' in field ? field.relationTo : undefined
  if (typeof value === 'object' && 'relationTo' in (value as Data)) {
    const v = value as { relationTo: string; value: unknown }
    const id = typeof v.value === 'object' && v.value !== null ? (v.value as { id?: Id }).id : (v.value as Id)
    return id === undefined ? undefined : { collection: v.relationTo, id }
  }
  const id = typeof value === 'object' ? (value as { id?: Id }).id : (value as Id)
  return id === undefined ? undefined : { collection: typeof relationTo === 'string' ? relationTo : '', id }
}

const isRelational = (field: Field): boolean => field.type === 'relationship' || field.type === 'upload'

/** A value reduced to what matters for "did it change": ids for relationships, instants for dates. */
const comparable = (field: Field, value: unknown): string => {
  if (isEmpty(value)) return ''
  if (isRelational(field)) {
    const ids = (Array.isArray(value) ? value : [value])
      .map((v) => relationOf(field, v))
      .map((r) => (r ? `${r.collection}:${String(r.id)}` : ''))
    return JSON.stringify(ids)
  }
  if (field.type === 'date') {
    const time = new Date(value as string).getTime()
    return Number.isNaN(time) ? String(value) : String(time)
  }
  if (field.type === 'number') return Array.isArray(value) ? JSON.stringify(value.map(Number)) : String(Number(value))
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** The words of a select or radio value: its option's label. */
const optionLabel = (field: Field, value: unknown): string => {
  const options = 'options' in field && Array.isArray(field.options) ? field.options : []
  for (const option of options) {
    if (typeof option === 'string') {
      if (option === value) return option
    } else if (option.value === value) return labelText(option.label, String(option.value))
  }
  return String(value)
}

/** The text of a Lexical rich text value, paragraphs joined by spaces. */
const richTextWords = (value: unknown): string => {
  const texts: string[] = []
  const visit = (node: unknown) => {
    const n = asData(node)
    if (typeof n.text === 'string') texts.push(n.text)
    for (const child of asList(n.children)) visit(child)
    if (n.root) visit(n.root)
  }
  visit(value)
  return texts.join(' ').replace(/\s+/g, ' ').trim()
}

const dateWords = (field: Field, value: unknown): string => {
  const appearance = field.type === 'date' ? field.admin?.date?.pickerAppearance : undefined
  const words =
    appearance === 'dayAndTime'
      ? londonDateTime(value)
      : appearance === 'timeOnly'
        ? londonTime(value)
        : appearance === 'monthOnly'
          ? londonMonth(value)
          : londonDate(value)
  return words ?? String(value)
}

/** A value in the words the admin shows it with. */
export const valueInWords = (field: Field, value: unknown, options: DifferenceOptions = {}): string => {
  if (isEmpty(value)) return EMPTY
  const many = Array.isArray(value) ? value : [value]
  switch (field.type) {
    case 'checkbox':
      return value ? 'Yes' : 'No'
    case 'select':
    case 'radio':
      return many.map((v) => optionLabel(field, v)).join(', ')
    case 'date':
      return dateWords(field, value)
    case 'relationship':
    case 'upload':
      return many
        .map((v) => relationOf(field, v))
        .filter((r) => r !== undefined)
        .map((r) => options.lookup?.(r.collection, r.id) ?? String(r.id))
        .join(', ')
    case 'richText':
      return richTextWords(value) || EMPTY
    case 'point':
      return Array.isArray(value) ? value.join(', ') : String(value)
    case 'number':
      return many.map(String).join(', ')
    default:
      return typeof value === 'string'
        ? value
        : Array.isArray(value) && value.every((v) => typeof v === 'string')
          ? value.join(', ')
          : JSON.stringify(value)
  }
}

/**
 * The differences between the live document (null when it has never been published) and the
 * draft, in the order of the fields in the admin. Empty strings, null, missing values and empty
 * lists are all "(empty)" and equal to each other.
 */
export const fieldDifferences = (
  fields: readonly Field[],
  live: unknown,
  draft: unknown,
  options: DifferenceOptions = {},
): FieldDifference[] => {
  const out: FieldDifference[] = []
  walkFields(
    fields,
    { before: asData(live), after: asData(draft), path: [], label: [] },
    (field, before, after, path, label) => {
      if (comparable(field, before) === comparable(field, after)) return
      out.push({
        path: path.join('.'),
        label: label.join(' > '),
        before: valueInWords(field, before, options),
        after: valueInWords(field, after, options),
      })
    },
  )
  return out
}

/** The ids of related records the documents mention, by collection: what a lookup needs names for. */
export const relatedIds = (fields: readonly Field[], ...docs: unknown[]): Record<string, Id[]> => {
  const found: Record<string, Map<string, Id>> = {}
  const add = (field: Field, value: unknown) => {
    if (!isRelational(field) || isEmpty(value)) return
    for (const v of Array.isArray(value) ? value : [value]) {
      const r = relationOf(field, v)
      if (r) (found[r.collection] ??= new Map()).set(String(r.id), r.id)
    }
  }
  for (const doc of docs)
    walkFields(fields, { before: asData(doc), after: {}, path: [], label: [] }, (field, value) => add(field, value))
  return Object.fromEntries(Object.entries(found).map(([collection, ids]) => [collection, [...ids.values()]]))
}

/** "Summary, Cost > Free": the labels of the changed fields, as the history keeps them. */
export const changedFieldsText = (differences: readonly FieldDifference[]): string =>
  differences.map((d) => d.label).join(', ')
