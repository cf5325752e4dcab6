/**
 * The MongoDB side of a backup, as far as it can be checked without a server (none runs in this
 * project's tests): a document keeps its _id and every BSON type through the archive's line
 * format, and a restore makes the collection's indexes but not _id's.
 */
import { describe, expect, it } from 'vitest'
import { BSON } from 'mongodb'
import { fromLine, indexesToCreate, toLine } from './mongodb-backup.ts'

const { ObjectId, Int32, Long, Double, Decimal128, Binary } = BSON

describe('a MongoDB document in the archive', () => {
  it('comes back with its ObjectId, dates and number types, on one line', () => {
    const document = {
      _id: new ObjectId('66a1f0c2e4b0a1b2c3d4e5f6'),
      provider: new ObjectId('66a1f0c2e4b0a1b2c3d4e5f7'),
      name: 'Stay and play\nat the hub',
      updatedAt: new Date('2026-03-03T14:05:00.123Z'),
      capacity: new Int32(12),
      latitude: new Double(53.39),
      wholeDouble: new Double(2),
      big: Long.fromString('9007199254740993'),
      cost: Decimal128.fromString('2.50'),
      logo: new Binary(Buffer.from([0, 1, 2, 255])),
      days: ['TU', 'TH'],
      nothing: null,
    }
    const line = toLine(document)
    expect(line).not.toContain('\n')
    const back = fromLine(line)
    expect(back._id).toBeInstanceOf(ObjectId)
    expect(back._id.toHexString()).toBe('66a1f0c2e4b0a1b2c3d4e5f6')
    expect(back.provider.toHexString()).toBe('66a1f0c2e4b0a1b2c3d4e5f7')
    expect(back.updatedAt).toEqual(new Date('2026-03-03T14:05:00.123Z'))
    expect(back.capacity).toBeInstanceOf(Int32)
    expect(back.wholeDouble).toBeInstanceOf(Double)
    expect(back.big).toBeInstanceOf(Long)
    expect(back.big.toString()).toBe('9007199254740993')
    expect(back.cost.toString()).toBe('2.50')
    expect(Buffer.from(back.logo.buffer)).toEqual(Buffer.from([0, 1, 2, 255]))
    expect(back.name).toBe(document.name)
    expect(back.days).toEqual(['TU', 'TH'])
    expect(back.nothing).toBeNull()
    expect(BSON.serialize(back)).toEqual(BSON.serialize(document))
  })
})

describe('the indexes a restore makes', () => {
  it('are every index but _id, without the version and namespace the server reports', () => {
    expect(
      indexesToCreate([
        { v: 2, key: { _id: 1 }, name: '_id_' },
        { v: 2, key: { slug: 1 }, name: 'slug_1', unique: true, ns: 'family-hub.services' },
        { v: 2, key: { updatedAt: -1 }, name: 'updatedAt_-1', background: true },
      ]),
    ).toEqual([
      { key: { slug: 1 }, name: 'slug_1', unique: true },
      { key: { updatedAt: -1 }, name: 'updatedAt_-1', background: true },
    ])
  })
})
