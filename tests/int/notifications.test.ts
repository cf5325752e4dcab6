/**
 * Who is told of what: a partner's change sent for review (the staff of the hubs it affects, else
 * the admins), returned, approved or published (the partner who sent it), a problem report (the
 * staff of the service's hubs). Each notification is stored for the admin in the save's
 * transaction; its email is sent afterwards over SMTP to a local sink (smtp-server) and checked:
 * recipient, subject naming the record, links into the admin, text and HTML parts with everything
 * escaped. A refused email loses nothing: the save stands, the reason is logged and shown, and it is
 * tried again. Through the real endpoints and the Local API.
 */
import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { emailStatusText } from '../../cms/notifications/email-status.ts'
import { sendNotificationEmails } from '../../cms/notifications/send-notification-emails.ts'
import type { Notification } from '../../cms/payload-types.ts'
import { submitProblemReport } from '../../cms/problem-reports/submit-problem-report.ts'
import { toPlainDate } from '../../core/dates/plain-date.ts'
import { startSmtpSink, type CapturedEmail, type SmtpSink } from '../helpers/smtp-sink.ts'
import { serviceData, useWorld, type Doc, type Id, type World } from './helpers/world.ts'

let sink: SmtpSink
beforeAll(async () => {
  // Before Payload starts (useWorld's beforeAll, below): the config reads SMTP_* when it is loaded.
  sink = await startSmtpSink()
  process.env.SMTP_HOST = sink.host
  process.env.SMTP_PORT = String(sink.port)
  process.env.EMAIL_FROM = 'Family Hubs <hubs@council.example.org>'
  process.env.SERVER_URL = 'https://admin.example.org'
})
afterAll(async () => sink?.close())

const t = useWorld()
let world: World
type Who = 'admin' | 'hub-staff' | 'partner' | 'other-hub-staff'
const tokens = {} as Record<Who, string>
const ADMIN = 'https://admin.example.org/admin'

const call = async (path: string, init: { method?: string; who?: Who; body?: unknown } = {}) => {
  const response = await handleEndpoints({
    config: t.config,
    request: new Request(`https://admin.example.org/api${path}`, {
      method: init.method ?? 'GET',
      headers: {
        'Content-Type': 'application/json',
        ...(init.who ? { Authorization: `JWT ${tokens[init.who]}` } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const partnerSaves = (collection: 'services' | 'sessions', id: Id, data: Record<string, unknown>) =>
  t.payload.update({ collection, id, data: data as never, user: world.partner, overrideAccess: false, depth: 0 })

const requestOf = async (collection: string, id: Id) =>
  (
    await t.payload.find({
      collection: 'review-requests',
      where: { and: [{ targetCollection: { equals: collection } }, { targetId: { equals: String(id) } }] },
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]!

/** Every notification, oldest first. */
const allNotifications = async (): Promise<Notification[]> =>
  (
    await t.payload.find({
      collection: 'notifications',
      sort: 'createdAt',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs

/** Runs the test's action and answers the notifications it made. */
const madeBy = async (action: () => Promise<unknown>): Promise<Notification[]> => {
  const before = new Set((await allNotifications()).map((n) => n.id))
  await action()
  return (await allNotifications()).filter((n) => !before.has(n.id))
}

const recipientsOf = (notifications: Notification[]) => notifications.map((n) => n.recipient).sort()

/** Sends what is waiting, and answers the emails that arrived. */
const emailsSent = async (): Promise<CapturedEmail[]> => {
  const from = sink.emails.length
  await sendNotificationEmails(t.payload)
  return sink.emails.slice(from)
}

beforeAll(async () => {
  world = t.world
  const logins: Record<Who, { email: string; password: string }> = {
    ...world.passwords,
    'other-hub-staff': { email: 'matrix-other@example.org', password: 'matrix-other-password' },
  }
  for (const who of Object.keys(logins) as Who[]) {
    const { body } = await call('/users/login', { method: 'POST', body: logins[who] })
    tokens[who] = body.token as string
  }
})

describe('a partner’s change, from sending to going live', () => {
  let service: Doc
  let requestId: Id
  const name = 'Bumps & Babies <Tuesday> "club"'

  beforeAll(async () => {
    service = (await t.payload.create({
      collection: 'services',
      data: serviceData(name, world.orgOwn, world.hubOwn, world.category, 'published') as never,
      overrideAccess: true,
      depth: 0,
    })) as unknown as Doc
  })

  it('sent for review: the staff of its hub are told (not other hubs’ staff, not admins, not the partner)', async () => {
    const made = await madeBy(() => partnerSaves('services', service.id, { summary: 'Now on Tuesdays & Fridays.' }))
    requestId = (await requestOf('services', service.id)).id
    expect(recipientsOf(made)).toEqual([world.hubStaff.id])
    expect(made[0]).toMatchObject({
      kind: 'review-sent',
      title: `Partner (Partner Organisation) sent a change to the service “${name}” for review`,
      why: 'You are hub staff at My Family Hub, where this service runs.',
      recordCollection: 'services',
      recordId: String(service.id),
      read: false,
      email: { status: 'pending', to: 'matrix-hub@example.org', attempts: 0 },
      links: [
        { label: 'Review the change', path: `/collections/review-requests/${requestId}` },
        { label: 'Open the service', path: `/collections/services/${service.id}` },
      ],
    })
    expect(made[0]!.details).toMatch(/^Fields changed: Summary\.\nSent \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}\. /)

    const emails = await emailsSent()
    expect(emails).toHaveLength(1)
    const email = emails[0]!
    expect(email.to).toEqual(['matrix-hub@example.org'])
    expect(email.mail.from?.value).toEqual([{ address: 'hubs@council.example.org', name: 'Family Hubs' }])
    expect(email.subject).toBe(`Partner (Partner Organisation) sent a change to the service “${name}” for review`)
    expect(email.text).toContain('Hello Hub Staff,')
    expect(email.text).toContain(`Review the change: ${ADMIN}/collections/review-requests/${requestId}`)
    expect(email.text).toContain(`Open the service: ${ADMIN}/collections/services/${service.id}`)
    expect(email.text).toContain('Fields changed: Summary.')
    // The HTML names the record with every character escaped, and links to the same pages.
    expect(email.html).toContain('Bumps &amp; Babies &lt;Tuesday&gt; &quot;club&quot;')
    expect(email.html).not.toContain('<Tuesday>')
    expect(email.html).toContain(`<a href="${ADMIN}/collections/services/${service.id}">Open the service</a>`)
    expect(email.html).toContain(`<a href="${ADMIN}/collections/review-requests/${requestId}">Review the change</a>`)

    const [stored] = await t.payload
      .find({
        collection: 'notifications',
        where: { id: { equals: made[0]!.id } },
        overrideAccess: true,
      })
      .then((r) => r.docs)
    expect(stored!.email).toMatchObject({ status: 'sent', to: 'matrix-hub@example.org', attempts: 1, error: null })
    expect(emailStatusText(stored!.email)).toMatch(
      /^Emailed to matrix-hub@example\.org on \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}\.$/,
    )
  })

  it('saved again while it waits: nobody is told again', async () => {
    const made = await madeBy(() => partnerSaves('services', service.id, { summary: 'Now on Tuesdays only.' }))
    expect(made).toEqual([])
    expect(await emailsSent()).toEqual([])
  })

  it('returned with a comment: the partner who sent it is told, with the comment', async () => {
    const comment = 'Please say which <room> & give the time.'
    const made = await madeBy(async () =>
      expect(
        (await call(`/review-requests/${requestId}/return`, { method: 'POST', who: 'hub-staff', body: { comment } }))
          .status,
      ).toBe(200),
    )
    expect(recipientsOf(made)).toEqual([world.partner.id])
    expect(made[0]).toMatchObject({
      kind: 'review-returned',
      title: `Hub Staff returned your change to the service “${name}” with a comment`,
      why: 'You sent this change for review.',
    })
    expect(made[0]!.details).toContain(`Comment: “${comment}”`)

    const [email] = await emailsSent()
    expect(email!.to).toEqual(['matrix-partner@example.org'])
    expect(email!.subject).toBe(`Hub Staff returned your change to the service “${name}” with a comment`)
    expect(email!.text).toContain(`Comment: “${comment}”`)
    expect(email!.text).toContain(`Open the service: ${ADMIN}/collections/services/${service.id}`)
    expect(email!.html).toContain('Please say which &lt;room&gt; &amp; give the time.')
  })

  it('sent again after it was returned: the hub’s staff are told it is back', async () => {
    const made = await madeBy(() =>
      partnerSaves('services', service.id, { summary: 'Tuesdays in the Green Room, 10:00.' }),
    )
    expect(recipientsOf(made)).toEqual([world.hubStaff.id])
    expect(made[0]!.title).toBe(
      `Partner (Partner Organisation) sent a change to the service “${name}” for review again`,
    )
    const [email] = await emailsSent()
    expect(email!.to).toEqual(['matrix-hub@example.org'])
    expect(email!.subject).toMatch(/for review again$/)
  })

  it('approved: the partner is told it is live', async () => {
    const made = await madeBy(async () =>
      expect((await call(`/review-requests/${requestId}/approve`, { method: 'POST', who: 'hub-staff' })).status).toBe(
        200,
      ),
    )
    expect(recipientsOf(made)).toEqual([world.partner.id])
    expect(made[0]).toMatchObject({
      kind: 'review-approved',
      title: `Hub Staff approved your change to the service “${name}”: it is live`,
    })
    expect(made[0]!.details).toContain('Fields changed: Summary.')
    const [email] = await emailsSent()
    expect(email!.to).toEqual(['matrix-partner@example.org'])
    expect(email!.subject).toBe(`Hub Staff approved your change to the service “${name}”: it is live`)
  })

  it('published by staff from the editor instead of the review: the partner is told that too', async () => {
    await partnerSaves('services', service.id, { summary: 'Tuesdays and Thursdays.' })
    await emailsSent()
    const made = await madeBy(() =>
      t.payload.update({
        collection: 'services',
        id: service.id,
        data: { _status: 'published' },
        user: world.hubStaff,
        overrideAccess: false,
      }),
    )
    expect(recipientsOf(made)).toEqual([world.partner.id])
    expect(made[0]!.title).toBe(`Hub Staff published your change to the service “${name}”: it is live`)
    expect((await emailsSent()).map((e) => e.to)).toEqual([['matrix-partner@example.org']])
  })
})

describe('whose hubs hear of a change', () => {
  it('a service moved from one hub to another: the staff of both', async () => {
    const service = await world.make('services', 'own')
    const made = await madeBy(() =>
      partnerSaves('services', service.id, { hubs: [world.hubOther.id], provider: world.orgOwn.id }),
    )
    expect(recipientsOf(made)).toEqual([world.hubStaff.id, world.otherUser.id].sort())
    const why = Object.fromEntries(made.map((n) => [n.recipient, n.why]))
    expect(why[world.hubStaff.id as number]).toBe('You are hub staff at My Family Hub, where this service runs.')
    expect(why[world.otherUser.id as number]).toBe('You are hub staff at Other Family Hub, where this service runs.')
  })

  it('a session: the staff of its hub', async () => {
    const session = await world.make('sessions', 'own')
    const made = await madeBy(() => partnerSaves('sessions', session.id, { bookingNotes: 'Book at reception.' }))
    expect(recipientsOf(made)).toEqual([world.hubStaff.id])
    expect(made[0]!.title).toMatch(
      /^Partner \(Partner Organisation\) sent a change to the session “Session \d+” for review$/,
    )
    expect(made[0]!.links?.[1]).toMatchObject({ path: `/collections/sessions/${session.id}` })
  })

  it('at a hub no hub staff look after: the admins, told why', async () => {
    const lonely = await t.payload.create({
      collection: 'hubs',
      data: { name: 'Quiet Outreach', type: 'outreach', locality: 'North' } as never,
      overrideAccess: true,
    })
    const service = (await t.payload.create({
      collection: 'services',
      data: serviceData(
        'Outreach clinic',
        world.orgOwn,
        lonely as unknown as Doc,
        world.category,
        'published',
      ) as never,
      overrideAccess: true,
      depth: 0,
    })) as unknown as Doc
    const made = await madeBy(() => partnerSaves('services', service.id, { summary: 'Now monthly.' }))
    expect(recipientsOf(made)).toEqual([world.admin.id])
    expect(made[0]!.why).toBe(
      'You are an admin, and no hub staff account looks after Quiet Outreach, where this service runs.',
    )
    expect((await emailsSent()).map((e) => e.to)).toContainEqual(['matrix-admin@example.org'])
  })

  it('tells the partner, before sending, who will review it', async () => {
    const service = await world.make('services', 'own')
    const ask = (query: string) => call(`/review-requests/reviewers?${query}`, { who: 'partner' })
    expect((await ask(`collection=services&hubs=${world.hubOwn.id}`)).body).toEqual({
      reviewers: 'The staff of My Family Hub review it before it goes live; until then parents see the live version.',
    })
    // The hubs it runs at live count too: taking a hub off the change still sends it there.
    expect((await ask(`collection=services&id=${service.id}&hubs=${world.hubOther.id}`)).body).toEqual({
      reviewers:
        'The staff of Other Family Hub and My Family Hub review it before it goes live; until then parents see the live version.',
    })
    expect((await ask('collection=services&hubs=')).body).toEqual({
      reviewers:
        'An admin reviews it before it goes live, as it is at no hub yet; until then parents see the live version.',
    })
    expect((await ask('collection=venues')).status).toBe(400)
    expect((await ask('collection=services&id=1;drop')).body).toEqual({
      errors: [{ message: '"1;drop" is not the id of a service.', field: 'id' }],
    })
    expect((await call('/review-requests/reviewers?collection=services')).status).toBe(401)
  })
})

describe('a problem report', () => {
  it('tells the staff of the service’s hubs what the parent said, with links to the report and the service', async () => {
    const service = await world.make('services', 'own')
    let reportId: Id | undefined
    const made = await madeBy(async () => {
      const result = await submitProblemReport(
        t.payload,
        {
          service: service.slug,
          topic: 'times',
          details: 'It starts at 10:30 now, not <10:00>.',
          name: 'Jo Parent',
          email: 'jo@example.org',
          page: `/services/${String(service.slug)}/`,
        },
        { address: '198.51.100.7', now: new Date() },
      )
      expect(result.ok).toBe(true)
      if (result.ok) reportId = result.id
    })
    expect(recipientsOf(made)).toEqual([world.hubStaff.id])
    expect(made[0]).toMatchObject({
      kind: 'problem-reported',
      title: `A problem was reported with the service “${String(service.name)}”: The days or times are wrong`,
      why: 'You are hub staff at My Family Hub, where this service runs.',
      links: [
        { label: 'Check the report', path: `/collections/problem-reports/${reportId}` },
        { label: 'Open the service', path: `/collections/services/${service.id}` },
      ],
    })
    expect(made[0]!.details).toContain('What they said: “It starts at 10:30 now, not <10:00>.”')
    expect(made[0]!.details).toContain('From: Jo Parent <jo@example.org>, who would like a reply.')

    const [email] = await emailsSent()
    expect(email!.to).toEqual(['matrix-hub@example.org'])
    expect(email!.subject).toBe(made[0]!.title)
    expect(email!.text).toContain(`Check the report: ${ADMIN}/collections/problem-reports/${reportId}`)
    expect(email!.html).toContain('not &lt;10:00&gt;')
    expect(email!.html).toContain('Jo Parent &lt;jo@example.org&gt;')
  })
})

describe('an email that cannot be sent', () => {
  it('loses nothing: the save stands, the reason is logged and shown, and it is tried again, then given up on', async () => {
    sink.refuse.add('matrix-hub@example.org')
    // Logged (and kept quiet here).
    const errors = vi.spyOn(t.payload.logger, 'error').mockImplementation(() => undefined)
    try {
      const service = await world.make('services', 'own')
      const made = await madeBy(() =>
        partnerSaves('services', service.id, { summary: 'Changed while the mail is down.' }),
      )
      expect(made).toHaveLength(1)
      // The partner's save is kept.
      const draft = await t.payload.findByID({
        collection: 'services',
        id: service.id,
        draft: true,
        overrideAccess: true,
      })
      expect(draft.summary).toBe('Changed while the mail is down.')

      const first = await sendNotificationEmails(t.payload)
      expect(first).toMatchObject({ sent: 0, retrying: 1, failed: 0 })
      let stored = await t.payload.findByID({ collection: 'notifications', id: made[0]!.id, overrideAccess: true })
      expect(stored.email).toMatchObject({ status: 'pending', attempts: 1 })
      expect(stored.email?.error).toMatch(/Mailbox unavailable/)
      expect(emailStatusText(stored.email)).toMatch(
        /^The email to matrix-hub@example\.org could not be sent yet \(.*Mailbox unavailable.*\); trying again at \d{2}:\d{2}\.$/,
      )
      expect(errors).toHaveBeenCalledWith(
        expect.objectContaining({ msg: expect.stringContaining('The email to matrix-hub@example.org about') }),
      )
      // Not before its time.
      expect(await sendNotificationEmails(t.payload)).toMatchObject({ sent: 0, retrying: 0, failed: 0 })

      const later = (minutes: number) => () => new Date(Date.now() + minutes * 60_000)
      expect(await sendNotificationEmails(t.payload, { now: later(2) })).toMatchObject({ retrying: 1 })
      expect(await sendNotificationEmails(t.payload, { now: later(10) })).toMatchObject({ failed: 1 })
      stored = await t.payload.findByID({ collection: 'notifications', id: made[0]!.id, overrideAccess: true })
      expect(stored.email).toMatchObject({ status: 'failed', attempts: 3 })
      expect(emailStatusText(stored.email)).toMatch(
        /^The email to matrix-hub@example\.org could not be sent after 3 tries: .*Mailbox unavailable.*\. This notification is kept; nothing else was lost\.$/,
      )
      expect(await sendNotificationEmails(t.payload, { now: later(60) })).toMatchObject({ sent: 0, failed: 0 })
    } finally {
      sink.refuse.delete('matrix-hub@example.org')
      errors.mockRestore()
    }
  })
})

describe('reading and marking notifications', () => {
  let mine: Notification
  beforeAll(async () => {
    const service = await world.make('services', 'own')
    const made = await madeBy(() => partnerSaves('services', service.id, { summary: 'One more change.' }))
    mine = made[0]!
  })

  it('each person reads only their own; admins read everyone’s', async () => {
    const readBy = async (user: Doc) =>
      (
        await t.payload.find({
          collection: 'notifications',
          user,
          overrideAccess: false,
          pagination: false,
          depth: 0,
        })
      ).docs
    expect((await readBy(world.hubStaff)).every((n) => n.recipient === world.hubStaff.id)).toBe(true)
    expect((await readBy(world.partner)).every((n) => n.recipient === world.partner.id)).toBe(true)
    expect((await readBy(world.partner)).map((n) => n.id)).not.toContain(mine.id)
    expect((await readBy(world.admin)).map((n) => n.id)).toContain(mine.id)
    // Nobody writes them through the API.
    const refused = await call(`/notifications/${mine.id}`, { method: 'PATCH', who: 'hub-staff', body: { read: true } })
    expect(refused.status).toBe(403)
  })

  it('only the person told marks it read or unread', async () => {
    const other = await call(`/notifications/${mine.id}/read`, { method: 'POST', who: 'admin' })
    expect(other).toEqual({
      status: 403,
      body: { errors: [{ message: 'This notification is for someone else: only they can mark it as read.' }] },
    })
    expect((await call(`/notifications/${mine.id}/read`, { method: 'POST' })).status).toBe(401)
    expect((await call(`/notifications/999999/read`, { method: 'POST', who: 'hub-staff' })).status).toBe(404)
    expect(
      (await call(`/notifications/${mine.id}/read`, { method: 'POST', who: 'hub-staff', body: { read: 'yes' } })).body,
    ).toEqual({ errors: [{ message: 'Read must be true or false.', field: 'read' }] })

    const done = await call(`/notifications/${mine.id}/read`, { method: 'POST', who: 'hub-staff' })
    expect(done.status).toBe(200)
    expect(done.body).toMatchObject({ message: 'Marked as read.', notification: { id: mine.id, read: true } })
    const back = await call(`/notifications/${mine.id}/read`, {
      method: 'POST',
      who: 'hub-staff',
      body: { read: false },
    })
    expect(back.body).toMatchObject({ message: 'Marked as unread.', notification: { read: false, readAt: null } })
  })

  it('mark all as read marks the person’s own only', async () => {
    const unread = async (user: Doc) =>
      (
        await t.payload.count({
          collection: 'notifications',
          where: { and: [{ recipient: { equals: user.id } }, { read: { equals: false } }] },
        })
      ).totalDocs
    const partnersBefore = await unread(world.partner)
    expect(await unread(world.hubStaff)).toBeGreaterThan(0)
    const done = await call('/notifications/read-all', { method: 'POST', who: 'hub-staff' })
    expect(done.status).toBe(200)
    expect(done.body.message).toMatch(/^Marked \d+ notifications? as read\.$/)
    expect(await unread(world.hubStaff)).toBe(0)
    expect(await unread(world.partner)).toBe(partnersBefore)
  })
})

describe('checked on first publish by staff', () => {
  const today = () => toPlainDate(new Date())

  it('a service hub staff create and publish counts as checked today, by them', async () => {
    const created = await t.payload.create({
      collection: 'services',
      data: {
        ...serviceData('Fresh from staff', world.orgOwn, world.hubOwn, world.category),
        _status: 'published',
      } as never,
      user: world.hubStaff,
      overrideAccess: false,
      depth: 0,
    })
    expect(toPlainDate(created.lastChecked!)).toBe(today())
    expect(created.checkedBy).toBe(world.hubStaff.id)
  })

  it('a session staff save as a draft is not checked until they publish it', async () => {
    const data = world.newData('sessions', 'own')
    const draft = await t.payload.create({
      collection: 'sessions',
      data: data as never,
      draft: true,
      user: world.hubStaff,
      overrideAccess: false,
      depth: 0,
    })
    expect(draft.lastChecked ?? null).toBeNull()
    const published = await t.payload.update({
      collection: 'sessions',
      id: draft.id,
      data: { _status: 'published' },
      user: world.hubStaff,
      overrideAccess: false,
      depth: 0,
    })
    expect(toPlainDate(published.lastChecked!)).toBe(today())
    expect(published.checkedBy).toBe(world.hubStaff.id)
  })

  it('a partner’s new service approved by hub staff counts as checked by the approver', async () => {
    const created = await t.payload.create({
      collection: 'services',
      data: serviceData('Partner’s new clinic', world.orgOwn, world.hubOwn, world.category) as never,
      user: world.partner,
      overrideAccess: false,
      depth: 0,
    })
    expect(created.lastChecked ?? null).toBeNull()
    const request = await requestOf('services', created.id)
    expect((await call(`/review-requests/${request.id}/approve`, { method: 'POST', who: 'hub-staff' })).status).toBe(
      200,
    )
    const live = await t.payload.findByID({ collection: 'services', id: created.id, overrideAccess: true, depth: 0 })
    expect(toPlainDate(live.lastChecked!)).toBe(today())
    expect(live.checkedBy).toBe(world.hubStaff.id)
  })

  it('a later publish, and a date staff gave, are left as they are', async () => {
    const service = await world.make('services', 'own')
    const changed = await t.payload.update({
      collection: 'services',
      id: service.id,
      data: { summary: 'Republished.', _status: 'published' },
      user: world.hubStaff,
      overrideAccess: false,
      depth: 0,
    })
    expect(changed.lastChecked ?? null).toBeNull()

    const given = await t.payload.create({
      collection: 'services',
      data: {
        ...serviceData('Checked last month', world.orgOwn, world.hubOwn, world.category),
        lastChecked: '2026-11-02T12:00:00.000Z',
        _status: 'published',
      } as never,
      user: world.admin,
      overrideAccess: false,
      depth: 0,
    })
    expect(toPlainDate(given.lastChecked!)).toBe('2026-11-02')
    expect(given.checkedBy ?? null).toBeNull()
  })
})
