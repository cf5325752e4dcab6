import { describe, expect, it } from 'vitest'
import { mulberry32, seededRandom } from './random.ts'

const draws = (seed: number, n: number): number[] => {
  const next = mulberry32(seed)
  return Array.from({ length: n }, () => next())
}

describe('the seeded random numbers', () => {
  it('are mulberry32’s: the published first numbers for seed 1, the same again for the same seed', () => {
    expect(draws(1, 3)).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522])
    expect(draws(7, 50)).toEqual(draws(7, 50))
    expect(draws(8, 50)).not.toEqual(draws(7, 50))
    for (const x of draws(3, 10_000)) {
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThan(1)
    }
  })

  it('draw whole numbers from min to max, both ends included', () => {
    const r = seededRandom(1)
    const seen = new Set(Array.from({ length: 2000 }, () => r.int(-2, 6)))
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2, 3, 4, 5, 6])
  })

  it('pick every item in time, and only the items', () => {
    const r = seededRandom(2)
    const items = ['a', 'b', 'c'] as const
    const seen = new Set(Array.from({ length: 200 }, () => r.pick(items)))
    expect([...seen].sort()).toEqual(['a', 'b', 'c'])
  })

  it('choose some distinct items in their original order, all of them when asked for more', () => {
    const r = seededRandom(3)
    const items = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA']
    for (let i = 0; i < 200; i++) {
      const chosen = r.some(items, 3)
      expect(chosen).toHaveLength(3)
      expect(new Set(chosen).size).toBe(3)
      expect([...chosen].sort((a, b) => items.indexOf(a) - items.indexOf(b))).toEqual(chosen)
    }
    expect(r.some(items, 10)).toEqual(items)
    expect(r.some(items, 0)).toEqual([])
  })

  it('choose by weight, never an item of weight 0; preparing the chooser draws nothing', () => {
    const r = seededRandom(4)
    const pickWeighted = r.weighted(
      [
        ['never', 0],
        ['often', 3],
        ['sometimes', 1],
      ] as const,
      ([, w]) => w,
    )
    const counts = { never: 0, often: 0, sometimes: 0 }
    for (let i = 0; i < 4000; i++) counts[pickWeighted()[0]]++
    expect(counts.never).toBe(0)
    expect(counts.often / counts.sometimes).toBeGreaterThan(2.5)
    expect(counts.often / counts.sometimes).toBeLessThan(3.5)

    const a = seededRandom(5)
    const b = seededRandom(5)
    a.weighted([1, 2, 3], (n) => n)
    expect(a.next()).toBe(b.next())
  })

  it('say yes about as often as asked', () => {
    const r = seededRandom(6)
    const yes = Array.from({ length: 10_000 }, () => r.chance(0.3)).filter(Boolean).length
    expect(yes).toBeGreaterThan(2800)
    expect(yes).toBeLessThan(3200)
    expect(Array.from({ length: 100 }, () => r.chance(0)).some(Boolean)).toBe(false)
  })
})
