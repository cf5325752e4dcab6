import { describe, expect, it } from 'vitest'
import { isUkPhone, normalisePostcode, numberedSlug, postcodeSchema, SLUG_MAX_LENGTH, slugify } from './fields.ts'

describe('field formats', () => {
  it('accepts UK postcodes in any case and spacing, and tidies them', () => {
    for (const p of ['WA1 1AB', 'wa11ab', 'WA13 0QS', 'M1 1AE', 'EC1A 1BB', 'BT7 1NN', 'GIR 0AA', 'SW1A 2AA'])
      expect(postcodeSchema.safeParse(p).success, p).toBe(true)
    expect(postcodeSchema.parse('wa13 0qs')).toBe('WA13 0QS')
    expect(normalisePostcode('ec1a1bb')).toBe('EC1A 1BB')
    for (const p of ['WA1', '12345', 'WA1 1A', 'QA1 1AB', 'WA1 1AB X'])
      expect(postcodeSchema.safeParse(p).success, p).toBe(false)
  })

  it('accepts UK phone numbers and refuses others', () => {
    for (const p of ['01632 960000', '07700 900123', '(01632) 960 001', '+44 1632 960000', '0300 123 4567'])
      expect(isUkPhone(p), p).toBe(true)
    for (const p of ['960000', '+1 202 555 0100', '01632 960000 ext 4', '+44 01632 960000'])
      expect(isUkPhone(p), p).toBe(false)
  })

  it('makes slugs from names', () => {
    expect(slugify('Stay & Play (Birchwood)')).toBe('stay-and-play-birchwood')
    expect(slugify('Crèche – Dads’ Club')).toBe('creche-dads-club')
    expect(slugify('  ')).toBe('')
  })
})

describe('numbered slugs', () => {
  it('number a slug from 2, keeping it within the length slugify allows so the number is never cut off', () => {
    expect(numberedSlug('Stay & Play', 1)).toBe('stay-and-play')
    expect(numberedSlug('Stay & Play', 2)).toBe('stay-and-play-2')
    // Two long session slugs that differ only after the 96th character.
    const long = `${'citizens-advice-at-the-family-hub-at-rowan-tree-primary-school-penketh-'.repeat(2)}we-1000`
    expect(slugify(long)).toHaveLength(SLUG_MAX_LENGTH)
    const second = numberedSlug(long, 2)
    expect(second.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH)
    expect(second.endsWith('-2')).toBe(true)
    expect(slugify(second)).toBe(second) // what the CMS does to a slug it is given changes nothing
    expect(second).not.toBe(numberedSlug(long, 1))
    expect(numberedSlug(long, 12).endsWith('-12')).toBe(true)
  })
})
