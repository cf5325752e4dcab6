import { describe, expect, it } from 'vitest'
import { clockTime, lowerFirst, withoutStop } from './text.ts'

describe('generated wording', () => {
  it('lowers the first letter of a phrase for the middle of a sentence, but not of an acronym', () => {
    expect(lowerFirst('Stay and play for under 5s')).toBe('stay and play for under 5s')
    expect(lowerFirst('NHS baby clinic')).toBe('NHS baby clinic')
    expect(lowerFirst('already lower')).toBe('already lower')
    expect(lowerFirst('')).toBe('')
  })

  it('drops a sentence’s closing full stop or exclamation mark, and nothing else', () => {
    expect(withoutStop('Free for all families.')).toBe('Free for all families')
    expect(withoutStop('All welcome! ')).toBe('All welcome')
    expect(withoutStop('Ages 0 to 5')).toBe('Ages 0 to 5')
    expect(withoutStop('Is it free?')).toBe('Is it free?')
  })

  it('writes minutes after midnight as a 24-hour time', () => {
    expect(clockTime(0)).toBe('00:00')
    expect(clockTime(570)).toBe('09:30')
    expect(clockTime(13 * 60 + 5)).toBe('13:05')
    expect(clockTime(21 * 60)).toBe('21:00')
  })
})
