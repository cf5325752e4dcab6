import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { jsonPieces, writeJsonFile } from './json-file.ts'

const values: unknown[] = [
  {
    format: 'x',
    skipped: undefined,
    fn: () => 1,
    list: [1, 'two', { three: [3] }, undefined, null],
    empty: [],
    nested: { a: [1, 2] },
    date: new Date('2027-02-10T09:30:00Z'),
  },
  [],
  [{ a: 1 }, [2, 3], 'quote " and \u2028 line separator', '🙂'],
  'a string',
  42,
  null,
  { toJSON: () => ({ replaced: true }) },
  {},
]

describe('JSON written in pieces', () => {
  const dir = mkdtemp(path.join(tmpdir(), 'json-file-'))
  afterAll(async () => rm(await dir, { recursive: true, force: true }))

  it('joins to exactly what JSON.stringify gives', () => {
    for (const value of values) expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value))
  })

  it('gives a big object’s array an element at a time', () => {
    const pieces = [...jsonPieces({ meta: { v: 1 }, services: Array.from({ length: 1000 }, (_, i) => ({ id: i })) })]
    expect(pieces.length).toBeGreaterThan(1000)
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(20)
  })

  it('writes a file of several megabytes that parses back to the same value, and counts its bytes', async () => {
    const value = {
      format: 'big',
      services: Array.from({ length: 40_000 }, (_, i) => ({
        id: `service-${i}`,
        name: `Stay and play ${i} – Birchwood`,
        tags: ['a', 'b'],
      })),
    }
    const file = path.join(await dir, 'big.json')
    const bytes = await writeJsonFile(file, value)
    const text = await readFile(file, 'utf8')
    expect(bytes).toBe(Buffer.byteLength(JSON.stringify(value)))
    expect(bytes).toBeGreaterThan(2 ** 21)
    expect(text).toBe(JSON.stringify(value))
  })

  it('fails with the file system’s error when the file cannot be written', async () => {
    await expect(writeJsonFile(path.join(await dir, 'missing-folder', 'x.json'), { a: 1 })).rejects.toThrow(/ENOENT/)
  })
})
