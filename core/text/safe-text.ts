/**
 * Characters no published text keeps: NUL, the bidirectional embeddings and overrides
 * (U+202A–U+202E) and isolates (U+2066–U+2069), which can make text read differently from what
 * it says ("invoice‮gnp.exe" shows as "invoiceexe.png"), and lone surrogates (not text at all).
 * Right-to-left text itself (Arabic, Urdu) needs none of them: the browser lays it out from the
 * letters, and the left-to-right and right-to-left marks (U+200E, U+200F) are kept.
 */
const UNSAFE_TEXT =
  // eslint-disable-next-line no-control-regex -- NUL is one of the characters this removes
  /[\u0000\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

export const cleanText = (text: string): string => text.replace(UNSAFE_TEXT, '')

/** Every string in a JSON value cleaned (objects and arrays copied, other values as they are). */
export const cleanStrings = (value: unknown): unknown => {
  if (typeof value === 'string') return cleanText(value)
  if (Array.isArray(value)) return value.map(cleanStrings)
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, cleanStrings(v)]))
  return value
}
