import { describe, expect, it } from 'vitest'
import { cleanStrings, cleanText } from './safe-text.ts'
import { parseSnapshot } from '../records/snapshot.ts'
import { readDemoSnapshot } from '../../tests/fixtures/demo-snapshot.ts'

describe('published text', () => {
  it('loses bidirectional overrides, embeddings and isolates, NUL and lone surrogates', () => {
    expect(cleanText('invoice\u202Egnp.exe')).toBe('invoicegnp.exe')
    expect(cleanText('\u202Aa\u202B\u202Cb\u202D\u2066c\u2067\u2068\u2069\u0000')).toBe('abc')
    expect(cleanText('bad \ud800 half \udc00 pair')).toBe('bad  half  pair')
  })

  it('keeps right-to-left text, its marks, and emoji', () => {
    for (const text of ['مرحبا بكم في المركز', 'خوش آمدید', 'a\u200Fb\u200Ec', 'Stay & play 👩‍👧‍👦 🎉 🇬🇧'])
      expect(cleanText(text)).toBe(text)
  })

  it('is cleaned throughout a snapshot, in every field and nested value, before it is checked', () => {
    const raw = readDemoSnapshot()
    raw.collections.services[0].name = 'Stay and Play \u202Eyalp'
    raw.collections.services[0].cost.details = 'Free\u2066 for all\u2069'
    raw.collections.hubs[0].description = 'Open \u202Bdaily\u202C'
    const snapshot = parseSnapshot(raw)
    expect(snapshot.services[0]!.name).toBe('Stay and Play yalp')
    expect(snapshot.services[0]!.cost.details).toBe('Free for all')
    expect(snapshot.hubs[0]!.description).toBe('Open daily')
    expect(cleanStrings({ a: ['x\u202E', 1, null, { b: '\u0000y' }] })).toEqual({ a: ['x', 1, null, { b: 'y' }] })
  })
})
