import { describe, expect, it } from 'vitest'
import { hubStaffOrAdmins, inWords, partnersToTell, reviewersSentence, type UserLike } from './recipients.ts'

const birchwood = { id: 1, name: 'Birchwood Family Hub' }
const padgate = { id: 2, name: 'Padgate Family Hub' }
const croft = { id: 3, name: 'Croft Outreach' }
const trust = { id: 10, name: 'Mersey Vale Hospitals NHS Trust' }

const users: UserLike[] = [
  { id: 1, email: 'admin@example.org', role: 'admin' },
  { id: 2, email: 'sam@example.org', role: 'hub-staff', hubs: [1] },
  { id: 3, email: 'jo@example.org', role: 'hub-staff', hubs: [{ id: 1 }, { id: 2 }] },
  { id: 4, email: 'kim@example.org', role: 'hub-staff', hubs: [2] },
  { id: 5, email: 'priya@example.org', role: 'partner', organisation: 10 },
  { id: 6, email: 'pat@example.org', role: 'partner', organisation: { id: 10 } },
  { id: 7, email: 'other@example.org', role: 'partner', organisation: 11 },
]
const ids = (list: { user: UserLike }[]) => list.map((r) => r.user.id)

describe('inWords', () => {
  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
  ])('%j is "%s"', (items, words) => expect(inWords(items)).toBe(words))
})

describe('hubStaffOrAdmins', () => {
  it('tells the staff of the hubs, each with the hubs of theirs it is at', () => {
    const told = hubStaffOrAdmins([birchwood, padgate], users, { noun: 'service' })
    expect(ids(told)).toEqual([2, 3, 4])
    expect(told.find((r) => r.user.id === 3)!.why).toBe(
      'You are hub staff at Birchwood Family Hub and Padgate Family Hub, where this service runs.',
    )
    expect(told.find((r) => r.user.id === 4)!.why).toBe(
      'You are hub staff at Padgate Family Hub, where this service runs.',
    )
  })

  it('leaves out the person who did it', () => {
    expect(ids(hubStaffOrAdmins([birchwood], users, { noun: 'session', exclude: 2 }))).toEqual([3])
  })

  it('tells the admins when no hub staff look after any of the hubs, or it is at none', () => {
    const told = hubStaffOrAdmins([croft], users, { noun: 'session' })
    expect(ids(told)).toEqual([1])
    expect(told[0]!.why).toBe(
      'You are an admin, and no hub staff account looks after Croft Outreach, where this session runs.',
    )
    expect(hubStaffOrAdmins([], users, { noun: 'service' })[0]!.why).toBe(
      'You are an admin, and this service is at no hub.',
    )
  })

  it('tells the admins when the only hub staff is the person who did it', () => {
    expect(ids(hubStaffOrAdmins([birchwood], users.slice(0, 2), { noun: 'service', exclude: 2 }))).toEqual([1])
  })
})

describe('partnersToTell', () => {
  it('tells the partner who sent the change', () => {
    expect(partnersToTell(5, trust, users)).toEqual([{ user: users[4], why: 'You sent this change for review.' }])
  })

  it('tells the organisation’s partners when the sender’s account is gone, never another organisation’s', () => {
    const told = partnersToTell(99, trust, users)
    expect(ids(told)).toEqual([5, 6])
    expect(told[0]!.why).toBe('You are a partner at Mersey Vale Hospitals NHS Trust, whose change this is.')
  })

  it('does not tell the partner of their own action', () => {
    expect(ids(partnersToTell(5, trust, users, { exclude: 5 }))).toEqual([6])
  })
})

describe('reviewersSentence', () => {
  it('names the staffed hubs', () => {
    expect(reviewersSentence([birchwood, croft], users)).toBe(
      'The staff of Birchwood Family Hub review it before it goes live; until then parents see the live version.',
    )
  })
  it('says an admin reviews it, and why, when none of its hubs has staff', () => {
    expect(reviewersSentence([croft], users)).toBe(
      'An admin reviews it before it goes live, as no hub staff look after Croft Outreach in the admin; until then parents see the live version.',
    )
    expect(reviewersSentence([], users)).toMatch(/^An admin reviews it before it goes live, as it is at no hub yet/)
  })
})
