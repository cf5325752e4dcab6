/**
 * A save that fails after it has written changes nothing: on SQLite, as on MongoDB, Payload runs
 * each save in a transaction (cms/sqlite/). The failing hooks are added by this test to its own
 * process's collections (payload.collections[...].config.hooks), for the documents it marks; no
 * configuration or request adds them anywhere else. What is left is read through a connection of
 * its own, as another process would see the file.
 * Also: saves at the same time in one process, and writers in other processes, all succeed.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createClient, type Client, type InValue } from '@libsql/client'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
} from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSqliteClient } from '../../cms/sqlite/client.ts'
import { loginToken, restRequest } from './helpers/rest.ts'
import { serviceData, useWorld, type Doc } from './helpers/world.ts'

const t = useWorld()
const FAIL_AFTER_CHANGE = '[fails after change]'
const FAIL_AFTER_DELETE = '[fails after delete]'
const writerScript = path.resolve('tests/int/helpers/sqlite-writer-process.ts')

let raw: Client
const rows = async (sql: string, args: InValue[] = []) => (await raw.execute({ sql, args })).rows
const count = async (table: string, where = '1 = 1', args: InValue[] = []) =>
  Number((await rows(`SELECT count(*) AS n FROM ${table} WHERE ${where}`, args))[0]!.n)
/** Rows in every table of the file. */
const everyTable = async (): Promise<Record<string, number>> => {
  const tables = await rows(
    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  )
  return Object.fromEntries(
    await Promise.all(tables.map(async ({ name }) => [String(name), await count(`"${String(name)}"`)] as const)),
  )
}

/** What the failing hooks saw of their own document inside the transaction (so the failure came after the write). */
const seenInside: string[] = []
const nameOf = (doc: object) => String((doc as { name?: unknown }).name ?? (doc as { title?: unknown }).title ?? '')

const failAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (!nameOf(doc).includes(FAIL_AFTER_CHANGE)) return doc
  const found = await req.payload.find({
    collection: collection.slug as CollectionSlug,
    where: { id: { equals: doc.id } },
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
  })
  seenInside.push(nameOf(found.docs[0] ?? {}))
  throw new Error(`The test's afterChange hook fails for ${nameOf(doc)}`)
}
const failAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  if (nameOf(doc).includes(FAIL_AFTER_DELETE)) throw new Error(`The test's afterDelete hook fails for ${nameOf(doc)}`)
}
let refusingOrganisation: Doc
const refuseProvider: CollectionBeforeChangeHook = ({ data }) => {
  if (data.provider !== undefined && String(data.provider) === String(refusingOrganisation.id))
    throw new Error(`The test's beforeChange hook refuses sessions of ${String(refusingOrganisation.name)}`)
  return data
}

beforeAll(async () => {
  raw = createClient({ url: process.env.DATABASE_URL! })
  const { services, sessions } = t.payload.collections
  services.config.hooks.afterChange.push(failAfterChange)
  services.config.hooks.afterDelete.push(failAfterDelete)
  sessions.config.hooks.beforeChange.push(refuseProvider)
  refusingOrganisation = (await t.payload.create({
    collection: 'organisations',
    data: { name: 'Refusing Organisation', type: 'charity' },
    overrideAccess: true,
  })) as unknown as Doc
})
afterAll(() => raw?.close())

let made = 0
const newService = async (name: string, status: 'published' | 'draft' = 'published'): Promise<Doc> => {
  const { orgOwn, hubOwn, category } = t.world
  return (await t.payload.create({
    collection: 'services',
    data: serviceData(`${name} ${++made}`, orgOwn, hubOwn, category, status) as never,
    draft: status === 'draft',
    overrideAccess: true,
    depth: 0,
  })) as unknown as Doc
}

describe('a save that fails after writing changes nothing', () => {
  it('a new service: no row, no version, no relation, no request for a build', async () => {
    const { orgOwn, hubOwn, category } = t.world
    const before = await everyTable()
    const name = `Baby massage ${FAIL_AFTER_CHANGE}`
    await expect(
      t.payload.create({
        collection: 'services',
        data: serviceData(name, orgOwn, hubOwn, category, 'published') as never,
        overrideAccess: true,
      }),
    ).rejects.toThrow(`The test's afterChange hook fails for ${name}`)
    expect(seenInside).toContain(name)
    expect(await count('services', 'name = ?', [name])).toBe(0)
    expect(await count('_services_v', 'version_name = ?', [name])).toBe(0)
    expect(await everyTable()).toEqual(before)
  })

  it('an update of a published service: the old values, the old versions, no request for a build', async () => {
    const service = await newService('Toddler time')
    const before = await everyTable()
    const name = `Toddler time renamed ${FAIL_AFTER_CHANGE}`
    await expect(
      t.payload.update({
        collection: 'services',
        id: service.id,
        data: { name, summary: 'A changed summary.' },
        overrideAccess: true,
      }),
    ).rejects.toThrow(`The test's afterChange hook fails for ${name}`)
    expect(seenInside).toContain(name)
    expect(await rows('SELECT name, summary, _status FROM services WHERE id = ?', [service.id as number])).toEqual([
      expect.objectContaining({
        name: service.name,
        summary: 'A friendly group for parents and babies.',
        _status: 'published',
      }),
    ])
    expect(
      await rows('SELECT version_name FROM _services_v WHERE parent_id = ? AND latest = 1', [service.id as number]),
    ).toEqual([expect.objectContaining({ version_name: service.name })])
    expect(await everyTable()).toEqual(before)
  })

  it('a draft saved over a published service (a new version only): no version', async () => {
    const service = await newService('Rhyme time')
    const before = await everyTable()
    const name = `Rhyme time draft ${FAIL_AFTER_CHANGE}`
    await expect(
      t.payload.update({ collection: 'services', id: service.id, data: { name }, draft: true, overrideAccess: true }),
    ).rejects.toThrow(`The test's afterChange hook fails for ${name}`)
    expect(seenInside).toContain(name)
    expect(await count('_services_v', 'version_name = ?', [name])).toBe(0)
    expect(await everyTable()).toEqual(before)
  })

  it('a save refused by a hook of another document it changes: neither changes', async () => {
    // Sessions follow their service's provider (syncSessionProviders, an afterChange hook of
    // services, in the same transaction); the test's sessions hook refuses one provider.
    const service = await newService('Stay and play')
    const session = (await t.payload.create({
      collection: 'sessions',
      data: { ...t.world.newData('sessions', 'own'), service: service.id, _status: 'published' } as never,
      overrideAccess: true,
      depth: 0,
    })) as unknown as Doc
    const before = await everyTable()
    await expect(
      t.payload.update({
        collection: 'services',
        id: service.id,
        data: { provider: refusingOrganisation.id as number },
        overrideAccess: true,
      }),
    ).rejects.toThrow("could not (The test's beforeChange hook refuses sessions of Refusing Organisation)")
    expect((await rows('SELECT provider_id FROM services WHERE id = ?', [service.id as number]))[0]!.provider_id).toBe(
      t.world.orgOwn.id,
    )
    expect((await rows('SELECT provider_id FROM sessions WHERE id = ?', [session.id as number]))[0]!.provider_id).toBe(
      t.world.orgOwn.id,
    )
    expect(await everyTable()).toEqual(before)
  })

  it('a delete whose afterDelete hook fails: the service and its versions stay', async () => {
    const service = await newService(`Messy play ${FAIL_AFTER_DELETE}`)
    const before = await everyTable()
    await expect(t.payload.delete({ collection: 'services', id: service.id, overrideAccess: true })).rejects.toThrow(
      `The test's afterDelete hook fails for ${String(service.name)}`,
    )
    expect(await count('services', 'id = ?', [service.id as number])).toBe(1)
    expect(await everyTable()).toEqual(before)
  })

  it('over REST as well: the request fails and leaves nothing', async () => {
    const { orgOwn, hubOwn, category, passwords } = t.world
    const token = await loginToken(t.config, passwords.admin)
    const before = await everyTable()
    const name = `Dads' group ${FAIL_AFTER_CHANGE}`
    const response = await restRequest(t.config, 'POST', '/services', {
      token,
      body: serviceData(name, orgOwn, hubOwn, category, 'published'),
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(seenInside).toContain(name)
    expect(await everyTable()).toEqual(before)
  })

  it('and a save that does not fail is kept, with its version and its request for a build', async () => {
    const before = await everyTable()
    const service = await newService('Sing and sign')
    expect(await count('services', 'id = ?', [service.id as number])).toBe(1)
    expect(await count('_services_v', 'parent_id = ?', [service.id as number])).toBe(1)
    expect(await count('site_builds', "status = 'queued'")).toBeGreaterThanOrEqual(1)
    expect((await everyTable()).services).toBe(before.services! + 1)
  })
})

describe('Payload’s own transactions', () => {
  it('a scheduled publish, run by the jobs runner as the publisher does, publishes the service and asks for a build', async () => {
    const service = await newService('Story time', 'draft')
    await t.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'services', value: service.id as number },
        user: { relationTo: 'users', value: t.world.admin.id as number },
      },
      waitUntil: new Date(Date.now() - 1000),
    })
    await t.payload.jobs.run()
    expect(await rows('SELECT _status FROM services WHERE id = ?', [service.id as number])).toEqual([
      expect.objectContaining({ _status: 'published' }),
    ])
    // Payload deletes a job once it has completed; a failed one would stay, with its error.
    expect(await count('payload_jobs', "task_slug = 'schedulePublish'")).toBe(0)
    const queued = await rows("SELECT changes FROM site_builds WHERE status = 'queued'")
    expect(queued.map((build) => String(build.changes)).join('\n')).toContain(
      `Service “${String(service.name)}” changed`,
    )
  })
})

describe('writers at the same time', () => {
  it('saves at the same time in one process take turns and all succeed', async () => {
    const existing = await newService('Bumps and babies')
    const before = await count('services')
    const saves: Array<Promise<unknown>> = []
    for (let i = 0; i < 6; i++) saves.push(newService('Busy morning'))
    for (let i = 0; i < 3; i++)
      saves.push(
        t.payload.update({
          collection: 'services',
          id: existing.id,
          data: { summary: `Changed ${i} times.` },
          overrideAccess: true,
        }),
      )
    const outcomes = await Promise.allSettled(saves)
    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([])
    expect(await count('services')).toBe(before + 6)
  })

  it('a save waits while another process holds the write lock, then succeeds', async () => {
    const file = process.env.DATABASE_URL!.replace(/^file:/, '')
    const holder = spawn(process.execPath, ['--import', 'tsx', writerScript, 'hold', file, '1500'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    holder.stderr.on('data', (chunk) => (output += String(chunk)))
    const exited = new Promise<number | null>((resolve) => holder.on('exit', resolve))
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (chunk) => {
        output += String(chunk)
        if (output.includes('holding')) resolve()
      })
      holder.on('exit', () => reject(new Error(`The other process ended before holding the lock:\n${output}`)))
    })
    const started = Date.now()
    const service = await newService('While the publisher writes')
    const waited = Date.now() - started
    expect(await exited, output).toBe(0)
    expect(output).toContain('committed')
    expect(await count('services', 'id = ?', [service.id as number])).toBe(1)
    expect(waited).toBeGreaterThan(500)
  })

  it('two processes writing at once both succeed: one waits for the other within the busy timeout', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'family-hub-writers-'))
    const file = path.join(dir, 'writers.db')
    try {
      const client = await openSqliteClient({ url: `file:${file}` })
      await client.execute('CREATE TABLE writes (id integer PRIMARY KEY, writer text NOT NULL, n integer NOT NULL)')
      // Each writer opens the file, says "ready" and waits for "go", so that both write at once.
      const writer = (name: string) => {
        const child = spawn(process.execPath, ['--import', 'tsx', writerScript, 'write', file, '100', name], {
          stdio: ['pipe', 'pipe', 'pipe'],
        })
        let output = ''
        const ready = new Promise<void>((resolve, reject) => {
          child.stdout.on('data', (chunk) => {
            output += String(chunk)
            if (output.includes('ready')) resolve()
          })
          child.on('exit', () => reject(new Error(`Writer ${name} ended before it was ready:\n${output}`)))
        })
        child.stderr.on('data', (chunk) => (output += String(chunk)))
        const done = new Promise<{ code: number | null; output: string }>((resolve) =>
          child.on('exit', (code) => resolve({ code, output })),
        )
        return { ready, go: () => child.stdin.end('go\n'), done }
      }
      const a = writer('a')
      const b = writer('b')
      await Promise.all([a.ready, b.ready])
      a.go()
      b.go()
      const [doneA, doneB] = await Promise.all([a.done, b.done])
      for (const done of [doneA, doneB]) {
        expect(done.code, done.output).toBe(0)
        expect(done.output).toMatch(/^ready\nwrote 100, waited up to \d+ ms\n$/)
      }
      // They wrote at once: one waited on SQLite's lock for at least one of the other's transactions.
      // (SQLite's busy handler is not fair: the waiting one usually gets in only once the other stops.)
      const waited = [doneA, doneB].map((done) => Number(/waited up to (\d+) ms/.exec(done.output)![1]))
      expect(Math.max(...waited)).toBeGreaterThanOrEqual(5)
      const written = await client.execute('SELECT writer, count(*) AS n FROM writes GROUP BY writer ORDER BY writer')
      expect(written.rows.map((row) => [row.writer, row.n])).toEqual([
        ['a', 100],
        ['b', 100],
      ])
      client.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
