/**
 * "Report something wrong": a parent's report from a service page becomes a task for the staff of
 * that service's hubs. Checked against a real Payload: what is refused and why, the hourly limit
 * per sender, where a report is stored and who can see it, and the public endpoint's answers to
 * the page's script (JSON), to a form posted without JavaScript (a page) and to the preflight.
 */
import { handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { senderKeyOf, submitProblemReport } from '../../cms/problem-reports/submit-problem-report.ts'
import { useWorld, type Doc, type World } from './helpers/world.ts'

const t = useWorld()
let world: World
let service: Doc
let addressCounter = 0
/** A sender address of its own for each test, so the hourly limit of one never touches another. */
const newAddress = () => `203.0.113.${++addressCounter}`

const now = new Date('2026-03-03T10:00:00.000Z')
const report = (over: Record<string, unknown> = {}) => ({
  service: service.slug,
  topic: 'times',
  details: 'The Tuesday session now starts at 10:30, not 10:00.',
  page: `/services/${String(service.slug)}/`,
  ...over,
})
const submit = (input: unknown, address = newAddress(), at = now) =>
  submitProblemReport(t.payload, input, { address, now: at })
const stored = async () => (await t.payload.count({ collection: 'problem-reports', overrideAccess: true })).totalDocs

beforeAll(async () => {
  world = t.world
  service = await world.make('services', 'own')
})

describe('what a report must say', () => {
  it.each([
    ['topic', { topic: undefined }, 'Choose what is wrong, for example “The days or times are wrong”.'],
    ['details', { details: 'wrong' }, 'Tell us what is wrong: enter at least 10 characters.'],
    [
      'details',
      { details: 'x'.repeat(2001) },
      'Tell us what is wrong in 2,000 characters or fewer (you have entered 2,001).',
    ],
    ['name', { name: 'N'.repeat(101) }, 'Your name must be 100 characters or fewer.'],
    [
      'email',
      { email: 'jo at example.org' },
      'Enter your email address in the right format, like name@example.org, or leave it empty.',
    ],
    ['email', { email: `${'j'.repeat(195)}@example.org` }, 'Your email address must be 200 characters or fewer.'],
    [
      'page',
      { page: 'https://elsewhere.example/' },
      'We could not tell which page you were on. Go back to the service page and try again.',
    ],
    [
      'service',
      { service: undefined },
      'We could not tell which service you are reporting. Go back to the service page and try again.',
    ],
  ])('refuses a bad %s with a message naming it, and stores nothing', async (field, over, message) => {
    const before = await stored()
    const result = await submit(report(over))
    expect(result).toEqual({ ok: false, status: 400, errors: [{ field, message }] })
    expect(await stored()).toBe(before)
  })

  it('refuses a filled honeypot and stores nothing', async () => {
    const before = await stored()
    const result = await submit(report({ website: 'https://cheap-pills.example' }))
    expect(result).toEqual({
      ok: false,
      status: 400,
      errors: [{ field: 'website', message: 'Leave the box labelled “Leave this empty” empty.' }],
    })
    expect(await stored()).toBe(before)
  })

  it('refuses a service that is not on the site, naming the service', async () => {
    const draft = await world.make('services', 'own', 'draft')
    for (const slug of ['no-such-service', String(draft.slug)]) {
      const result = await submit(report({ service: slug }))
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.status).toBe(404)
      expect(result.errors).toEqual([
        {
          field: 'service',
          message: `We could not find the service “${slug}”: it may have been taken off the site. Go back to the service page and try again.`,
        },
      ])
    }
  })
})

describe('how often one sender can report', () => {
  it('refuses the 6th report from one address within an hour, takes another address’s, and the first’s again an hour later', async () => {
    const first = newAddress()
    for (let i = 0; i < 5; i++)
      expect((await submit(report(), first, new Date(now.getTime() + i * 60_000))).ok).toBe(true)
    const sixth = await submit(report(), first, new Date(now.getTime() + 30 * 60_000))
    expect(sixth).toEqual({
      ok: false,
      status: 429,
      // The first report was at 10:00 UTC, which is 10:00 in London in March (before the clocks change).
      errors: [
        {
          field: 'form',
          message:
            'You have sent 5 reports in the last hour, the most we take from one connection. Try again after 11:00, or contact the service directly.',
        },
      ],
    })
    expect((await submit(report(), newAddress(), new Date(now.getTime() + 30 * 60_000))).ok).toBe(true)
    expect((await submit(report(), first, new Date(now.getTime() + 61 * 60_000))).ok).toBe(true)
  })
})

describe('a stored report', () => {
  let id: number | string
  const address = '198.51.100.7'
  beforeAll(async () => {
    const result = await submit(report({ name: 'Jo Parent', email: 'jo@example.org' }), address)
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    id = result.id
  })

  it('is a task for the service’s hubs, titled with the service and the topic, kept with a hash of the sender and never the address', async () => {
    const doc = await t.payload.findByID({
      collection: 'problem-reports',
      id,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
    })
    expect(doc).toMatchObject({
      title: `${String(service.name)}: The days or times are wrong`,
      service: service.id,
      hubs: [world.hubOwn.id],
      topic: 'times',
      details: 'The Tuesday session now starts at 10:30, not 10:00.',
      reporterName: 'Jo Parent',
      reporterEmail: 'jo@example.org',
      page: `/services/${String(service.slug)}/`,
      status: 'open',
      createdAt: now.toISOString(),
    })
    expect(doc.senderKey).toBe(senderKeyOf(t.payload.secret, address))
    expect(JSON.stringify(doc)).not.toContain(address)
  })

  it('is seen by the admin and the staff of the service’s hub, and not by other hubs’ staff, partners or the public', async () => {
    // Those with no read access at all are refused outright (Forbidden): they see nothing.
    const seenBy = (user: Doc | undefined) =>
      t.payload
        .find({ collection: 'problem-reports', where: { id: { equals: id } }, overrideAccess: false, user, depth: 0 })
        .then(
          (found) => found.docs.length,
          (error: Error) => (error.name === 'Forbidden' ? 0 : Promise.reject(error)),
        )
    expect(await seenBy(world.admin)).toBe(1)
    expect(await seenBy(world.hubStaff)).toBe(1)
    expect(await seenBy(world.otherUser)).toBe(0)
    expect(await seenBy(world.partner)).toBe(0)
    expect(await seenBy(undefined)).toBe(0)
  })

  it('never shows the sender’s key, even to an admin', async () => {
    const doc = await t.payload.findByID({
      collection: 'problem-reports',
      id,
      depth: 0,
      overrideAccess: false,
      user: world.admin,
    })
    expect(doc.senderKey).toBeUndefined()
  })

  it('records who marked it done and when; reopening clears them', async () => {
    const done = await t.payload.update({
      collection: 'problem-reports',
      id,
      data: { status: 'done', staffNote: 'Time corrected.' },
      overrideAccess: false,
      user: world.hubStaff,
      depth: 0,
    })
    expect(done.handledBy).toBe(world.hubStaff.id)
    expect(Date.now() - new Date(done.handledAt!).getTime()).toBeLessThan(60_000)
    const reopened = await t.payload.update({
      collection: 'problem-reports',
      id,
      data: { status: 'open' },
      overrideAccess: false,
      user: world.admin,
      depth: 0,
    })
    expect(reopened.handledBy).toBeNull()
    expect(reopened.handledAt).toBeNull()
  })

  it('cannot be created through the REST API, even by an admin', async () => {
    const login = await call('/users/login', { body: JSON.stringify(world.passwords.admin) })
    const { token } = (await login.json()) as { token: string }
    const response = await call('/problem-reports', {
      body: JSON.stringify({ service: service.id, topic: 'other', details: 'Made through REST.' }),
      headers: { Authorization: `JWT ${token}` },
    })
    expect(response.status).toBe(403)
  })
})

const call = (path: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) =>
  handleEndpoints({
    config: t.config,
    request: new Request(`http://localhost/api${path}`, {
      method: init.method ?? 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `${newAddress()}, 10.0.0.1`, ...init.headers },
      body: init.body,
    }),
  })

const siteOrigin = new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin

describe('POST /api/problem-reports/report', () => {
  it('takes JSON from the site’s script and answers 201 with a thank-you, readable by the site’s origin', async () => {
    const response = await call('/problem-reports/report', {
      body: JSON.stringify(report()),
      headers: { Origin: siteOrigin },
    })
    expect(response.status).toBe(201)
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(siteOrigin)
    expect(response.headers.get('Access-Control-Allow-Credentials')).toBeNull()
    const body = (await response.json()) as { ok: boolean; id: number; message: string }
    expect(body).toMatchObject({
      ok: true,
      message: `Thank you. The staff who look after ${String(service.name)} will check the page and put it right.`,
    })
    expect(
      (await t.payload.findByID({ collection: 'problem-reports', id: body.id, overrideAccess: true, depth: 0 })).topic,
    ).toBe('times')
  })

  it('answers JSON errors with 400 and each field’s message, and never allows another origin', async () => {
    const response = await call('/problem-reports/report', {
      body: JSON.stringify(report({ topic: 'nope', details: '' })),
      headers: { Origin: 'https://elsewhere.example' },
    })
    expect(response.status).toBe(400)
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect(await response.json()).toEqual({
      ok: false,
      errors: [
        { field: 'topic', message: 'Choose what is wrong, for example “The days or times are wrong”.' },
        { field: 'details', message: 'Tell us what is wrong: enter at least 10 characters.' },
      ],
    })
  })

  it('answers a body it cannot read with 400 or 415 and a message, not a server error', async () => {
    const broken = await call('/problem-reports/report', { body: '{"topic": ' })
    expect(broken.status).toBe(400)
    expect(((await broken.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/could not be read/)
    const text = await call('/problem-reports/report', { body: 'hello', headers: { 'Content-Type': 'text/plain' } })
    expect(text.status).toBe(415)
    const huge = await call('/problem-reports/report', {
      body: JSON.stringify(report({ details: 'x'.repeat(70_000) })),
    })
    expect(huge.status).toBe(413)
  })

  it('answers a form posted without JavaScript with a confirmation page linking back to the service', async () => {
    const response = await call('/problem-reports/report', {
      body: new URLSearchParams(report() as Record<string, string>).toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(response.status).toBe(201)
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    const html = await response.text()
    expect(html).toContain('<html lang="en-GB">')
    expect(html).toContain('<title>Report sent - Family hubs</title>')
    expect(html).toContain(
      `href="${process.env.SITE_URL ?? 'http://localhost:4321'}/services/${String(service.slug)}/"`,
    )
  })

  it('answers a refused form with an error summary linking to each field and the form again, filled in with what was typed', async () => {
    const typed = report({ topic: 'place', details: 'Too short', name: 'Jo <Parent>', email: 'jo@' })
    const response = await call('/problem-reports/report', {
      body: new URLSearchParams(typed as Record<string, string>).toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(response.status).toBe(400)
    const html = await response.text()
    expect(html).toContain('<title>Error: Report something wrong with this page - Family hubs</title>')
    expect(html).toContain('<a href="#report-details">Tell us what is wrong: enter at least 10 characters.</a>')
    expect(html).toContain(
      '<a href="#report-email">Enter your email address in the right format, like name@example.org, or leave it empty.</a>',
    )
    expect(html).toMatch(/value="place" checked/)
    expect(html).toContain('>Too short</textarea>')
    expect(html).toContain('value="Jo &lt;Parent&gt;"')
    expect(html).toContain('value="jo@"')
    expect(html).toContain(`<input type="hidden" name="service" value="${String(service.slug)}">`)
    expect(html).toContain('action="/api/problem-reports/report"')
  })

  it('answers the browser’s preflight for the site’s origin', async () => {
    const response = await call('/problem-reports/report', {
      method: 'OPTIONS',
      headers: {
        Origin: siteOrigin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(siteOrigin)
    expect(response.headers.get('Access-Control-Allow-Methods')).toContain('POST')
    expect(response.headers.get('Access-Control-Allow-Headers')).toMatch(/content-type/i)
  })

  it('limits by the first address in X-Forwarded-For', async () => {
    const headers = { 'X-Forwarded-For': '192.0.2.99, 10.0.0.1' }
    for (let i = 0; i < 5; i++)
      expect((await call('/problem-reports/report', { body: JSON.stringify(report()), headers })).status).toBe(201)
    const sixth = await call('/problem-reports/report', {
      body: JSON.stringify(report()),
      headers: { 'X-Forwarded-For': '192.0.2.99, 10.0.0.2' },
    })
    expect(sixth.status).toBe(429)
    expect(
      (
        await call('/problem-reports/report', {
          body: JSON.stringify(report()),
          headers: { 'X-Forwarded-For': '192.0.2.100' },
        })
      ).status,
    ).toBe(201)
  })
})
