/**
 * Freshness in a real Payload: what is due for a check by hub (the dashboard), the reminder emails
 * owners get once per due date (a fake clock: `now` is passed in), and "Mark as checked", which
 * records who and when and never publishes changes waiting to be published.
 */
import { handleEndpoints, type SendEmailOptions } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest'
import { markAsChecked, MarkCheckedRefused } from '../../cms/freshness/markChecked.ts'
import { dueForCheck, type HubGroup } from '../../cms/freshness/due-for-check.ts'
import { sendCheckReminders } from '../../cms/freshness/send-check-reminders.ts'
import { toPlainDate, toStoredDate } from '../../core/dates/plain-date.ts'
import { serviceData, useWorld, type Doc, type World } from './helpers/world.ts'

const t = useWorld()
let world: World
let sendEmail: MockInstance<(message: SendEmailOptions) => Promise<unknown>>

/** Midday in London on a date: the clock the reminders job is given. */
const at = (date: string) => new Date(toStoredDate(date))

const create = async (
  collection: 'services' | 'sessions',
  data: Record<string, unknown>,
  status: 'published' | 'draft' = 'published',
) =>
  (await t.payload.create({
    collection,
    data: { ...data, _status: status } as never,
    draft: status === 'draft',
    overrideAccess: true,
    depth: 0,
  })) as unknown as Doc

let counter = 0
const service = (
  name: string,
  provider: Doc,
  hubs: Doc[],
  lastChecked: string | undefined,
  status: 'published' | 'draft' = 'published',
) =>
  create(
    'services',
    {
      ...serviceData(`${name} ${++counter}`, provider, hubs[0] ?? world.hubOwn, world.category),
      hubs: hubs.map((h) => h.id),
      ...(lastChecked ? { lastChecked: toStoredDate(lastChecked) } : {}),
    },
    status,
  )

const session = (of: Doc, hub: Doc, venue: Doc, lastChecked: string) =>
  create('sessions', {
    ...world.newData('sessions', 'own'),
    service: of.id,
    hub: hub.id,
    venue: venue.id,
    title: `Session of ${String(of.name)}`,
    lastChecked: toStoredDate(lastChecked),
  })

/** Who got which email: recipient → the titles listed. */
const sent = () =>
  Object.fromEntries(
    sendEmail.mock.calls.map(([message]) => [
      String(message.to),
      { subject: message.subject, text: String(message.text), html: String(message.html) },
    ]),
  )

const titlesIn = (groups: HubGroup[]) => groups.map((g) => [g.hub?.name ?? null, g.items.map((i) => i.title)])

let svcOwn: Doc // the partner organisation's, on my hub: due 15 July 2031
let sessOwn: Doc // a session of it on my hub: due 15 July 2031
let svcBoth: Doc // another organisation's, on both hubs: due 20 July 2031
let svcOther: Doc // another organisation's, on the other hub: due 31 July 2031
let svcNoHub: Doc // on no hub, from an organisation without partner users: due 31 July 2031
let draftOnly: Doc // never published: never listed or reminded

beforeAll(async () => {
  world = t.world
  sendEmail = vi.spyOn(t.payload, 'sendEmail').mockResolvedValue(undefined) as never
  // The world's own services and sessions: checked recently enough to stay out of the way.
  for (const collection of ['services', 'sessions'] as const) {
    const { docs } = await t.payload.find({ collection, depth: 0, pagination: false, overrideAccess: true })
    for (const doc of docs)
      await t.payload.update({
        collection,
        id: doc.id,
        data: { lastChecked: toStoredDate('2031-06-01'), checkEveryMonths: 24 } as never,
        overrideAccess: true,
      })
  }
  svcOwn = await service('Baby massage', world.orgOwn, [world.hubOwn], '2031-01-15')
  sessOwn = await session(svcOwn, world.hubOwn, world.venueOwn, '2031-01-15')
  svcBoth = await service('Stay and play', world.orgOther, [world.hubOwn, world.hubOther], '2031-01-20')
  svcOther = await service('Toddler group', world.orgOther, [world.hubOther], '2031-01-31')
  svcNoHub = await service('Home visiting', world.orgOther, [], '2031-01-31')
  draftOnly = await service('Not yet live', world.orgOwn, [world.hubOwn], undefined, 'draft')
})

afterAll(() => sendEmail.mockRestore())

describe('what is due for a check, by hub', () => {
  it('the admin sees every hub, a service under each of its hubs, most overdue first; drafts never published are left out', async () => {
    const groups = await dueForCheck(t.payload, { user: world.admin, today: '2031-07-20' })
    expect(titlesIn(groups)).toEqual([
      ['My Family Hub', [svcOwn.name, sessOwn.title, svcBoth.name]],
      ['Other Family Hub', [svcBoth.name, svcOther.name]],
      [null, [svcNoHub.name]],
    ])
    const [own] = groups
    expect(own!.items.map((i) => [i.collection, i.state, i.dueOn, i.daysOverdue])).toEqual([
      ['services', 'overdue', '2031-07-15', 5],
      ['sessions', 'overdue', '2031-07-15', 5],
      ['services', 'due', '2031-07-20', 0],
    ])
    expect(groups.flatMap((g) => g.items).some((i) => i.id === draftOnly.id)).toBe(false)
  })

  it('hub staff see only their hubs', async () => {
    const groups = await dueForCheck(t.payload, { user: world.hubStaff, today: '2031-07-20' })
    expect(titlesIn(groups)).toEqual([['My Family Hub', [svcOwn.name, sessOwn.title, svcBoth.name]]])
    const other = await dueForCheck(t.payload, { user: world.otherUser, today: '2031-07-20' })
    expect(titlesIn(other)).toEqual([['Other Family Hub', [svcBoth.name, svcOther.name]]])
  })

  it('partners see their organisation’s records, by hub', async () => {
    const groups = await dueForCheck(t.payload, { user: world.partner, today: '2031-07-20' })
    expect(titlesIn(groups)).toEqual([['My Family Hub', [svcOwn.name, sessOwn.title]]])
  })

  it('lists what falls due in the next 14 days, and nothing before', async () => {
    expect(titlesIn(await dueForCheck(t.payload, { user: world.hubStaff, today: '2031-06-30' }))).toEqual([])
    expect(titlesIn(await dueForCheck(t.payload, { user: world.hubStaff, today: '2031-07-01' }))).toEqual([
      ['My Family Hub', [svcOwn.name, sessOwn.title]],
    ])
  })
})

describe('check reminders', () => {
  it('sends nothing before the due date', async () => {
    sendEmail.mockClear()
    expect(await sendCheckReminders(t.payload, { now: at('2031-07-14') })).toEqual({
      items: 0,
      emails: 0,
      recipients: [],
      failed: [],
    })
    expect(sendEmail).not.toHaveBeenCalled()
  })

  it('on the due date, emails each owner once, listing their items with links to the admin', async () => {
    sendEmail.mockClear()
    const summary = await sendCheckReminders(t.payload, { now: at('2031-07-15') })
    expect(summary).toEqual({
      items: 2,
      emails: 2,
      recipients: [world.hubStaff.email, world.partner.email].sort(),
      failed: [],
    })
    const emails = sent()
    expect(Object.keys(emails).sort()).toEqual([world.hubStaff.email, world.partner.email].sort())
    for (const email of Object.values(emails)) {
      expect(email.subject).toBe('2 services and timetables are due for a check')
      expect(email.text).toContain(
        `- ${String(svcOwn.name)} (service): due today, last checked 15 January 2031\n  http://localhost:3000/admin/collections/services/${svcOwn.id}`,
      )
      expect(email.text).toContain(
        `- ${String(sessOwn.title)} (timetable): due today, last checked 15 January 2031\n  http://localhost:3000/admin/collections/sessions/${sessOwn.id}`,
      )
      expect(email.html).toContain(`<a href="http://localhost:3000/admin/collections/services/${svcOwn.id}">`)
      expect(email.text).not.toContain(String(svcBoth.name))
    }
    const { docs } = await t.payload.find({
      collection: 'check-reminders',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      sort: 'targetCollection',
    })
    expect(docs.map((r) => [r.targetCollection, r.targetId, r.dueOn, r.recipients])).toEqual([
      ['services', String(svcOwn.id), '2031-07-15', `${world.hubStaff.email}, ${world.partner.email}`],
      ['sessions', String(sessOwn.id), '2031-07-15', `${world.hubStaff.email}, ${world.partner.email}`],
    ])
  })

  it('running again the same day or the next day sends nothing more', async () => {
    sendEmail.mockClear()
    expect((await sendCheckReminders(t.payload, { now: new Date('2031-07-15T21:00:00Z') })).emails).toBe(0)
    expect((await sendCheckReminders(t.payload, { now: at('2031-07-16') })).emails).toBe(0)
    expect(sendEmail).not.toHaveBeenCalled()
  })

  it('a service on two hubs reaches the staff of both; one nobody looks after goes to the admins', async () => {
    sendEmail.mockClear()
    expect(await sendCheckReminders(t.payload, { now: at('2031-07-20') })).toMatchObject({ items: 1, emails: 2 })
    expect(Object.keys(sent()).sort()).toEqual([world.hubStaff.email, world.otherUser.email].sort())
    expect(sent()[String(world.otherUser.email)]!.subject).toBe('1 service is due for a check')

    sendEmail.mockClear()
    expect(await sendCheckReminders(t.payload, { now: at('2031-08-02') })).toMatchObject({ items: 2, emails: 2 })
    const emails = sent()
    expect(Object.keys(emails).sort()).toEqual([world.admin.email, world.otherUser.email].sort())
    expect(emails[String(world.admin.email)]!.text).toContain(String(svcNoHub.name))
    expect(emails[String(world.otherUser.email)]!.text).toContain(
      `${String(svcOther.name)} (service): overdue: due on 31 July 2031, last checked 31 January 2031`,
    )
  })

  it('after marking checked, the next reminder comes only at the new due date', async () => {
    const result = await markAsChecked(t.payload, {
      collection: 'services',
      id: svcOwn.id,
      user: world.hubStaff as never,
      today: '2031-07-22',
    })
    expect(result).toMatchObject({
      lastChecked: '2031-07-22',
      savedAs: 'published',
      checkedBy: { id: world.hubStaff.id, name: 'Hub Staff' },
    })
    expect(result.message).toBe('Marked as checked today (22 July 2031) by Hub Staff.')

    sendEmail.mockClear()
    expect((await sendCheckReminders(t.payload, { now: at('2032-01-21') })).emails).toBe(0)
    const summary = await sendCheckReminders(t.payload, { now: at('2032-01-22') })
    expect(summary).toMatchObject({ items: 1, emails: 2 })
    for (const email of Object.values(sent())) {
      expect(email.subject).toBe('1 service is due for a check')
      expect(email.text).toContain(`${String(svcOwn.name)} (service): due today, last checked 22 July 2031`)
    }
  })
})

describe('mark as checked', () => {
  const tokens: Record<string, string> = {}
  const call = (path: string, token?: string) =>
    handleEndpoints({
      config: t.config,
      request: new Request(`http://localhost/api${path}`, {
        method: 'POST',
        headers: token ? { Authorization: `JWT ${token}` } : {},
      }),
    })
  const mark = async (collection: string, id: unknown, role?: 'admin' | 'hub-staff' | 'partner') => {
    const response = await call(`/${collection}/${String(id)}/mark-checked`, role ? tokens[role] : undefined)
    return {
      status: response.status,
      body: (await response.json()) as { message?: string; errors?: { message: string }[]; savedAs?: string },
    }
  }
  const today = toPlainDate(new Date())!
  type Reviewed = { name?: string; _status?: string | null; lastChecked?: string | null; checkedBy?: unknown }
  const live = async (collection: 'services' | 'sessions', id: unknown) =>
    (await t.payload.findByID({
      collection,
      id: id as number,
      depth: 0,
      draft: false,
      overrideAccess: true,
    })) as Reviewed
  const latest = async (collection: 'services' | 'sessions', id: unknown) =>
    (await t.payload.findByID({
      collection,
      id: id as number,
      depth: 0,
      draft: true,
      overrideAccess: true,
    })) as Reviewed
  const saveDraftChange = (id: unknown, name: string) =>
    t.payload.update({
      collection: 'services',
      id: id as number,
      data: { name, _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })

  beforeAll(async () => {
    for (const role of ['admin', 'hub-staff', 'partner'] as const) {
      const response = await handleEndpoints({
        config: t.config,
        request: new Request('http://localhost/api/users/login', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(world.passwords[role]),
        }),
      })
      tokens[role] = ((await response.json()) as { token: string }).token
    }
  })

  it('records who and when on the published service, for hub staff', async () => {
    const doc = await service('Checked by staff', world.orgOther, [world.hubOwn], '2025-01-01')
    const { status, body } = await mark('services', doc.id, 'hub-staff')
    expect(status).toBe(200)
    expect(body.savedAs).toBe('published')
    expect(body.message).toMatch(/^Marked as checked today \(\d{1,2} \w+ \d{4}\) by Hub Staff\.$/)
    const after = await live('services', doc.id)
    expect(after._status).toBe('published')
    expect(toPlainDate(after.lastChecked!)).toBe(today)
    expect(after.checkedBy).toBe(world.hubStaff.id)
  })

  it('works for session timetables too', async () => {
    const doc = await session(svcBoth, world.hubOwn, world.venueOwn, '2025-01-01')
    const { status } = await mark('sessions', doc.id, 'admin')
    expect(status).toBe(200)
    const after = await live('sessions', doc.id)
    expect([toPlainDate(after.lastChecked!), after.checkedBy, after._status]).toEqual([
      today,
      world.admin.id,
      'published',
    ])
  })

  it('refuses staff when changes are waiting to be published, and publishes nothing', async () => {
    const doc = await service('Waiting changes', world.orgOther, [world.hubOwn], '2025-01-01')
    await saveDraftChange(doc.id, 'Waiting changes (new name)')
    const { status, body } = await mark('services', doc.id, 'hub-staff')
    expect(status).toBe(409)
    expect(body.errors?.[0]?.message).toBe(
      'This service has changes waiting to be published. Publish or discard them, then mark it as checked.',
    )
    const after = await live('services', doc.id)
    expect([after.name, toPlainDate(after.lastChecked!), after._status]).toEqual([doc.name, '2025-01-01', 'published'])
    const draft = await latest('services', doc.id)
    expect([draft.name, draft._status]).toEqual(['Waiting changes (new name)', 'draft'])
  })

  it('lets a partner mark its own service reviewed as a draft, leaving the live record and pending changes as they were', async () => {
    const doc = await service('Partner checked', world.orgOwn, [world.hubOwn], '2025-01-01')
    await saveDraftChange(doc.id, 'Partner checked (new name)')
    const { status, body } = await mark('services', doc.id, 'partner')
    expect(status).toBe(200)
    expect(body.savedAs).toBe('draft')
    expect(body.message).toMatch(/by Partner, as a draft: parents see the new date once hub staff publish it\.$/)
    const after = await live('services', doc.id)
    expect([after.name, toPlainDate(after.lastChecked!), after._status]).toEqual([doc.name, '2025-01-01', 'published'])
    const draft = await latest('services', doc.id)
    expect([draft.name, toPlainDate(draft.lastChecked!), draft.checkedBy, draft._status]).toEqual([
      'Partner checked (new name)',
      today,
      world.partner.id,
      'draft',
    ])
  })

  it('keeps a record never published a draft', async () => {
    const doc = await service('Still a draft', world.orgOther, [world.hubOwn], undefined, 'draft')
    const { status, body } = await mark('services', doc.id, 'hub-staff')
    expect([status, body.savedAs]).toEqual([200, 'draft'])
    expect((await live('services', doc.id))._status).toBe('draft')
    expect(toPlainDate((await latest('services', doc.id)).lastChecked!)).toBe(today)
  })

  it('follows the normal update rules: not another hub’s or organisation’s, not signed out', async () => {
    const theirs = await service('Not mine', world.orgOther, [world.hubOther], '2025-01-01')
    const staff = await mark('services', theirs.id, 'hub-staff')
    expect(staff).toEqual({
      status: 403,
      body: { errors: [{ message: 'You cannot mark this service as checked: it is not on one of your hubs.' }] },
    })
    const partner = await mark('services', theirs.id, 'partner')
    expect(partner.status).toBe(403)
    expect(partner.body.errors?.[0]?.message).toBe(
      'You cannot mark this service as checked: it is not one of your organisation’s.',
    )
    expect((await mark('services', theirs.id)).status).toBe(401)
    expect((await mark('services', 999999, 'admin')).status).toBe(404)
    expect(toPlainDate((await latest('services', theirs.id)).lastChecked!)).toBe('2025-01-01')
  })

  it('applies the same rules when called directly', async () => {
    const refusal = await markAsChecked(t.payload, {
      collection: 'services',
      id: draftOnly.id,
      user: world.otherUser as never,
      today,
    }).catch((e: unknown) => e)
    expect(refusal).toBeInstanceOf(MarkCheckedRefused)
    expect(refusal).toMatchObject({ status: 403 })
  })
})
