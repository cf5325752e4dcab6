import { describe, expect, it } from 'vitest'
import { chooseDatabase } from '../../cms/database.ts'

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
    expect(chooseDatabase({ DATABASE_URL: 'file:/tmp/test.db' })).toEqual({ kind: 'sqlite', url: 'file:/tmp/test.db', file: '/tmp/test.db' })
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
