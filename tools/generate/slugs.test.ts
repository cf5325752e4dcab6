import { describe, expect, it } from 'vitest'
import { firstFree, uniqueSlug } from './slugs.ts'

describe('names and slugs not yet taken', () => {
  it('numbers a slug that is taken, as the CMS does, and takes it', () => {
    const used = new Set<string>()
    expect(uniqueSlug(used, 'stay-and-play')).toBe('stay-and-play')
    expect(uniqueSlug(used, 'stay-and-play')).toBe('stay-and-play-2')
    expect(uniqueSlug(used, 'stay-and-play')).toBe('stay-and-play-3')
    expect([...used]).toEqual(['stay-and-play', 'stay-and-play-2', 'stay-and-play-3'])
  })

  it('gives the first candidate whose slug is free, comparing slugs rather than names', () => {
    const used = new Set(['hulme-library'])
    expect(firstFree(used, ['Hulme Library', 'Hulme Library and Family Zone'])).toBe('Hulme Library and Family Zone')
    expect(firstFree(used, ['HULME  library!', 'Moss Side Library'])).toBe('Moss Side Library')
    expect(firstFree(used, ['Hulme Library'])).toBeUndefined()
    expect(firstFree(used, [])).toBeUndefined()
  })
})
