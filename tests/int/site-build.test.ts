/**
 * The site build's contract with the CMS: the snapshot holds what is published and nothing else,
 * and a snapshot with an invalid record stops the build with the record named, writing nothing.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readPublishedSnapshot } from '../../cms/publishing/published-snapshot.ts'
import { parseSnapshot } from '../../core/records/snapshot.ts'
import { seedDirectory } from '../../cms/demo/load.ts'
import { startPayload, type TestPayload } from './helpers/payload.ts'

let t: TestPayload
let payload: Payload
beforeAll(async () => {
  t = await startPayload()
  payload = t.payload
  await seedDirectory(payload, { demoUsers: false })
}, 600_000)
afterAll(async () => t?.close())

describe('the snapshot of what is published', () => {
  it('holds every published record, and no draft, staff-only note or staff contact', async () => {
    const marker = 'DRAFT-MARKER-7f3a'
    const provider = (await payload.find({ collection: 'organisations', limit: 1, depth: 0 })).docs[0]!
    await payload.create({
      collection: 'services',
      draft: true,
      data: {
        name: `Draft service ${marker}`,
        slug: 'draft-service-marker',
        summary: marker,
        provider: provider.id,
        access: { methods: ['drop-in'] },
        _status: 'draft',
      },
      overrideAccess: true,
    })
    const hub = (await payload.find({ collection: 'hubs', limit: 1, depth: 0 })).docs[0]!
    await payload.update({
      collection: 'hubs',
      id: hub.id,
      data: { internalNotes: `Note ${marker}` },
      overrideAccess: true,
    })

    const raw = await readPublishedSnapshot(payload, new Date('2027-02-10T09:00:00Z'))
    const text = JSON.stringify(raw)
    expect(text).not.toContain(marker)
    expect(text).not.toContain('staffContact')
    expect(text).not.toContain('joanne.whitfield@example.org')
    const snapshot = parseSnapshot(raw)
    expect(snapshot.publishedAt).toBe('2027-02-10T09:00:00.000Z')
    const published = await payload.count({
      collection: 'services',
      where: { _status: { equals: 'published' } },
      overrideAccess: true,
    })
    expect(snapshot.services).toHaveLength(published.totalDocs)
    expect(snapshot.sessions.length).toBeGreaterThanOrEqual(200)
  })
})

describe('building from an invalid snapshot', () => {
  it('stops before Astro, names each offending record and field, and writes nothing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'site-build-'))
    const raw = JSON.parse(readFileSync(new URL('../fixtures/demo-snapshot.json', import.meta.url), 'utf8'))
    raw.collections.services[0].summary = ''
    raw.collections.venues[1].postcode = 'NOT A POSTCODE'
    const file = path.join(dir, 'bad.json')
    writeFileSync(file, JSON.stringify(raw))
    const out = path.join(dir, 'out')
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'site/bin/build.ts', '--snapshot', file, '--out', out],
      { encoding: 'utf8', env: { ...process.env, DATABASE_URL: 'mongodb://127.0.0.1:1/never-used' } },
    )
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('The published data has 2 problems; nothing was built.')
    expect(result.stderr).toContain(
      `- services ${raw.collections.services[0].id} "Stay and Play": summary: Summary is required.`,
    )
    expect(result.stderr).toMatch(new RegExp(`- venues ${raw.collections.venues[1].id} "[^"]+": postcode: `))
    expect(existsSync(out)).toBe(false)
  })
})
