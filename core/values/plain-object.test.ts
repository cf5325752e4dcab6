import { describe, expect, it } from 'vitest'
import { isPlainObject } from './plain-object.ts'

describe('isPlainObject', () => {
  it('is true for objects as JSON has them, empty or not', () => {
    expect(isPlainObject({})).toBe(true)
    expect(isPlainObject({ a: 1, b: [2] })).toBe(true)
    expect(isPlainObject(JSON.parse('{"x":null}'))).toBe(true)
  })
  it('is false for null, lists, dates, text, numbers and anything with its own toJSON', () => {
    for (const value of [null, undefined, [], [1], new Date(), 'text', 3, true, { toJSON: () => 'x' }])
      expect(isPlainObject(value)).toBe(false)
  })
})
