/**
 * What the access matrix does not show on its own: partners' saves stay drafts until hub staff
 * publish them, staff-only fields never reach the public, nobody changes their own role, and
 * demo accounts cannot sign in in production.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { useWorld, type World } from './helpers/world.ts'

const t = useWorld()
let world: World
beforeAll(() => {
  world = t.world
})

const as = (user: Record<string, unknown> | undefined) => ({
  overrideAccess: false,
  user: user ? { ...user, collection: 'users' } : undefined,
  depth: 0,
})

describe('partner review', () => {
  it('keeps the live service as it was when a partner edits it, until hub staff publish the draft', async () => {
    const service = await world.make('services', 'own', 'published')
    await t.payload.update({
      collection: 'services',
      id: service.id,
      data: { summary: 'Now also on Fridays.' },
      ...as(world.partner),
    })

    const live = await t.payload.findByID({ collection: 'services', id: service.id, ...as(undefined) })
    expect(live.summary).toBe(service.summary)
    const draft = await t.payload.findByID({
      collection: 'services',
      id: service.id,
      draft: true,
      ...as(world.hubStaff),
    })
    expect(draft.summary).toBe('Now also on Fridays.')

    await t.payload.update({
      collection: 'services',
      id: service.id,
      data: { _status: 'published' },
      draft: false,
      ...as(world.hubStaff),
    })
    const published = await t.payload.findByID({ collection: 'services', id: service.id, ...as(undefined) })
    expect(published.summary).toBe('Now also on Fridays.')
    expect(published._status).toBe('published')
  })

  it('saves a partner’s new session as a draft the public cannot see', async () => {
    const session = await t.payload.create({
      collection: 'sessions',
      data: world.newData('sessions', 'own') as never,
      ...as(world.partner),
    })
    expect(session._status).toBe('draft')
    const publicView = await t.payload.find({
      collection: 'sessions',
      where: { id: { equals: session.id } },
      ...as(undefined),
    })
    expect(publicView.docs).toHaveLength(0)
    expect(session.provider).toBe(world.orgOwn.id)
  })

  it('does not let a partner move a service to another organisation', async () => {
    const service = await world.make('services', 'own')
    const error = await t.payload
      .update({
        collection: 'services',
        id: service.id,
        data: { provider: world.orgOther.id as number },
        ...as(world.partner),
      })
      .then(
        () => undefined,
        (e: { status?: number }) => e,
      )
    expect(error?.status).toBe(403)
  })
})

describe('staff-only fields', () => {
  it('hides internal notes and staff contacts from the public and from other organisations’ partners', async () => {
    await t.payload.update({
      collection: 'hubs',
      id: world.hubOwn.id,
      data: {
        internalNotes: 'Key safe code is with the caretaker.',
        staffContact: { name: 'Hub lead', phone: '01632 960999' },
      },
    })
    const publicHub = await t.payload.findByID({ collection: 'hubs', id: world.hubOwn.id, ...as(undefined) })
    expect(publicHub.internalNotes).toBeUndefined()
    expect(publicHub.staffContact).toBeUndefined()
    const staffHub = await t.payload.findByID({ collection: 'hubs', id: world.hubOwn.id, ...as(world.hubStaff) })
    expect(staffHub.internalNotes).toBe('Key safe code is with the caretaker.')

    const other = await world.make('services', 'other')
    await t.payload.update({ collection: 'services', id: other.id, data: { internalNotes: 'Funding ends in March.' } })
    const partnerView = await t.payload.findByID({ collection: 'services', id: other.id, ...as(world.partner) })
    expect(partnerView.internalNotes).toBeUndefined()
    const own = await world.make('services', 'own')
    await t.payload.update({ collection: 'services', id: own.id, data: { internalNotes: 'Our own note.' } })
    expect((await t.payload.findByID({ collection: 'services', id: own.id, ...as(world.partner) })).internalNotes).toBe(
      'Our own note.',
    )
  })

  it('never shows versions to the public or to partners', async () => {
    const service = await world.make('services', 'own')
    for (const user of [undefined, world.partner]) {
      const error = await t.payload
        .findVersions({ collection: 'services', where: { parent: { equals: service.id } }, ...as(user) })
        .then(
          () => undefined,
          (e: { status?: number }) => e,
        )
      expect(error?.status).toBe(403)
    }
    const staff = await t.payload.findVersions({
      collection: 'services',
      where: { parent: { equals: service.id } },
      ...as(world.hubStaff),
    })
    expect(staff.docs.length).toBeGreaterThan(0)
  })

  it('never shows users to the public', async () => {
    const error = await t.payload.find({ collection: 'users', ...as(undefined) }).then(
      () => undefined,
      (e: { status?: number }) => e,
    )
    expect(error?.status).toBe(403)
  })
})

describe('accounts', () => {
  it('does not let hub staff change their own role or hubs', async () => {
    await t.payload.update({
      collection: 'users',
      id: world.hubStaff.id,
      data: { role: 'admin', hubs: [world.hubOther.id as number] },
      ...as(world.hubStaff),
    })
    const after = await t.payload.findByID({ collection: 'users', id: world.hubStaff.id, depth: 0 })
    expect(after.role).toBe('hub-staff')
    expect(after.hubs).toEqual([world.hubOwn.id])
  })

  it('refuses demo accounts at sign-in in production, and lets them in otherwise', async () => {
    await t.payload.create({
      collection: 'users',
      data: { email: 'admin@example.org', password: 'demo-admin-password', name: 'Demo', role: 'admin' },
    })
    const login = () =>
      t.payload.login({ collection: 'users', data: { email: 'admin@example.org', password: 'demo-admin-password' } })
    expect((await login()).token).toBeTruthy()
    process.env.FHD_DEPLOYMENT = 'production'
    try {
      await expect(login()).rejects.toThrow(
        'Demo accounts cannot sign in in production. Ask an administrator for a real account.',
      )
    } finally {
      delete process.env.FHD_DEPLOYMENT
    }
  })
})
