/**
 * The generator's only source of chance: a seeded mulberry32, never Math.random or the clock, so the
 * same seed gives the same directory. Every choice the generator makes draws from one `Random`, in a
 * fixed order: changing the order of the draws changes the output.
 */

/** mulberry32: 32 bits of state, fast, good enough for test data. Numbers in [0, 1). */
export const mulberry32 = (seed: number): (() => number) => {
  let a = seed >>> 0
  return (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface Random {
  /** A number in [0, 1). */
  next: () => number
  /** A whole number from min to max, both included. */
  int: (min: number, max: number) => number
  /** One of the items (at least one). */
  pick: <T>(items: readonly T[]) => T
  /** True with probability p. */
  chance: (p: number) => boolean
  /** A few distinct items (count, or all of them if fewer), in their original order. */
  some: <T>(items: readonly T[], count: number) => T[]
  /** A chooser by weight, prepared once (cumulative weights and a binary search); preparing it draws nothing. */
  weighted: <T>(items: readonly T[], weightOf: (item: T) => number) => () => T
}

export const seededRandom = (seed: number): Random => {
  const next = mulberry32(seed)
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  const chance = (p: number): boolean => next() < p
  const some = <T>(items: readonly T[], count: number): T[] => {
    const chosen = new Set<number>()
    while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(next() * items.length))
    return items.filter((_, i) => chosen.has(i))
  }
  const weighted = <T>(items: readonly T[], weightOf: (item: T) => number): (() => T) => {
    const cumulative: number[] = []
    let total = 0
    for (const item of items) cumulative.push((total += weightOf(item)))
    return () => {
      const x = next() * total
      let lo = 0
      let hi = cumulative.length - 1
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (cumulative[mid]! > x) hi = mid
        else lo = mid + 1
      }
      return items[lo]!
    }
  }
  return { next, int, pick, chance, some, weighted }
}
