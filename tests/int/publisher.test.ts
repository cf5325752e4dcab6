/**
 * The publisher on a real Payload (temporary SQLite) with a fake clock and builders that write a
 * tiny site or fail on demand: debounce, one build at a time (two publishers, one lock), the one
 * queued rebuild, a failed build that leaves the last good site live with its cause recorded,
 * rollback, a lock left by a dead process, an interrupted build, and which edits ask for a build.
 * One test runs the real site build against invalid published data to check it names the record.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeEach, describe, expect, it } from 'vitest'
import type { SiteBuild } from '../../cms/payload-types.ts'
import { publishLock } from '../../cms/publishing/publish-lock.ts'
import { requestPublish } from '../../cms/publishing/publish-requests.ts'
import { createPublisher, type BuildOutcome, type SiteBuilder } from '../../app/publishing/publisher.ts'
import { rollBack } from '../../cms/publishing/rollback.ts'
import { siteBuildProcess } from '../../app/publishing/site-build-process.ts'
import { liveFolder, siteFoldersIn, type SiteFolders } from '../../core/publishing/site-folders.ts'
import { siteStatus } from '../../cms/publishing/site-status.ts'
import { useWorld } from './helpers/world.ts'

const t = useWorld()
const T0 = new Date('2026-11-23T10:00:00.000Z')
const at = (ms: number) => new Date(T0.getTime() + ms)

let folders: SiteFolders
let clock: Date

/** A builder that writes index.html saying `version`, counting its calls; `gate` holds it open. */
const fakeBuilder = (
  version: () => string,
  options: { gate?: Promise<void>; fail?: () => BuildOutcome | undefined } = {},
) => {
  const calls: string[] = []
  const build: SiteBuilder = async (folder) => {
    calls.push(folder)
    await options.gate
    const failure = options.fail?.()
    if (failure) return failure
    await writeFile(path.join(folder, 'index.html'), version())
    return { ok: true, pages: 1 }
  }
  return { build, calls }
}

const publisherWith = (build: SiteBuilder, worker = 'test-worker') =>
  createPublisher({ payload: t.payload, build, folders, worker, now: () => clock, leaseMs: 60_000 })

const builds = async (payload: Payload): Promise<SiteBuild[]> =>
  (await payload.find({ collection: 'site-builds', sort: 'requestedAt', limit: 100, depth: 0, overrideAccess: true }))
    .docs

const liveIndex = () => readFileSync(path.join(liveFolder(folders)!, 'index.html'), 'utf8')

beforeEach(async () => {
  await t.payload.delete({ collection: 'site-builds', where: { id: { exists: true } }, overrideAccess: true })
  await t.payload.delete({ collection: 'publish-locks', where: { id: { exists: true } }, overrideAccess: true })
  folders = siteFoldersIn(mkdtempSync(path.join(tmpdir(), 'family-hub-publisher-')))
  clock = T0
})

describe('debounce', () => {
  it('makes one build of a burst of changes, started a pause after the last one', async () => {
    const { build, calls } = fakeBuilder(() => 'v1')
    const publisher = publisherWith(build)
    await requestPublish(t.payload, { change: 'Session “A” changed', now: at(0), debounceMs: 2000 })
    await requestPublish(t.payload, { change: 'Session “B” changed', now: at(1000), debounceMs: 2000 })
    await requestPublish(t.payload, { change: 'Service “C” changed', now: at(1500), debounceMs: 2000 })
    const waiting = await builds(t.payload)
    expect(waiting).toHaveLength(1)
    expect(waiting[0]!.runAfter).toBe(at(3500).toISOString())
    clock = at(3000)
    expect(await publisher.tick()).toBe('waiting')
    expect(calls).toHaveLength(0)
    clock = at(3600)
    expect(await publisher.tick()).toBe('published')
    expect(calls).toHaveLength(1)
    const [done] = await builds(t.payload)
    expect(done!.status).toBe('published')
    expect(done!.changes?.split('\n')).toEqual(['Session “A” changed', 'Session “B” changed', 'Service “C” changed'])
    expect(done!.summary).toBe('Session “A” changed and 2 more changes')
    expect(liveIndex()).toBe('v1')
    expect(await publisher.tick()).toBe('idle')
  })

  it('never waits longer than the longest pause, however long the burst goes on', async () => {
    for (let s = 0; s <= 40; s += 1)
      await requestPublish(t.payload, { change: `Edit ${s}`, now: at(s * 1000), debounceMs: 2000, maxWaitMs: 30_000 })
    const [waiting] = await builds(t.payload)
    expect(waiting!.runAfter).toBe(at(30_000).toISOString())
  })

  it('starts at once for "Publish now", and a later change does not hold it back', async () => {
    await requestPublish(t.payload, { change: 'Publish now', immediate: true, now: at(0) })
    await requestPublish(t.payload, { change: 'Session “A” changed', now: at(500), debounceMs: 2000 })
    const [waiting] = await builds(t.payload)
    expect(waiting!.runAfter).toBe(at(0).toISOString())
  })
})

it('runs by itself once started: a change is published without anyone calling tick', async () => {
  const { build, calls } = fakeBuilder(() => 'looped')
  const publisher = createPublisher({ payload: t.payload, build, folders, worker: 'loop' })
  publisher.start(20)
  try {
    await requestPublish(t.payload, { change: 'Session “A” changed', debounceMs: 50 })
    await expect.poll(() => calls.length, { timeout: 10_000 }).toBe(1)
    await expect
      .poll(async () => (await builds(t.payload)).map((b) => b.status), { timeout: 10_000 })
      .toEqual(['published'])
  } finally {
    await publisher.stop()
  }
  expect(liveIndex()).toBe('looped')
})

describe('one build at a time', () => {
  it('lets only one of two publishers build, and a change during the build queues exactly one more', async () => {
    let open!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    let version = 'v1'
    const first = fakeBuilder(() => version, { gate })
    const second = fakeBuilder(() => version)
    const a = publisherWith(first.build, 'process-a')
    const b = publisherWith(second.build, 'process-b')
    await requestPublish(t.payload, { change: 'Change 1', immediate: true, now: clock })
    const running = a.tick()
    await expect.poll(async () => (await builds(t.payload)).map((x) => x.status)).toEqual(['building'])

    expect(await b.tick()).toBe('idle') // nothing waiting yet
    await requestPublish(t.payload, { change: 'Change 2', immediate: true, now: at(1000) })
    await requestPublish(t.payload, { change: 'Change 3', immediate: true, now: at(1500) })
    clock = at(2000)
    expect(await b.tick()).toBe('busy') // the lock is process A's
    expect(second.calls).toHaveLength(0)
    const during = await builds(t.payload)
    expect(during.map((x) => x.status)).toEqual(['building', 'queued'])
    expect(during[1]!.changes).toBe('Change 2\nChange 3')

    version = 'v1 (with change 1)'
    open()
    expect(await running).toBe('published')
    version = 'v2'
    expect(await b.tick()).toBe('published')
    expect(second.calls).toHaveLength(1)
    expect((await builds(t.payload)).map((x) => [x.status, x.worker])).toEqual([
      ['published', 'process-a'],
      ['published', 'process-b'],
    ])
    expect(liveIndex()).toBe('v2')
  })

  it('takes over a lock whose holder died once its lease has expired, not before', async () => {
    const dead = publishLock(t.payload, 'dead-process', 60_000)
    expect(await dead.acquire(at(0))).toBe(true)
    const alive = publishLock(t.payload, 'alive-process', 60_000)
    expect(await alive.acquire(at(59_000))).toBe(false)
    expect(await alive.acquire(at(61_000))).toBe(true)
    expect(await dead.renew(at(62_000))).toBe(false)
    await alive.release()
    expect(await dead.acquire(at(63_000))).toBe(true)
    await dead.release()
  })

  it('records a build its process never finished as failed, and builds its changes again', async () => {
    await t.payload.create({
      collection: 'site-builds',
      data: {
        status: 'building',
        summary: 'Session “A” changed',
        changes: 'Session “A” changed',
        requestedAt: at(-600_000).toISOString(),
        runAfter: at(-600_000).toISOString(),
        worker: 'dead-process',
      },
      overrideAccess: true,
    })
    await requestPublish(t.payload, { change: 'Session “B” changed', immediate: true, now: clock })
    const { build } = fakeBuilder(() => 'v1')
    expect(await publisherWith(build).tick()).toBe('published')
    const rows = await builds(t.payload)
    const interrupted = rows.find((r) => r.worker === 'dead-process')!
    expect(interrupted.status).toBe('failed')
    expect(interrupted.error).toMatch(/stopped before it finished/)
    const published = rows.find((r) => r.status === 'published')!
    expect(published.changes).toContain('Session “B” changed')
    expect(published.changes).toContain('Changes from the interrupted build: Session “A” changed')
  })
})

describe('failure and rollback', () => {
  it('keeps the last good site live when a build fails, and records the cause and the record to fix', async () => {
    let fail = false
    const { build } = fakeBuilder(() => 'good', {
      fail: () =>
        fail
          ? {
              ok: false,
              error: 'The published data has 1 problem; nothing was built.',
              record: {
                collection: 'sessions',
                recordId: '7',
                name: 'Stay and Play',
                field: 'closesAt',
                message: 'Closing time 10:00 is not after opening time 10:00.',
              },
            }
          : undefined,
    })
    const publisher = publisherWith(build)
    expect(await publisher.publishNow('First')).toBe('published')
    const goodFolder = liveFolder(folders)
    fail = true
    clock = at(60_000)
    expect(await publisher.publishNow('Broken change')).toBe('failed')
    expect(liveFolder(folders)).toBe(goodFolder)
    expect(liveIndex()).toBe('good')
    const status = await siteStatus(t.payload)
    expect(status.failure?.error).toMatch(/1 problem/)
    expect(status.failure?.offendingRecord).toMatchObject({ collection: 'sessions', recordId: '7', field: 'closesAt' })
    expect(status.live?.folder).toBe(goodFolder)

    fail = false
    clock = at(120_000)
    expect(await publisher.publishNow('Fixed')).toBe('published')
    expect((await siteStatus(t.payload)).failure).toBeUndefined()
  })

  it('rolls back to the build before the live one, and then to the one before that', async () => {
    let version = 'v1'
    const { build } = fakeBuilder(() => version)
    const publisher = publisherWith(build)
    for (const [i, v] of ['v1', 'v2', 'v3'].entries()) {
      version = v
      clock = at(i * 60_000)
      expect(await publisher.publishNow(`Build ${v}`)).toBe('published')
    }
    expect(liveIndex()).toBe('v3')
    const first = await rollBack(t.payload, folders, { now: at(200_000) })
    expect(first.ok).toBe(true)
    expect(liveIndex()).toBe('v2')
    const second = await rollBack(t.payload, folders, { now: at(210_000) })
    expect(second.ok).toBe(true)
    expect(liveIndex()).toBe('v1')
    expect(await rollBack(t.payload, folders, { now: at(220_000) })).toMatchObject({ ok: false, status: 404 })
    expect((await builds(t.payload)).filter((b) => b.status === 'rolled-back')).toHaveLength(2)
    // The next change publishes from the database as usual.
    version = 'v4'
    clock = at(300_000)
    expect(await publisher.publishNow('After the rollback')).toBe('published')
    expect(liveIndex()).toBe('v4')
  })

  it('refuses to roll back while a build holds the lock', async () => {
    const lock = publishLock(t.payload, 'builder', 60_000)
    await lock.acquire()
    expect(await rollBack(t.payload, folders)).toMatchObject({ ok: false, status: 409 })
    await lock.release()
  })
})

describe('what asks for a build', () => {
  const waitingChanges = async () =>
    (await builds(t.payload)).filter((b) => b.status === 'queued').map((b) => b.changes ?? '')

  it('a change to a published session, a new hub and unpublishing do; a draft saved over a published service does not', async () => {
    const { payload, world } = t
    const session = await world.make('sessions', 'own')
    await payload.delete({ collection: 'site-builds', where: { id: { exists: true } }, overrideAccess: true })

    await payload.update({
      collection: 'sessions',
      id: session.id,
      data: { bookingNotes: 'Bring a snack' },
      overrideAccess: true,
    })
    expect((await waitingChanges()).join('\n')).toMatch(/^Session “.+” changed$/)
    await payload.delete({ collection: 'site-builds', where: { id: { exists: true } }, overrideAccess: true })

    const service = await world.make('services', 'own')
    await payload.delete({ collection: 'site-builds', where: { id: { exists: true } }, overrideAccess: true })
    await payload.update({
      collection: 'services',
      id: service.id,
      data: { summary: 'A draft nobody sees yet.' },
      draft: true,
      overrideAccess: true,
    })
    expect(await waitingChanges()).toEqual([])

    await payload.update({ collection: 'services', id: service.id, data: { _status: 'draft' }, overrideAccess: true })
    expect((await waitingChanges()).join('\n')).toMatch(/Service “.+” unpublished/)
    await payload.delete({ collection: 'site-builds', where: { id: { exists: true } }, overrideAccess: true })

    await payload.create({
      collection: 'hubs',
      data: { name: 'New Hub', type: 'zone', locality: 'North' },
      overrideAccess: true,
    })
    expect(await waitingChanges()).toEqual(['Hub “New Hub” added'])
  })

  it('a seed (context.skipPublish) does not', async () => {
    await t.payload.create({
      collection: 'hubs',
      data: { name: 'Seeded Hub', type: 'zone', locality: 'North' },
      overrideAccess: true,
      context: { skipPublish: true },
    })
    expect(await waitingChanges()).toEqual([])
  })
})

it('the real site build names the record to fix when published data is invalid, and nothing goes live', async () => {
  const { payload, world } = t
  const session = await world.make('sessions', 'own')
  // Data that reached the database without the admin's checks (an import, a bad migration).
  await payload.db.updateOne({ collection: 'sessions', id: session.id, data: { closesAt: '09:00' } })
  const build = siteBuildProcess({
    payload,
    rootDir: process.cwd(),
    workDir: path.join(path.dirname(folders.liveLink), 'work'),
    echo: false,
  })
  const publisher = createPublisher({ payload, build, folders, worker: 'real-build' })
  expect(await publisher.publishNow('Invalid data')).toBe('failed')
  expect(liveFolder(folders)).toBeUndefined()
  const { failure } = await siteStatus(payload)
  expect(failure?.error).toMatch(/closesAt|Closing time 09:00/)
  expect(failure?.offendingRecord).toMatchObject({
    collection: 'sessions',
    recordId: String(session.id),
    field: 'closesAt',
  })
}, 120_000)
