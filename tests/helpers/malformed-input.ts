/**
 * Deliberately bad input for fuzzing: field values of the wrong type or shape (query operators,
 * prototype keys, huge and odd strings, extreme numbers, deep nesting), and request bodies that
 * are not what the endpoint reads at all (broken JSON, JSON that is not an object).
 */
import fc from 'fast-check'

const deep = (levels: number, leaf: unknown): unknown => {
  let value = leaf
  for (let i = 0; i < levels; i++) value = { a: value }
  return value
}

/** Strings that have broken parsers, databases and templates before. */
export const nastyStrings: readonly string[] = [
  '',
  ' ',
  '\t\n',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff\ud800',
  '\u202eevil',
  '\ufeffbom',
  '👩‍👩‍👧‍👦',
  'Z̸̡̛͓a̴̙͠l̷͍̈g̵̣̈o̵',
  '<script>alert(1)</script>',
  "'; DROP TABLE services; --",
  '" OR 1=1 --',
  '%00',
  '%',
  '%E0%A4%A',
  '../../etc/passwd',
  '${process.env}',
  '{{constructor.constructor("return 1")()}}',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'true',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  '0x10',
  '9007199254740993',
  '2026-02-30',
  '9999-99-99',
  '2026-13-01T25:61:00Z',
  '24:00',
  '9:5',
  '10:00:00:00',
  'a'.repeat(5_000),
  'é'.repeat(70_000),
]

/** Numbers at and past the edges. */
export const nastyNumbers: readonly number[] = [
  0,
  -0,
  -1,
  1,
  0.5,
  -0.000001,
  1e-300,
  1e308,
  -1e308,
  2 ** 31,
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  3.14159,
]

/** Objects and arrays where a plain value is expected: query operators, prototype keys, deep nesting. */
export const nastyShapes: readonly unknown[] = [
  null,
  true,
  false,
  [],
  [null],
  [[[]]],
  {},
  { id: 'x' },
  { id: -1 },
  { equals: 1 },
  { $gt: '' },
  { $ne: null },
  { or: [{ id: { exists: true } }] },
  { relationTo: 'users', value: 1 },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
  { toString: 'not a function' },
  deep(60, 'bottom'),
  Array.from({ length: 500 }, (_, i) => i),
  Array.from({ length: 50 }, () => ({ $where: 'sleep(1000)' })),
]

/** A field value that is wrong in type or shape, or a string or number chosen to break things. */
export const malformedValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...nastyStrings) },
  { weight: 2, arbitrary: fc.constantFrom(...nastyNumbers) },
  { weight: 3, arbitrary: fc.constantFrom(...nastyShapes) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
)

/** Keys nobody should be able to set, or that name nothing. */
export const strayKeys: readonly string[] = [
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  '__proto__',
  'constructor',
  'prototype',
  '$where',
  'password',
  'hash',
  'salt',
  'role',
  'lockUntil',
  'loginAttempts',
  'apiKey',
  '',
  ' ',
  'a.b',
  'x'.repeat(300),
]

/** A stray key with a value: an extra field a body should not carry. */
export const strayField: fc.Arbitrary<[string, unknown]> = fc.tuple(
  fc.constantFrom(...strayKeys),
  fc.oneof(malformedValue, fc.constantFrom('admin', 'published', 'draft', '2000-01-01T00:00:00.000Z')),
)

/** Request bodies (as text) that are not a JSON object: broken JSON, other JSON values, other formats. */
export const malformedBodyText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '{',
    '}',
    '{"name": ',
    '{"name": "unterminated}',
    "{'name': 'single quotes'}",
    '{name: 1}',
    '{"a":1,}',
    '[]',
    '[{"name": "in an array"}]',
    'null',
    'true',
    '0',
    '-1e400',
    '"just a string"',
    '\ufeff{"name": "after a byte order mark"}',
    'name=form&encoded=1',
    '<?xml version="1.0"?><name>x</name>',
    '\u0000\u0001\u0002',
    '{"a":"\\ud800"}',
    '{"a":"\\u00"}',
    '['.repeat(5_000) + ']'.repeat(5_000),
    `{"a":${'{"a":'.repeat(3_000)}1${'}'.repeat(3_000)}}`,
  ),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .jsonValue()
    .filter((v) => typeof v !== 'object' || v === null || Array.isArray(v))
    .map((v) => JSON.stringify(v)),
)
