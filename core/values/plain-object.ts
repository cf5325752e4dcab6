/**
 * A plain object: a record of named values, as JSON objects are. Not null, not a list, and not a
 * value that stands for something else (a Date, or anything with its own toJSON).
 */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as { toJSON?: unknown }).toJSON !== 'function'
