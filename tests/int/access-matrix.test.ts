/**
 * Every role × collection × operation, through the Local API (overrideAccess: false) and through
 * REST with a logged-in user, allowed or refused as issue #2 lays down.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { CollectionSlug } from 'payload'
import { cases, collections, matrix, operations, roles, updateFor, type Case } from './helpers/access-matrix.ts'
import { localDriver, restDriver, type Driver } from './helpers/drivers.ts'
import { draftsCollections, useWorld, type Doc, type World } from './helpers/world.ts'

const context = useWorld()
let world: World
const drivers: Record<string, Driver> = {}

beforeAll(async () => {
  world = context.world
  drivers['Local API'] = localDriver(world)
  drivers.REST = await restDriver(world, context.config)
})

it('enumerates every role × collection × operation', () => {
  expect(Object.keys(matrix).sort()).toEqual([...collections].sort())
  for (const collection of collections)
    for (const role of roles)
      for (const operation of operations)
        expect(matrix[collection][role][operation], `${collection} ${role} ${operation}`).toBeDefined()
  // "publish" exists exactly for the collections with drafts.
  for (const collection of collections) {
    const hasDrafts = draftsCollections.includes(collection as CollectionSlug)
    for (const role of roles)
      expect(matrix[collection][role].publish === 'n/a', `${collection} publish`).toBe(!hasDrafts)
  }
  expect(cases().length).toBeGreaterThan(350)
})

/** The document a case acts on: a fresh one in or out of the requester's scope (or the requester, for users). */
const targetFor = async (c: Case): Promise<Doc> => {
  if (c.collection === 'users' && c.target === 'own' && c.role !== 'admin' && c.role !== 'public')
    return c.role === 'hub-staff' ? world.hubStaff : world.partner
  // Hub staff act on their own hub or another; fixtures, since a new hub is nobody's.
  if (c.collection === 'hubs' && c.role !== 'admin') return c.target === 'own' ? world.hubOwn : world.hubOther
  if (c.target === 'published') return world.make(c.collection, 'own', 'published')
  if (c.target === 'ownDraft') return world.make(c.collection, 'own', 'draft')
  if (c.target === 'otherDraft') return world.make(c.collection, 'other', 'draft')
  return world.make(
    c.collection,
    c.target === 'own' ? 'own' : 'other',
    c.operation === 'publish' ? 'draft' : 'published',
  )
}

const run = async (driver: Driver, c: Case) => {
  switch (c.operation) {
    case 'create':
      return driver.create(c.role, c.collection, world.newData(c.collection, c.target === 'own' ? 'own' : 'other'))
    case 'read':
      return driver.read(c.role, c.collection, (await targetFor(c)).id)
    case 'update':
      return driver.update(c.role, c.collection, (await targetFor(c)).id, updateFor[c.collection])
    case 'delete':
      return driver.remove(c.role, c.collection, (await targetFor(c)).id)
    case 'publish': {
      const target = await targetFor(c)
      const outcome = await driver.update(c.role, c.collection, target.id, { _status: 'published' })
      const after = await world.payload.findByID({
        collection: c.collection,
        id: target.id,
        depth: 0,
        overrideAccess: true,
      })
      return outcome === 'allowed' && (after as { _status?: string })._status === 'published' ? 'allowed' : 'refused'
    }
  }
}

for (const driverName of ['Local API', 'REST']) {
  describe(`access through the ${driverName}`, () => {
    it.each(
      cases().map((c) => [`${c.role} ${c.operation} ${c.collection} (${c.target}) is ${c.expected}`, c] as const),
    )('%s', async (_name, c) => {
      expect(await run(drivers[driverName]!, c)).toBe(c.expected)
    })
  })
}
