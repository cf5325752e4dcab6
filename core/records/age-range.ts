/**
 * Who a service is for: an age range of the child, which may start in pregnancy.
 * Ages are entered as a number and a unit ("6 weeks", "18 months", "5 years") so that staff can
 * write what they mean; comparisons convert them to months, with pregnancy as negative months.
 */
import { z } from 'zod'
import { ageUnits, type AgeUnit } from './vocabulary.ts'

const WEEKS_PER_MONTH = 52 / 12
const FULL_TERM_WEEKS = 40

export interface Age {
  value: number
  unit: AgeUnit
}

export interface AgeRange {
  /** Open in pregnancy from this week (1 = from the start). */
  fromWeekOfPregnancy?: number
  /** Youngest child's age; absent means from birth (or from pregnancy, if fromWeekOfPregnancy is set). */
  min?: Age
  /** Oldest child's age; absent means no upper limit. */
  max?: Age
}

export const ageInMonths = (age: Age): number =>
  age.unit === 'weeks' ? age.value / WEEKS_PER_MONTH : age.unit === 'years' ? age.value * 12 : age.value

/** Months relative to birth of a week of pregnancy: week 28 is about -2.8 months. */
export const pregnancyWeekInMonths = (week: number): number => -(FULL_TERM_WEEKS - week) / WEEKS_PER_MONTH

/** The range in months from birth: pregnancy is negative, no upper limit is Infinity. */
export const ageRangeInMonths = (range: AgeRange): { min: number; max: number } => ({
  min:
    range.fromWeekOfPregnancy !== undefined
      ? pregnancyWeekInMonths(range.fromWeekOfPregnancy)
      : range.min
        ? ageInMonths(range.min)
        : 0,
  max: range.max ? ageInMonths(range.max) : Number.POSITIVE_INFINITY,
})

/** True when the two ranges share at least one age (for "suitable for my 8-month-old"). */
export const ageRangesOverlap = (a: AgeRange, b: AgeRange): boolean => {
  const x = ageRangeInMonths(a)
  const y = ageRangeInMonths(b)
  return x.min <= y.max && y.min <= x.max
}

const formatAge = (age: Age): string => {
  const unit = age.value === 1 ? age.unit.slice(0, -1) : age.unit
  return `${age.value} ${unit}`
}

/** Plain words for parents: "babies from 6 weeks to 6 months", "from 28 weeks pregnant to 2 years". */
export const describeAgeRange = (range: AgeRange): string => {
  const { fromWeekOfPregnancy: week, min, max } = range
  const pregnancyOnly = max !== undefined && max.value === 0
  if (week !== undefined) {
    const start = week <= 1 ? 'pregnancy' : `${week} weeks pregnant`
    if (pregnancyOnly) return week <= 1 ? 'during pregnancy' : `from ${week} weeks pregnant`
    if (max) return week <= 1 ? `pregnancy to ${formatAge(max)}` : `from ${start} to ${formatAge(max)}`
    return `from ${start}`
  }
  const maxMonths = max ? ageInMonths(max) : Number.POSITIVE_INFINITY
  const who =
    maxMonths <= 12
      ? 'babies'
      : maxMonths <= 60
        ? 'children'
        : maxMonths <= 19 * 12 && min && ageInMonths(min) >= 11 * 12
          ? 'young people'
          : 'children and young people'
  if (min && min.value > 0 && max) {
    const sameUnit = min.unit === max.unit
    return `${who} from ${sameUnit ? String(min.value) : formatAge(min)} to ${formatAge(max)}`
  }
  if (min && min.value > 0) return `${who} from ${formatAge(min)}`
  if (max) return `${who} up to ${formatAge(max)}`
  return 'all ages'
}

const ageSchema = (label: string) =>
  z
    .object({
      value: z.number().nullish(),
      unit: z.enum(ageUnits).nullish(),
    })
    .nullish()
    .transform((age, ctx): Age | undefined => {
      if (!age || age.value == null) return undefined
      if (!Number.isInteger(age.value) || age.value < 0 || age.value > 300) {
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `${label} ${age.value} is not an age. Enter a whole number from 0 to 300, with its unit.`,
        })
        return z.NEVER
      }
      return { value: age.value, unit: age.unit ?? 'months' }
    })

export const ageRangeSchema = z
  .object({
    fromWeekOfPregnancy: z.number().nullish(),
    min: ageSchema('Youngest age'),
    max: ageSchema('Oldest age'),
  })
  .nullish()
  .transform((range, ctx): AgeRange => {
    const result: AgeRange = {}
    if (!range) return result
    const week = range.fromWeekOfPregnancy
    if (week != null) {
      if (!Number.isInteger(week) || week < 1 || week > 42) {
        ctx.addIssue({
          code: 'custom',
          path: ['fromWeekOfPregnancy'],
          message: `Week of pregnancy ${week} is not a week of pregnancy. Enter a whole number from 1 to 42, for example 28 for "from 28 weeks pregnant".`,
        })
        return z.NEVER
      }
      result.fromWeekOfPregnancy = week
    }
    if (range.min) result.min = range.min
    if (range.max) result.max = range.max
    if (result.fromWeekOfPregnancy !== undefined && result.min && result.min.value > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['min', 'value'],
        message: `Youngest age ${formatAge(result.min)} cannot be combined with "from ${result.fromWeekOfPregnancy} weeks pregnant". Leave the youngest age empty when the service starts in pregnancy.`,
      })
      return z.NEVER
    }
    if (result.min && result.max && ageInMonths(result.min) > ageInMonths(result.max)) {
      ctx.addIssue({
        code: 'custom',
        path: ['min', 'value'],
        message: `Youngest age ${formatAge(result.min)} is older than oldest age ${formatAge(result.max)}. Make the youngest age no older than the oldest.`,
      })
      return z.NEVER
    }
    return result
  })
