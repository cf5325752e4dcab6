/**
 * A partner's change waits for review: hub staff of a hub where it runs (or an admin) read what
 * changed, field by field, and approve it (it goes live) or return it with a comment the partner
 * reads. Every step is kept in the request's history. Through the real endpoints and Local API.
 */
import { handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { DecisionResponse, DifferencesResponse, ReviewStateResponse } from '../../cms/partner-review/endpoints.ts'
import type { ReviewRequest } from '../../cms/payload-types.ts'
import { useWorld, type Doc, type Id, type World } from './helpers/world.ts'

const t = useWorld()
let world: World
type Who = 'admin' | 'hub-staff' | 'partner' | 'other-hub-staff'
const tokens = {} as Record<Who, string>

const call = async (path: string, init: { method?: string; who?: Who; body?: unknown } = {}) => {
  const response = await handleEndpoints({
    config: t.config,
    request: new Request(`http://localhost/api${path}`, {
      method: init.method ?? 'GET',
      headers: {
        'Content-Type': 'application/json',
        ...(init.who ? { Authorization: `JWT ${tokens[init.who]}` } : {}),
      },
      body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
    }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const approve = (id: Id, who: Who, body?: unknown) =>
  call(`/review-requests/${id}/approve`, { method: 'POST', who, body })
const giveBack = (id: Id, who: Who, body?: unknown) =>
  call(`/review-requests/${id}/return`, { method: 'POST', who, body })
const differences = (id: Id, who: Who) => call(`/review-requests/${id}/differences`, { who })

/** A partner's save through the Local API with the partner's access, as the admin's Save does. */
const partnerSaves = (collection: 'services' | 'sessions', id: Id, data: Record<string, unknown>) =>
  t.payload.update({ collection, id, data: data as never, user: world.partner, overrideAccess: false, depth: 0 })

/** The record's review requests, read with full access. */
const requestsFor = async (collection: string, id: Id): Promise<ReviewRequest[]> =>
  (
    await t.payload.find({
      collection: 'review-requests',
      where: { and: [{ targetCollection: { equals: collection } }, { targetId: { equals: String(id) } }] },
      depth: 0,
      overrideAccess: true,
    })
  ).docs

/** What the public reads of a service: its live version. */
const publicService = async (id: Id) =>
  (await t.payload.find({ collection: 'services', where: { id: { equals: id } }, overrideAccess: false, depth: 0 }))
    .docs[0]

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

describe('a partner’s change to a service, reviewed by hub staff', () => {
  let service: Doc
  let request: ReviewRequest

  it('waits for review as one request with the service’s hubs and a "submitted" decision, and the public still reads the live version', async () => {
    service = await world.make('services', 'own', 'published')
    const before = Date.now()
    await partnerSaves('services', service.id, {
      summary: 'Now with a breastfeeding room.',
      cost: { free: false, amount: 2 },
    })

    const requests = await requestsFor('services', service.id)
    expect(requests).toHaveLength(1)
    request = requests[0]!
    expect(request).toMatchObject({
      title: service.name,
      status: 'waiting',
      hubs: [world.hubOwn.id],
      organisation: world.orgOwn.id,
      submittedBy: world.partner.id,
    })
    expect(Date.parse(request.submittedAt!)).toBeGreaterThanOrEqual(before - 1000)
    expect(request.decisions).toHaveLength(1)
    expect(request.decisions![0]).toMatchObject({
      decision: 'submitted',
      by: world.partner.id,
      changedFields: 'Summary, Cost > Free, Cost > Amount (£)',
    })

    expect((await publicService(service.id))?.summary).toBe('A friendly group for parents and babies.')
  })

  it('is neither seen nor approved by hub staff of another hub', async () => {
    const seen = await t.payload.find({
      collection: 'review-requests',
      where: { id: { equals: request.id } },
      user: world.otherUser,
      overrideAccess: false,
    })
    expect(seen.docs).toHaveLength(0)
    expect((await differences(request.id, 'other-hub-staff')).status).toBe(403)
    const refused = await approve(request.id, 'other-hub-staff')
    expect(refused.status).toBe(403)
    expect(refused.body).toEqual({ errors: [{ message: expect.stringContaining(`“${String(service.name)}”`) }] })
    expect((await requestsFor('services', service.id))[0]!.status).toBe('waiting')
    expect((await publicService(service.id))?.summary).toBe('A friendly group for parents and babies.')
  })

  it('cannot be approved or returned by the partner', async () => {
    const approved = await approve(request.id, 'partner')
    expect(approved.status).toBe(403)
    expect(approved.body).toEqual({
      errors: [
        { message: 'Partners cannot approve changes: hub staff of a hub where it runs, or an admin, review them.' },
      ],
    })
    expect((await giveBack(request.id, 'partner', { comment: 'Looks fine' })).status).toBe(403)
  })

  it('shows hub staff of its hub what changed, field by field, live against proposed', async () => {
    const { status, body } = await differences(request.id, 'hub-staff')
    expect(status).toBe(200)
    const answer = body as unknown as DifferencesResponse
    expect(answer.published).toBe(true)
    expect(answer.request).toMatchObject({
      id: request.id,
      status: 'waiting',
      targetCollection: 'services',
      targetId: String(service.id),
    })
    expect(answer.differences).toEqual([
      {
        path: 'summary',
        label: 'Summary',
        before: 'A friendly group for parents and babies.',
        after: 'Now with a breastfeeding room.',
      },
      { path: 'cost.free', label: 'Cost > Free', before: 'Yes', after: 'No' },
      { path: 'cost.amount', label: 'Cost > Amount (£)', before: '(empty)', after: '2' },
    ])
  })

  it('goes live when hub staff of its hub approve it, with the decision recorded (who, when, which fields)', async () => {
    const before = Date.now()
    const { status, body } = await approve(request.id, 'hub-staff')
    expect(status).toBe(200)
    expect((body as unknown as DecisionResponse).message).toBe(
      `Approved and published: the service “${String(service.name)}” is live.`,
    )
    expect((await publicService(service.id))?.summary).toBe('Now with a breastfeeding room.')

    const [after] = await requestsFor('services', service.id)
    expect(after!.status).toBe('approved')
    expect(after!.decisions).toHaveLength(2)
    const decision = after!.decisions![1]!
    expect(decision).toMatchObject({
      decision: 'approved',
      by: world.hubStaff.id,
      changedFields: 'Summary, Cost > Free, Cost > Amount (£)',
    })
    expect(Date.parse(decision.at)).toBeGreaterThanOrEqual(before - 1000)

    const again = await approve(request.id, 'hub-staff')
    expect(again.status).toBe(409)
  })

  it('needs a comment to be returned, which the partner then reads; a new save sends it again and the history keeps every step', async () => {
    await partnerSaves('services', service.id, { contact: { phone: '01632 960123' } })
    const [waiting] = await requestsFor('services', service.id)
    expect(waiting).toMatchObject({ id: request.id, status: 'waiting' })
    expect(waiting!.decisions!.at(-1)).toMatchObject({ decision: 'submitted', changedFields: 'Contact > Phone' })

    for (const body of [undefined, {}, { comment: '   ' }]) {
      const refused = await giveBack(request.id, 'hub-staff', body)
      expect(refused.status).toBe(400)
      expect(refused.body).toEqual({
        errors: [
          {
            field: 'comment',
            message: 'Comment for the partner is required: say what they should change before it can be published.',
          },
        ],
      })
    }
    expect((await giveBack(request.id, 'hub-staff', '"just text"')).status).toBe(400)

    const returned = await giveBack(request.id, 'hub-staff', {
      comment: 'Please give the clinic’s direct line, not the switchboard.',
    })
    expect(returned.status).toBe(200)

    const seenByPartner = await t.payload.findByID({
      collection: 'review-requests',
      id: request.id,
      user: world.partner,
      overrideAccess: false,
      depth: 0,
    })
    expect(seenByPartner).toMatchObject({
      status: 'returned',
      comment: 'Please give the clinic’s direct line, not the switchboard.',
    })
    const state = await call(`/review-requests/of/services/${service.id}`, { who: 'partner' })
    expect(state.status).toBe(200)
    expect((state.body as unknown as ReviewStateResponse).review).toMatchObject({
      status: 'returned',
      decidedBy: 'Hub Staff',
      comment: 'Please give the clinic’s direct line, not the switchboard.',
    })
    expect((await publicService(service.id))?.contact).toMatchObject({ phone: null })

    await partnerSaves('services', service.id, { contact: { phone: '01632 960124' } })
    const [resent] = await requestsFor('services', service.id)
    expect(resent!.status).toBe('waiting')
    expect(resent!.decisions!.map((d) => [d.decision, d.by])).toEqual([
      ['submitted', world.partner.id],
      ['approved', world.hubStaff.id],
      ['submitted', world.partner.id],
      ['returned', world.hubStaff.id],
      ['submitted', world.partner.id],
    ])
    expect(resent!.decisions![3]).toMatchObject({
      comment: 'Please give the clinic’s direct line, not the switchboard.',
      changedFields: 'Contact > Phone',
    })
  })

  it('can be approved by an admin', async () => {
    const { status } = await approve(request.id, 'admin')
    expect(status).toBe(200)
    expect((await publicService(service.id))?.contact).toMatchObject({ phone: '01632 960124' })
    const [after] = await requestsFor('services', service.id)
    expect(after!.status).toBe('approved')
    expect(after!.decisions!.at(-1)).toMatchObject({ decision: 'approved', by: world.admin.id })
  })

  it('is closed as approved when staff publish the change from the editor instead', async () => {
    await partnerSaves('services', service.id, { description: 'Run by midwives.' })
    expect((await requestsFor('services', service.id))[0]!.status).toBe('waiting')
    await t.payload.update({
      collection: 'services',
      id: service.id,
      data: { _status: 'published' },
      user: world.hubStaff,
      overrideAccess: false,
    })
    const [after] = await requestsFor('services', service.id)
    expect(after!.status).toBe('approved')
    expect(after!.decisions!.at(-1)).toMatchObject({
      decision: 'approved',
      by: world.hubStaff.id,
      changedFields: 'Description',
      comment: 'Published from the editor.',
    })
  })

  it('refuses strangers and unknown requests with clear messages', async () => {
    expect((await differences(request.id, undefined as never)).status).toBe(401)
    const missing = await approve(999999, 'admin')
    expect(missing).toEqual({
      status: 404,
      body: { errors: [{ message: 'There is no change to review with id 999999.' }] },
    })
    const badTarget = await call('/review-requests/of/hubs/1', { who: 'hub-staff' })
    expect(badTarget).toEqual({
      status: 400,
      body: { errors: [{ field: 'target', message: '"hubs" is not reviewed: give services or sessions.' }] },
    })
  })
})

describe('a partner’s change to a session, and a new service', () => {
  it('asks staff of the session’s hub, names related records in the differences, and publishes on approval', async () => {
    const session = await world.make('sessions', 'own', 'published')
    await partnerSaves('sessions', session.id, {
      venue: world.venueOther.id,
      exceptions: [{ date: '2026-03-03T12:00:00.000Z', kind: 'cancelled', reason: 'Hall in use' }],
    })
    const [request] = await requestsFor('sessions', session.id)
    expect(request).toMatchObject({
      status: 'waiting',
      hubs: [world.hubOwn.id],
      organisation: world.orgOwn.id,
      title: session.title,
    })

    const { body } = await differences(request!.id, 'hub-staff')
    expect(
      (body as unknown as DifferencesResponse).differences.map((d) => `${d.label}: ${d.before} -> ${d.after}`),
    ).toEqual([
      'Venue: My Venue -> Other Venue',
      'One-off changes 1 > Date: (empty) -> 3 March 2026',
      'One-off changes 1 > Change: (empty) -> Cancelled on this date',
      'One-off changes 1 > Reason: (empty) -> Hall in use',
    ])
    expect((await approve(request!.id, 'other-hub-staff')).status).toBe(403)
    expect((await approve(request!.id, 'hub-staff')).status).toBe(200)
    const live = await t.payload.findByID({ collection: 'sessions', id: session.id, overrideAccess: false, depth: 0 })
    expect(live.venue).toBe(world.venueOther.id)
  })

  it('lists every field of a service the partner created, against nothing live', async () => {
    const created = await t.payload.create({
      collection: 'services',
      data: { ...world.newData('services', 'own'), name: 'Antenatal clinic' } as never,
      user: world.partner,
      overrideAccess: false,
      depth: 0,
    })
    expect(created._status).toBe('draft')
    const [request] = await requestsFor('services', created.id)
    expect(request).toMatchObject({ status: 'waiting', title: 'Antenatal clinic', hubs: [world.hubOwn.id] })
    expect(request!.decisions![0]!.changedFields).toMatch(/^Name, Slug, Summary, Provider, Categories, Hubs/)

    const { body } = await differences(request!.id, 'partner')
    const answer = body as unknown as DifferencesResponse
    expect(answer.published).toBe(false)
    expect(answer.differences.find((d) => d.path === 'provider')).toEqual({
      path: 'provider',
      label: 'Provider',
      before: '(empty)',
      after: 'Partner Organisation',
    })
    expect(answer.differences.find((d) => d.path === 'hubs')).toMatchObject({ after: 'My Family Hub' })
  })
})
