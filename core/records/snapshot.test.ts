import { describe, expect, it } from 'vitest'
import { parseSnapshot, SnapshotError, type RawSnapshot } from './snapshot.ts'
import { readDemoSnapshot } from '../../tests/fixtures/demo-snapshot.ts'

const fixture = (): RawSnapshot => readDemoSnapshot()

const problemsOf = (raw: unknown) => {
  try {
    parseSnapshot(raw)
  } catch (error) {
    expect(error).toBeInstanceOf(SnapshotError)
    return error as SnapshotError
  }
  throw new Error('the snapshot was accepted')
}

describe('the snapshot the site is built from', () => {
  it('accepts the demo snapshot and converts stored dates to London plain dates', () => {
    const snapshot = parseSnapshot(fixture())
    expect(snapshot.services).toHaveLength(75)
    expect(snapshot.sessions).toHaveLength(235)
    const stayAndPlay = snapshot.services.find((s) => s.slug === 'stay-and-play')!
    expect(stayAndPlay.lastChecked).toBe('2026-09-15')
    expect(snapshot.sessions[0]!.firstDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('refuses invalid records, listing each record and field with the reason, all at once', () => {
    const raw = fixture()
    const service = raw.collections.services[0] as Record<string, unknown>
    service.summary = ''
    const session = raw.collections.sessions[3] as Record<string, unknown>
    session.closesAt = '08:00'
    session.opensAt = '09:00'
    const error = problemsOf(raw)
    expect(error.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          collection: 'services',
          id: service.id,
          record: 'Stay and Play',
          field: 'summary',
          message: 'Summary is required.',
        }),
        expect.objectContaining({
          collection: 'sessions',
          id: session.id,
          field: 'closesAt',
          message: 'Closing time 08:00 is not after opening time 09:00. Enter a closing time after the opening time.',
        }),
      ]),
    )
    expect(error.message).toContain('The published data has 2 problems; nothing was built.')
    expect(error.message).toContain(`- services ${String(service.id)} "Stay and Play": summary: Summary is required.`)
  })

  it('refuses two records of a collection with the same slug: two pages cannot share an address', () => {
    const raw = fixture()
    const [a, b] = raw.collections.hubs as Record<string, unknown>[]
    b!.slug = a!.slug
    const error = problemsOf(raw)
    expect(error.problems).toEqual([
      expect.objectContaining({
        collection: 'hubs',
        id: b!.id,
        field: 'slug',
        message: expect.stringContaining(`also used by hubs ${String(a!.id)}`),
      }),
    ])
  })

  it('refuses records without an id and files that are not snapshots', () => {
    const raw = fixture()
    delete (raw.collections.venues[0] as Record<string, unknown>).id
    expect(problemsOf(raw).problems).toEqual([
      expect.objectContaining({ collection: 'venues', field: 'id', message: 'The record has no id.' }),
    ])
    expect(problemsOf({ hello: 'world' }).problems[0]!.field).toBe('format')
    expect(problemsOf({ ...fixture(), version: 99 }).problems[0]!.message).toContain('version 99 is not supported')
    const missing = fixture() as { collections: Record<string, unknown> }
    delete missing.collections.articles
    expect(problemsOf(missing).problems).toEqual([
      expect.objectContaining({ collection: 'articles', message: 'The snapshot has no list of articles.' }),
    ])
  })

  it('drops staff-only fields whatever the source sent', () => {
    const raw = fixture()
    const hub = raw.collections.hubs[0] as Record<string, unknown>
    hub.internalNotes = 'SECRET-NOTE'
    hub.staffContact = { name: 'Joanne', phone: '07700 900301', email: 'joanne@example.org' }
    ;(raw.collections.services[0] as Record<string, unknown>).internalNotes = 'SECRET-NOTE'
    const snapshot = parseSnapshot(raw)
    expect(JSON.stringify(snapshot)).not.toContain('SECRET-NOTE')
    expect(JSON.stringify(snapshot)).not.toContain('07700 900301')
  })
})
