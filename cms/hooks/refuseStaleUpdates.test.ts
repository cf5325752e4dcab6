import { describe, expect, it } from 'vitest'
import { checkVersion } from './refuseStaleUpdates.ts'

describe('an update made from an older version', () => {
  const stored = '2026-12-06T10:02:30.000Z'

  it('is refused, saying when the record changed, in UK time, and what to do', () => {
    const check = checkVersion('session', '2026-12-06T09:58:00.000Z', stored)
    expect(check.kind).toBe('stale')
    if (check.kind !== 'stale') return
    expect(check.message).toContain('This session was changed at 6 Dec 2026, 10:02:30 (UK time)')
    expect(check.message).toContain('(6 Dec 2026, 09:58:00)')
    expect(check.message).toContain('load it again, make your change again and save')
    expect(check.message).toContain('(updatedAt sent: 2026-12-06T09:58:00.000Z; stored: 2026-12-06T10:02:30.000Z.)')
  })

  it('is refused in summer time too, with the clock a parent would read (BST)', () => {
    const check = checkVersion('service', '2026-07-01T08:00:00.000Z', '2026-07-01T09:30:00.000Z')
    expect(check.kind === 'stale' && check.message).toContain('1 Jul 2026, 10:30:00 (UK time)')
  })

  it('goes ahead when it was made from the stored version, also when written differently', () => {
    expect(checkVersion('session', stored, stored).kind).toBe('current')
    expect(checkVersion('session', '2026-12-06T10:02:30Z', stored).kind).toBe('current')
    expect(checkVersion('session', new Date(stored), stored).kind).toBe('current')
  })

  it('is not checked when it does not say which version it was made from', () => {
    for (const sent of [undefined, null, '']) expect(checkVersion('session', sent, stored).kind).toBe('unchecked')
  })

  it('is refused when updatedAt is not a date and time, naming the value', () => {
    for (const sent of ['yesterday', 42, {}, ['2026-12-06']]) {
      const check = checkVersion('session', sent, stored)
      expect(check.kind).toBe('invalid')
      expect(check.kind === 'invalid' && check.message).toMatch(/^updatedAt ".*" is not a date and time/)
    }
  })
})
