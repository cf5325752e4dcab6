/**
 * Values shaped like a zod schema's input, for fuzzing: the schema as JSON Schema (zod 4's
 * z.toJSONSchema, input side, so preprocess and transforms describe what may be sent) walked into
 * a fast-check arbitrary. Types, enums, unions, string lengths and number ranges are followed;
 * refinements (a slug's pattern, a postcode, a closing time after the opening time) cannot be
 * expressed there, so the values are well-typed but often wrong in meaning: what a fuzz wants.
 */
import fc from 'fast-check'
import { z } from 'zod'

export interface JsonSchema {
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  minItems?: number
  maxItems?: number
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  pattern?: string
  format?: string
}

/** The JSON Schema of what a zod schema accepts as input; what JSON Schema cannot say becomes "anything". */
export const inputJsonSchemaOf = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema

/** Any JSON value, small. */
export const anyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 2 })

/** Longest generated string: enough to pass a maximum and see it refused, short enough to stay quick. */
const STRING_CAP = 400

const textOf = (min: number, max: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ minLength: min, maxLength: max }),
    fc.string({ minLength: min, maxLength: max, unit: 'grapheme' }),
    fc.string({ minLength: min, maxLength: max, unit: 'binary' }),
  )

const stringOf = (s: JsonSchema): fc.Arbitrary<string> => {
  if (s.format === 'email') return fc.emailAddress()
  if (s.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString())
  if (s.format === 'date')
    return fc
      .date({ noInvalidDate: true, min: new Date('1900-01-01'), max: new Date('2199-12-31') })
      .map((d) => d.toISOString().slice(0, 10))
  if (s.pattern) return fc.stringMatching(new RegExp(s.pattern))
  const min = s.minLength ?? 0
  // Sometimes just past the maximum, to hit the limit's message.
  const max = Math.min(s.maxLength ?? 40, STRING_CAP)
  return s.maxLength !== undefined && s.maxLength < STRING_CAP
    ? fc.oneof(textOf(min, max), textOf(max + 1, max + 3))
    : textOf(min, max)
}

const numberOf = (s: JsonSchema, integer: boolean): fc.Arbitrary<number> => {
  const min =
    s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (integer ? 1 : Number.EPSILON) : undefined)
  const max =
    s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (integer ? 1 : Number.EPSILON) : undefined)
  if (integer)
    return fc.integer({
      min: Math.max(min ?? -1_000_000, Number.MIN_SAFE_INTEGER),
      max: Math.min(max ?? 1_000_000, Number.MAX_SAFE_INTEGER),
    })
  return fc.double({
    noNaN: true,
    noDefaultInfinity: true,
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
  })
}

const ofType = (type: string, s: JsonSchema, depth: number): fc.Arbitrary<unknown> => {
  switch (type) {
    case 'string':
      return stringOf(s)
    case 'number':
      return numberOf(s, false)
    case 'integer':
      return numberOf(s, true)
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'array':
      return fc.array(s.items && depth < 6 ? arbitraryOfJsonSchema(s.items, depth + 1) : anyJson, {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 4, 6),
      })
    case 'object': {
      if (!s.properties || depth >= 6) return fc.dictionary(fc.string({ maxLength: 8 }), anyJson, { maxKeys: 3 })
      const shape = Object.fromEntries(
        Object.entries(s.properties).map(([key, inner]) => [key, arbitraryOfJsonSchema(inner, depth + 1)]),
      )
      return fc.record(shape, { requiredKeys: (s.required ?? []).filter((k) => k in shape) })
    }
    default:
      return anyJson
  }
}

/** An arbitrary of values of a JSON Schema (the subset z.toJSONSchema writes). */
export const arbitraryOfJsonSchema = (s: JsonSchema, depth = 0): fc.Arbitrary<unknown> => {
  if ('const' in s) return fc.constant(s.const)
  if (s.enum) return fc.constantFrom(...s.enum)
  const union = s.anyOf ?? s.oneOf
  if (union && union.length > 0) return fc.oneof(...union.map((inner) => arbitraryOfJsonSchema(inner, depth)))
  if (s.allOf && s.allOf.length > 0) return arbitraryOfJsonSchema(s.allOf[0]!, depth)
  if (Array.isArray(s.type)) return fc.oneof(...s.type.map((t) => ofType(t, s, depth)))
  if (s.type) return ofType(s.type, s, depth)
  if (s.properties) return ofType('object', s, depth)
  return anyJson
}

/** Each top-level field of an object schema with an arbitrary of its well-typed values. */
export const fieldArbitrariesOf = (schema: z.ZodType): Record<string, fc.Arbitrary<unknown>> => {
  const json = inputJsonSchemaOf(schema)
  return Object.fromEntries(
    Object.entries(json.properties ?? {}).map(([key, inner]) => [key, arbitraryOfJsonSchema(inner)]),
  )
}
