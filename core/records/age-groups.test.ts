import { describe, expect, it } from 'vitest'
import { ageGroupsOf } from './age-groups.ts'

describe('the age groups a service is listed under', () => {
  it('a baby group (birth to 12 months) is for babies only, not toddlers', () => {
    expect(ageGroupsOf({ max: { value: 12, unit: 'months' } })).toEqual(['baby'])
  })
  it('babies from 6 weeks to 6 months is for babies', () => {
    expect(ageGroupsOf({ min: { value: 6, unit: 'weeks' }, max: { value: 6, unit: 'months' } })).toEqual(['baby'])
  })
  it('from 28 weeks pregnant to 2 years covers pregnancy, babies and toddlers', () => {
    expect(ageGroupsOf({ fromWeekOfPregnancy: 28, max: { value: 2, unit: 'years' } })).toEqual([
      'pregnancy',
      'baby',
      'toddler',
    ])
  })
  it('an antenatal class (pregnancy only) is not listed for babies', () => {
    expect(ageGroupsOf({ fromWeekOfPregnancy: 1, max: { value: 0, unit: 'months' } })).toEqual(['pregnancy'])
  })
  it('under 5s is babies, toddlers and early years', () => {
    expect(ageGroupsOf({ max: { value: 5, unit: 'years' } })).toEqual(['baby', 'toddler', 'early-years'])
  })
  it('no age range means every age band from birth, but not pregnancy and not SEND by itself', () => {
    expect(ageGroupsOf({})).toEqual(['baby', 'toddler', 'early-years', 'primary', 'teenager'])
  })
  it('11 to 19 years is for young people', () => {
    expect(ageGroupsOf({ min: { value: 11, unit: 'years' }, max: { value: 19, unit: 'years' } })).toEqual(['teenager'])
  })
  it('up to 25 is SEND provision; a SEND service of any age is listed under SEND', () => {
    expect(ageGroupsOf({ min: { value: 16, unit: 'years' }, max: { value: 25, unit: 'years' } })).toEqual([
      'teenager',
      'send-to-25',
    ])
    expect(ageGroupsOf({ max: { value: 5, unit: 'years' } }, { send: true })).toContain('send-to-25')
  })
})
