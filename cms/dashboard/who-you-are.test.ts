import { describe, expect, it } from 'vitest'
import { whoYouAre } from './who-you-are.ts'

describe('whoYouAre', () => {
  it('names hub staff and their hubs', () => {
    expect(whoYouAre({ name: 'Sam Hubworker', role: 'hub-staff' }, { hubs: ['Birchwood Family Hub'] })).toEqual({
      name: 'Sam Hubworker',
      role: 'Hub staff at Birchwood Family Hub. You change its services, sessions and venues, and review partners’ changes there.',
    })
    expect(
      whoYouAre({ name: 'Jo', role: 'hub-staff' }, { hubs: ['Birchwood Family Hub', 'Padgate Family Hub', 'Croft'] })
        .role,
    ).toMatch(/^Hub staff at Birchwood Family Hub, Padgate Family Hub and Croft\. You change their /)
  })

  it('tells hub staff with no hub what to do', () => {
    expect(whoYouAre({ name: 'Jo', role: 'hub-staff' }, {}).role).toMatch(/ask an admin to add your hub/)
  })

  it('names a partner’s organisation and says their changes are reviewed', () => {
    const who = whoYouAre(
      { name: 'Priya Partner', role: 'partner' },
      { organisation: 'Mersey Vale Hospitals NHS Trust' },
    )
    expect(who.role).toBe(
      'Partner at Mersey Vale Hospitals NHS Trust. Your changes to its services and sessions go to hub staff for review before parents see them.',
    )
  })

  it('falls back to the email when there is no name', () => {
    expect(whoYouAre({ email: 'a@example.org', role: 'admin' }, {}).name).toBe('a@example.org')
  })
})
