import { describe, expect, it } from 'vitest'
import { mkdtempSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chooseDatabase, databaseAdapter } from './database.ts'

describe('choosing the database from DATABASE_URL', () => {
  it('uses the embedded SQLite file when DATABASE_URL is not set', () => {
    expect(chooseDatabase({}, '/srv/app/data/family-hub.db')).toEqual({
      kind: 'sqlite',
      url: 'file:/srv/app/data/family-hub.db',
      file: '/srv/app/data/family-hub.db',
    })
    expect(chooseDatabase({ DATABASE_URL: '  ' }, '/d/x.db').kind).toBe('sqlite')
  })

  it('uses a SQLite file given as file:PATH', () => {
    expect(chooseDatabase({ DATABASE_URL: 'file:/tmp/test.db' })).toEqual({
      kind: 'sqlite',
      url: 'file:/tmp/test.db',
      file: '/tmp/test.db',
    })
  })

  it('uses MongoDB for mongodb:// and mongodb+srv:// URLs', () => {
    expect(chooseDatabase({ DATABASE_URL: 'mongodb://localhost:27017/hubs?replicaSet=rs0' })).toEqual({
      kind: 'mongodb',
      url: 'mongodb://localhost:27017/hubs?replicaSet=rs0',
    })
    expect(chooseDatabase({ DATABASE_URL: 'mongodb+srv://user:pw@cluster.example.org/hubs' }).kind).toBe('mongodb')
  })

  it('refuses any other URL, saying what is accepted and hiding credentials', () => {
    expect(() => chooseDatabase({ DATABASE_URL: 'postgres://user:secret@db/hubs' })).toThrow(
      'DATABASE_URL "postgres://***@db/hubs" is not supported. Leave it empty for the embedded SQLite file, or use file:/path/to/file.db (SQLite), mongodb://... or mongodb+srv://... (MongoDB).',
    )
  })
})

describe('the adapter for the choice', () => {
  it('is Payload’s SQLite adapter for a file, creating its folder, and never pushes the schema', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'fhd-db-')), 'nested', 'family-hub.db')
    const adapter = databaseAdapter(chooseDatabase({ DATABASE_URL: `file:${file}` }))
    expect(adapter.name).toBe('sqlite')
    expect(existsSync(path.dirname(file))).toBe(true)
    const sqlite = adapter.init({ payload: { config: { collections: [], globals: [] } } as never }) as unknown as {
      push: boolean
    }
    expect(sqlite.push).toBe(false)
  })

  it('is Payload’s MongoDB adapter for a mongodb URL (it connects only when Payload starts)', () => {
    expect(
      databaseAdapter(chooseDatabase({ DATABASE_URL: 'mongodb://localhost:27017/hubs?replicaSet=rs0' })).name,
    ).toBe('mongoose')
  })
})
