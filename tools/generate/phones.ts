import type { Random } from './random.ts'

/** A phone number from Ofcom's drama ranges: a landline mostly, a mobile sometimes. */
export const dramaPhone = (r: Random): string =>
  r.chance(0.8)
    ? `01632 960${String(r.int(0, 999)).padStart(3, '0')}`
    : `07700 900${String(r.int(0, 999)).padStart(3, '0')}`
