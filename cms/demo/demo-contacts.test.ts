/** Demo contact details are fictional: Ofcom drama numbers and example.org, never real people. */
import { describe, expect, it } from 'vitest'
import { articles } from './data/articles.ts'
import { hubs } from './data/hubs.ts'
import { organisations } from './data/organisations.ts'
import { services } from './data/services.ts'
import { demoAccounts } from './demo-accounts.ts'

const phoneDigits = (p: string) => p.replace(/\D/g, '')
const isDramaNumber = (p: string) => /^01632960\d{3}$/.test(phoneDigits(p)) || /^07700900\d{3}$/.test(phoneDigits(p))

describe('demo contact details', () => {
  const phones = [
    ...organisations.map((o) => o.phone),
    ...hubs.flatMap((h) => [h.phone, h.staffContact?.phone]),
    ...services.flatMap((s) => [s.contact.phone, s.access.bookingPhone]),
  ].filter((p): p is string => Boolean(p))
  const emails = [
    ...organisations.map((o) => o.email),
    ...hubs.flatMap((h) => [h.email, h.staffContact?.email]),
    ...services.map((s) => s.contact.email),
    ...demoAccounts.map((a) => a.email),
  ].filter((e): e is string => Boolean(e))
  const urls = [
    ...organisations.map((o) => o.website),
    ...services.flatMap((s) => [s.contact.website, s.access.bookingUrl]),
  ].filter((u): u is string => Boolean(u))

  it('uses only Ofcom drama numbers', () => {
    expect(phones.length).toBeGreaterThan(50)
    expect(phones.filter((p) => !isDramaNumber(p))).toEqual([])
  })

  it('uses only example.org addresses', () => {
    expect(emails.filter((e) => !e.endsWith('@example.org'))).toEqual([])
    expect(
      urls.filter((u) => new URL(u).hostname !== 'www.example.org' && new URL(u).hostname !== 'example.org'),
    ).toEqual([])
  })

  it('names no real web address in the advice', () => {
    const text = articles.flatMap((a) => [a.summary, ...a.body]).join('\n')
    expect(text.match(/https?:\/\/(?!(www\.)?example\.org)\S+/g) ?? []).toEqual([])
  })
})
