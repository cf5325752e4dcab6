/**
 * Apply a zod schema from schemas/ on save: the one definition of what a valid document is.
 * Runs after Payload's own field checks, on the whole document (the saved version merged with
 * the change), and refuses the save with a ValidationError whose messages name each field.
 * Throwing here aborts the operation, so nothing is written.
 */
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import type { z } from 'zod'

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)

/** The document as it will be: nested groups merged, arrays and values replaced. */
export const mergeDocument = (original: unknown, change: unknown): unknown => {
  if (!isPlainObject(original) || !isPlainObject(change)) return change === undefined ? original : change
  const merged: Record<string, unknown> = { ...original }
  for (const [key, value] of Object.entries(change)) merged[key] = mergeDocument(original[key], value)
  return merged
}

export const zodIssuesToFieldErrors = (issues: readonly z.core.$ZodIssue[]): { path: string; message: string }[] =>
  issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))

export const validateWith =
  (schema: z.ZodType): CollectionBeforeChangeHook =>
  ({ data, originalDoc, collection, req }) => {
    const result = schema.safeParse(mergeDocument(originalDoc ?? {}, data))
    if (!result.success)
      throw new ValidationError({ collection: collection.slug, errors: zodIssuesToFieldErrors(result.error.issues), req })
    return data
  }
