import { describe, expect, it } from 'vitest'
import { smtpSettings } from '../email.ts'
import { dueWords, groupByHub, checkItemOf, type CheckItem } from './due-for-check.ts'
import { adminBaseUrl, ownersOf, reminderEmail } from './send-check-reminders.ts'

const item = (over: Partial<CheckItem> = {}): CheckItem => ({
  collection: 'services',
  id: 1,
  title: 'Stay and Play',
  state: 'overdue',
  dueOn: '2027-01-10',
  daysOverdue: 31,
  lastChecked: '2026-07-10',
  checkEveryMonths: 6,
  hubs: [10],
  pendingChanges: false,
  ...over,
})

describe('what is due for a check', () => {
  it('a record is listed when due within 14 days, overdue or never checked (from the day it was added)', () => {
    const record = {
      id: 1,
      name: 'Stay and Play',
      hubs: [10, { id: 11 }],
      provider: 5,
      createdAt: '2026-05-01T09:00:00.000Z',
    }
    expect(
      checkItemOf('services', { ...record, lastChecked: '2026-08-10T12:00:00.000Z' }, '2027-01-26'),
    ).toBeUndefined()
    expect(checkItemOf('services', { ...record, lastChecked: '2026-08-10T12:00:00.000Z' }, '2027-01-27')).toMatchObject(
      { state: 'due', dueOn: '2027-02-10', daysOverdue: -14, hubs: [10, 11], provider: 5 },
    )
    expect(
      checkItemOf(
        'services',
        { ...record, lastChecked: '2026-07-10T12:00:00.000Z', checkEveryMonths: 6 },
        '2027-02-10',
      ),
    ).toMatchObject({ state: 'overdue', dueOn: '2027-01-10', daysOverdue: 31 })
    expect(checkItemOf('services', record, '2027-02-10')).toMatchObject({ state: 'never-checked', dueOn: '2026-05-01' })
  })

  it('a timetable that has ended needs no review', () => {
    const session = {
      id: 2,
      title: 'Baby massage at Birchwood',
      hub: 10,
      lastChecked: '2026-01-10',
      lastDate: '2027-02-09T12:00:00.000Z',
    }
    expect(checkItemOf('sessions', session, '2027-02-10')).toBeUndefined()
    expect(checkItemOf('sessions', { ...session, lastDate: '2027-02-10' }, '2027-02-10')).toMatchObject({
      state: 'overdue',
      hubs: [10],
    })
  })

  it('groups by hub, a service under each of its hubs, most overdue first; only the given hubs for hub staff', () => {
    const a = item({ id: 1, title: 'A', dueOn: '2027-01-20', hubs: [10, 11] })
    const b = item({ id: 2, title: 'B', dueOn: '2026-12-01', hubs: [10] })
    const c = item({ id: 3, title: 'C', hubs: [] })
    const names = new Map([
      ['10', 'Warrington Central'],
      ['11', 'Birchwood'],
    ])
    const titles = (groups: ReturnType<typeof groupByHub>) =>
      groups.map((g) => [g.hub?.name ?? null, g.items.map((i) => i.title)])
    expect(titles(groupByHub([a, b, c], names))).toEqual([
      ['Birchwood', ['A']],
      ['Warrington Central', ['B', 'A']],
      [null, ['C']],
    ])
    expect(titles(groupByHub([a, b, c], names, [11]))).toEqual([['Birchwood', ['A']]])
  })

  it('says where an item stands', () => {
    expect(dueWords(item())).toBe('overdue: due on 10 January 2027, last checked 10 July 2026')
    expect(dueWords(item({ state: 'due', daysOverdue: 0 }))).toBe('due today, last checked 10 July 2026')
    expect(dueWords(item({ state: 'due', daysOverdue: -3, dueOn: '2027-01-13' }))).toBe(
      'due on 13 January 2027, last checked 10 July 2026',
    )
    expect(dueWords(item({ state: 'never-checked', dueOn: '2026-05-01', lastChecked: undefined }))).toBe(
      'never checked, added 1 May 2026',
    )
  })
})

describe('check reminders', () => {
  const users = [
    { email: 'admin@example.org', name: 'Admin', role: 'admin' },
    { email: 'birchwood@example.org', name: 'Hana Hussain', role: 'hub-staff', hubs: [11] },
    { email: 'central@example.org', name: 'Central Staff', role: 'hub-staff', hubs: [{ id: 10 }] },
    { email: 'nhs@example.org', name: 'Midwife', role: 'partner', organisation: 5 },
  ]

  it('go to the hub staff of its hubs and the partners of its organisation; else the admins', () => {
    expect(ownersOf(item({ hubs: [11], provider: 5 }), users).map((o) => o.email)).toEqual([
      'birchwood@example.org',
      'nhs@example.org',
    ])
    expect(ownersOf(item({ hubs: [10, 11], provider: 6 }), users).map((o) => o.email)).toEqual([
      'birchwood@example.org',
      'central@example.org',
    ])
    expect(ownersOf(item({ hubs: [], provider: 6 }), users).map((o) => o.email)).toEqual(['admin@example.org'])
  })

  it('one email lists the items with links to the admin', () => {
    const email = reminderEmail(
      { email: 'birchwood@example.org', name: 'Hana Hussain' },
      [
        item(),
        item({
          collection: 'sessions',
          id: 7,
          title: 'Stay & Play at <Birchwood>',
          state: 'due',
          daysOverdue: 0,
          pendingChanges: true,
        }),
      ],
      'https://cms.example.org/admin',
    )
    expect(email.subject).toBe('2 services and timetables are due for a check')
    expect(email.text).toContain(
      '- Stay and Play (service): overdue: due on 10 January 2027, last checked 10 July 2026\n  https://cms.example.org/admin/collections/services/1',
    )
    expect(email.text).toContain(
      '- Stay & Play at <Birchwood> (timetable): due today, last checked 10 July 2026; it has changes waiting to be published\n  https://cms.example.org/admin/collections/sessions/7',
    )
    expect(email.html).toContain(
      '<a href="https://cms.example.org/admin/collections/sessions/7">Stay &amp; Play at &lt;Birchwood&gt;</a>',
    )
    expect(reminderEmail({ email: 'a@example.org', name: 'A' }, [item({ collection: 'sessions' })], 'x').subject).toBe(
      '1 timetable is due for a check',
    )
  })

  it('link to SERVER_URL, or localhost on PORT', () => {
    expect(adminBaseUrl({ SERVER_URL: 'https://cms.example.org/' })).toBe('https://cms.example.org/admin')
    expect(adminBaseUrl({ PORT: '3100' })).toBe('http://localhost:3100/admin')
    expect(adminBaseUrl({})).toBe('http://localhost:3000/admin')
  })
})

describe('email settings', () => {
  it('send over SMTP only when SMTP_HOST is set', () => {
    expect(smtpSettings({})).toBeUndefined()
    expect(
      smtpSettings({
        SMTP_HOST: 'smtp.example.org',
        SMTP_USER: 'hubs',
        SMTP_PASS: 'secret',
        EMAIL_FROM: 'Mersey Vale Family Hubs <hubs@example.org>',
      }),
    ).toEqual({
      host: 'smtp.example.org',
      port: 587,
      secure: false,
      auth: { user: 'hubs', pass: 'secret' },
      fromAddress: 'hubs@example.org',
      fromName: 'Mersey Vale Family Hubs',
    })
    expect(
      smtpSettings({ SMTP_HOST: 'smtp.example.org', SMTP_PORT: '465', EMAIL_FROM: 'hubs@example.org' }),
    ).toMatchObject({ port: 465, secure: true, fromAddress: 'hubs@example.org', fromName: 'Family Hub Directory' })
  })

  it('name the setting that is wrong', () => {
    expect(() => smtpSettings({ SMTP_HOST: 'smtp.example.org' })).toThrow(
      'EMAIL_FROM is not set. With SMTP_HOST set, give the sender, like "Family Hubs <hubs@council.example.org>".',
    )
    expect(() => smtpSettings({ SMTP_HOST: 'smtp.example.org', EMAIL_FROM: 'hubs' })).toThrow(
      'EMAIL_FROM "hubs" is not an email address.',
    )
    expect(() =>
      smtpSettings({ SMTP_HOST: 'smtp.example.org', SMTP_PORT: 'abc', EMAIL_FROM: 'hubs@example.org' }),
    ).toThrow('SMTP_PORT "abc" is not a port number.')
  })
})
