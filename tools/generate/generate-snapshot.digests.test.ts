import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { generateSnapshot } from './generate-snapshot.ts'

/**
 * The exact output for a few sizes and seeds, as the sha256 of its JSON. Benchmarks compare runs of
 * the same size and seed, so a change to the generator that changes what it makes must be meant: if
 * it is, run the generator for these cases and write the new digests here, saying why in the commit.
 */
const digests = [
  { services: 1, seed: 1, sha256: '9c3b66f82d800a21eafb3adc42c1470af62378ffbd126f8a2c66da0578c13061' },
  { services: 50, seed: 1, sha256: 'fda89f3246d1bade53264b995b0fed23e680fc07a9d80a0850b091c119a9ba55' },
  { services: 300, seed: 8, sha256: '8a3c1ba7fd4af57d9692c06891329df3a88b372745a57d2acdece9620107dd96' },
  { services: 1000, seed: 1, sha256: 'a7d8d418e5081553d4cdb42531779d7d2254afc4aadd5145ac9c00d45714df2f' },
  { services: 1000, seed: 7, sha256: '630412c82fdfd97e4ca4f1b3ff018795ef001859bbd5d4bb2fbe4dda163f8bf2' },
  { services: 5000, seed: 1, sha256: '7aecb9bcdec0cc974e5a43e21b9a55385e6b1c5568cc1130e046be47457a7ccc' },
] as const

const sha256Of = (text: string): string => createHash('sha256').update(text).digest('hex')

describe('the generated directory, byte for byte', () => {
  it.each(digests)(
    'is the recorded one for services: $services, seed: $seed',
    ({ services, seed, sha256 }) => {
      expect(sha256Of(JSON.stringify(generateSnapshot({ services, seed })))).toBe(sha256)
    },
    60_000,
  )
})
