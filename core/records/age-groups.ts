/**
 * The age groups parents browse by (the life stages of vocabulary.ts): which of them a service's
 * age range is for. Boundaries are in months from birth, pregnancy negative; a range that only
 * touches a boundary (0 to 12 months and "toddlers 1 to 2") does not count as overlapping, so a
 * baby group is not listed for toddlers.
 */
import { ageRangeInMonths, type AgeRange } from './age-range.ts'
import { lifeStageOptions, type LifeStage } from './vocabulary.ts'

/** [from, to) in months. SEND is not an age band: see `ageGroupsOf`. */
export const ageGroupBounds: Record<Exclude<LifeStage, 'send-to-25'>, readonly [number, number]> = {
  pregnancy: [-10, 0],
  baby: [0, 12],
  toddler: [12, 24],
  'early-years': [24, 60],
  primary: [60, 132],
  teenager: [132, 228],
}

/** The age groups parents see, in order: "Pregnancy", "Babies (0 to 1)", ... "SEND (up to 25)". */
export const ageGroups = lifeStageOptions

/**
 * The age groups a service is for. SEND (up to 25) applies to services filed under SEND and to
 * services whose ages reach past 19, which only SEND provision does in family hubs.
 */
export const ageGroupsOf = (range: AgeRange, options: { send?: boolean } = {}): LifeStage[] => {
  const { min, max } = ageRangeInMonths(range)
  const groups = (Object.entries(ageGroupBounds) as [LifeStage, readonly [number, number]][])
    .filter(([, [from, to]]) => min < to && max > from)
    .map(([group]) => group)
  if (options.send || (max > 19 * 12 && max !== Number.POSITIVE_INFINITY)) groups.push('send-to-25')
  return groups
}
