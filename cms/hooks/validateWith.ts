/**
 * Apply a zod schema from core/records/ on save: the one definition of what a valid document is.
 * Runs as a collection beforeChange hook (before Payload's own field checks), on the whole
 * document (the saved version merged with the change), and refuses the save with a
 * ValidationError whose messages name each field and are shown beside it in the admin.
 * Throwing here aborts the operation, so nothing is written.
 */
import { ValidationError, type CollectionBeforeChangeHook, type Field } from 'payload'
import type { z } from 'zod'
import { isPlainObject } from '../../core/values/plain-object.ts'

/** The document as it will be: nested groups merged, arrays and values replaced. */
export const mergeDocument = (original: unknown, change: unknown): unknown => {
  if (!isPlainObject(original) || !isPlainObject(change)) return change === undefined ? original : change
  const merged: Record<string, unknown> = { ...original }
  for (const [key, value] of Object.entries(change)) merged[key] = mergeDocument(original[key], value)
  return merged
}

/** The label staff see for a field path ("exceptions.0.date" -> "One-off changes 1 > Date"), for the error summary. */
export const fieldLabelAt = (fields: readonly Field[], path: readonly (string | number)[]): string | undefined => {
  const [segment, ...rest] = path
  for (const field of fields) {
    if (!('name' in field) || !field.name) {
      const inner = 'fields' in field ? fieldLabelAt(field.fields, path) : undefined
      if (inner) return inner
      continue
    }
    if (field.name !== segment) continue
    const label = typeof field.label === 'string' ? field.label : field.name
    if (rest.length === 0 || !('fields' in field)) return label
    const isArray = field.type === 'array'
    const inner = fieldLabelAt(field.fields, isArray ? rest.slice(1) : rest)
    const here = isArray ? `${label} ${Number(rest[0]) + 1}` : label
    return inner ? `${here} > ${inner}` : here
  }
  return undefined
}

export const zodIssuesToFieldErrors = (
  issues: readonly z.core.$ZodIssue[],
  fields: readonly Field[] = [],
): { path: string; message: string; label?: string }[] =>
  issues.map((issue) => {
    const label = fieldLabelAt(fields, issue.path as (string | number)[])
    return { path: issue.path.map(String).join('.'), message: issue.message, ...(label ? { label } : {}) }
  })

export const validateWith =
  (schema: z.ZodType): CollectionBeforeChangeHook =>
  ({ data, originalDoc, collection, req }) => {
    const result = schema.safeParse(mergeDocument(originalDoc ?? {}, data))
    if (!result.success)
      throw new ValidationError({
        collection: collection.slug,
        errors: zodIssuesToFieldErrors(result.error.issues, collection.fields),
        req,
      })
    return data
  }
