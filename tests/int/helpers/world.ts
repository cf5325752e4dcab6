/**
 * A small directory for access tests: two organisations, two hubs with a venue each, staff of
 * one hub, a partner of one organisation, and factories that make a fresh document in or out of
 * a requester's scope ("own" or "other") for any collection.
 */
import type { CollectionSlug, Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll } from 'vitest'
import { startPayload, type TestPayload } from './payload.ts'
import { toStoredDate } from '../../../core/dates/plain-date.ts'

export type Scope = 'own' | 'other'
export type Id = number | string
export type Doc = Record<string, unknown> & { id: Id }

export const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

export interface World {
  payload: Payload
  orgOwn: Doc
  orgOther: Doc
  hubOwn: Doc
  hubOther: Doc
  venueOwn: Doc
  venueOther: Doc
  category: Doc
  admin: Doc
  hubStaff: Doc
  partner: Doc
  otherUser: Doc
  passwords: Record<'admin' | 'hub-staff' | 'partner', { email: string; password: string }>
  /** Data for a new document of the collection, in scope or out of scope of hub staff and the partner. */
  newData: (collection: CollectionSlug, scope: Scope) => Record<string, unknown>
  /** A fresh saved document (made with full access); drafts collections: published unless asked. */
  make: (collection: CollectionSlug, scope: Scope, status?: 'published' | 'draft') => Promise<Doc>
}

let counter = 0
const unique = (label: string) => `${label} ${++counter}`

export const draftsCollections: CollectionSlug[] = ['services', 'sessions', 'articles']

export const buildWorld = async (payload: Payload): Promise<World> => {
  const create = async (
    collection: CollectionSlug,
    data: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ) =>
    (await payload.create({
      collection,
      data: data as never,
      overrideAccess: true,
      depth: 0,
      ...extra,
    })) as unknown as Doc

  const orgOwn = await create('organisations', { name: 'Partner Organisation', type: 'nhs' })
  const orgOther = await create('organisations', { name: 'Other Organisation', type: 'charity' })
  const hubOwn = await create('hubs', { name: 'My Family Hub', type: 'family-hub', locality: 'East' })
  const hubOther = await create('hubs', { name: 'Other Family Hub', type: 'family-hub', locality: 'West' })
  const venue = (hub: Doc, name: string) => ({
    name,
    hub: hub.id,
    address: { line1: '1 Test Street', town: 'Warrington' },
    postcode: 'WA1 1AB',
    latitude: 53.39,
    longitude: -2.59,
  })
  const venueOwn = await create('venues', venue(hubOwn, 'My Venue'))
  const venueOther = await create('venues', venue(hubOther, 'Other Venue'))
  const parentCategory = await create('categories', { name: 'Activities, clubs and groups' })
  const category = await create('categories', { name: 'Stay and play', parent: parentCategory.id })

  const passwords = {
    admin: { email: 'matrix-admin@example.org', password: 'matrix-admin-password' },
    'hub-staff': { email: 'matrix-hub@example.org', password: 'matrix-hub-password' },
    partner: { email: 'matrix-partner@example.org', password: 'matrix-partner-password' },
  }
  const admin = await create('users', { ...passwords.admin, name: 'Admin', role: 'admin' })
  const hubStaff = await create('users', {
    ...passwords['hub-staff'],
    name: 'Hub Staff',
    role: 'hub-staff',
    hubs: [hubOwn.id],
  })
  const partner = await create('users', {
    ...passwords.partner,
    name: 'Partner',
    role: 'partner',
    organisation: orgOwn.id,
  })
  const otherUser = await create('users', {
    email: 'matrix-other@example.org',
    password: 'matrix-other-password',
    name: 'Other',
    role: 'hub-staff',
    hubs: [hubOther.id],
  })

  const services = {
    own: await create('services', serviceData(unique('Own service'), orgOwn, hubOwn, category, 'published')),
    other: await create('services', serviceData(unique('Other service'), orgOther, hubOther, category, 'published')),
  }

  const newData = (collection: CollectionSlug, scope: Scope): Record<string, unknown> => {
    const own = scope === 'own'
    switch (collection) {
      case 'organisations':
        return { name: unique('Organisation'), type: 'charity' }
      case 'categories':
        return { name: unique('Category') }
      case 'hubs':
        return { name: unique('Hub'), type: 'zone', locality: 'South' }
      case 'venues':
        return { ...venue(own ? hubOwn : hubOther, unique('Venue')) }
      case 'services':
        return serviceData(unique('Service'), own ? orgOwn : orgOther, own ? hubOwn : hubOther, category)
      case 'sessions':
        return {
          service: (own ? services.own : services.other).id,
          hub: (own ? hubOwn : hubOther).id,
          venue: (own ? venueOwn : venueOther).id,
          title: unique('Session'),
          freq: 'weekly',
          interval: 1,
          days: ['TU'],
          firstDate: toStoredDate('2026-01-06'),
          opensAt: '10:00',
          closesAt: '11:30',
          termTime: 'all-year',
        }
      case 'articles':
        return { title: unique('Article'), summary: 'Advice for parents.' }
      case 'term-dates':
        return {
          name: unique('Closure'),
          type: 'closure',
          startDate: toStoredDate('2026-12-24'),
          endDate: toStoredDate('2026-12-24'),
        }
      case 'users':
        return {
          email: `${unique('new').replace(' ', '-')}@example.org`,
          password: 'new-user-password',
          name: unique('New user'),
          role: 'hub-staff',
          hubs: [hubOwn.id],
        }
      case 'media':
        return { alt: unique('A photo of the hub garden') }
      default:
        throw new Error(`No test data for ${collection}`)
    }
  }

  const make = async (
    collection: CollectionSlug,
    scope: Scope,
    status: 'published' | 'draft' = 'published',
  ): Promise<Doc> => {
    const data = newData(collection, scope)
    if (draftsCollections.includes(collection))
      return create(collection, { ...data, _status: status }, { draft: status === 'draft' })
    if (collection === 'media')
      return create(collection, data, {
        file: { data: tinyPng, mimetype: 'image/png', name: `photo-${++counter}.png`, size: tinyPng.length },
      })
    return create(collection, data)
  }

  return {
    payload,
    orgOwn,
    orgOther,
    hubOwn,
    hubOther,
    venueOwn,
    venueOther,
    category,
    admin,
    hubStaff,
    partner,
    otherUser,
    passwords,
    newData,
    make,
  }
}

export const serviceData = (name: string, provider: Doc, hub: Doc, category: Doc, status?: 'published' | 'draft') => ({
  name,
  summary: 'A friendly group for parents and babies.',
  provider: provider.id,
  hubs: [hub.id],
  categories: [category.id],
  access: { methods: ['drop-in'] },
  ...(status ? { _status: status } : {}),
})

/** In a test file: a fresh Payload on its own SQLite file with the access-test world, for all its tests. */
export const useWorld = (): { readonly payload: Payload; readonly config: SanitizedConfig; readonly world: World } => {
  let t: TestPayload | undefined
  let world: World | undefined
  beforeAll(async () => {
    t = await startPayload()
    world = await buildWorld(t.payload)
  })
  afterAll(async () => t?.close())
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The test world is made in beforeAll: use it inside a test or hook.')
    return value
  }
  return {
    get payload() {
      return ready(t).payload
    },
    get config() {
      return ready(t).config
    },
    get world() {
      return ready(world)
    },
  }
}
