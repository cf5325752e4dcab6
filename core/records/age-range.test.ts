import { describe, expect, it } from 'vitest'
import { ageRangeInMonths, ageRangesOverlap, describeAgeRange } from './age-range.ts'

describe('who a service is for', () => {
  it('says it in plain words', () => {
    expect(describeAgeRange({ min: { value: 6, unit: 'weeks' }, max: { value: 6, unit: 'months' } })).toBe(
      'babies from 6 weeks to 6 months',
    )
    expect(describeAgeRange({ fromWeekOfPregnancy: 28, max: { value: 0, unit: 'weeks' } })).toBe(
      'from 28 weeks pregnant',
    )
    expect(describeAgeRange({ fromWeekOfPregnancy: 1, max: { value: 2, unit: 'years' } })).toBe('pregnancy to 2 years')
    expect(describeAgeRange({ fromWeekOfPregnancy: 1, max: { value: 0, unit: 'weeks' } })).toBe('during pregnancy')
    expect(describeAgeRange({ max: { value: 5, unit: 'years' } })).toBe('children up to 5 years')
    expect(describeAgeRange({ min: { value: 11, unit: 'years' }, max: { value: 19, unit: 'years' } })).toBe(
      'young people from 11 to 19 years',
    )
    expect(describeAgeRange({ min: { value: 1, unit: 'years' }, max: { value: 1, unit: 'years' } })).toBe(
      'babies from 1 to 1 year',
    )
    expect(describeAgeRange({})).toBe('all ages')
  })

  it('compares ranges in months, with pregnancy before birth', () => {
    const pregnancy = ageRangeInMonths({ fromWeekOfPregnancy: 28, max: { value: 0, unit: 'weeks' } })
    expect(pregnancy.min).toBeCloseTo(-2.77, 2)
    expect(pregnancy.max).toBe(0)
    expect(ageRangeInMonths({}).max).toBe(Number.POSITIVE_INFINITY)
    expect(
      ageRangesOverlap(
        { max: { value: 12, unit: 'months' } },
        { min: { value: 8, unit: 'months' }, max: { value: 8, unit: 'months' } },
      ),
    ).toBe(true)
    expect(
      ageRangesOverlap(
        { fromWeekOfPregnancy: 1, max: { value: 0, unit: 'weeks' } },
        { min: { value: 2, unit: 'years' } },
      ),
    ).toBe(false)
  })
})
