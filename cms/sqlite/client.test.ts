import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openSqliteClient, SQLITE_SETTINGS, type SqliteClient } from './client.ts'

const opened: Array<{ client: SqliteClient; dir: string }> = []
const open = async (settings = SQLITE_SETTINGS) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fhd-sqlite-'))
  const client = await openSqliteClient({ url: `file:${path.join(dir, 'test.db')}` }, settings)
  opened.push({ client, dir })
  await client.execute('CREATE TABLE notes (id integer PRIMARY KEY, text text NOT NULL)')
  return client
}
afterEach(() => {
  for (const { client, dir } of opened.splice(0)) {
    client.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const count = async (client: SqliteClient, table = 'notes') =>
  Number((await client.execute(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n)
const setting = async (run: { execute: SqliteClient['execute'] }, name: string) =>
  Object.values((await run.execute(`PRAGMA ${name}`)).rows[0]!)[0]

describe('the CMS’s SQLite client', () => {
  it('sets the busy timeout, synchronous and foreign keys on the reading and the writing connection, after any number of transactions, in WAL mode', async () => {
    const client = await open()
    for (let i = 0; i < 3; i++) {
      const tx = await client.transaction()
      expect(await setting(tx, 'busy_timeout')).toBe(5000)
      expect(await setting(tx, 'synchronous')).toBe(2)
      expect(await setting(tx, 'foreign_keys')).toBe(1)
      await tx.execute({ sql: 'INSERT INTO notes (text) VALUES (?)', args: [`note ${i}`] })
      await tx.commit()
    }
    expect(await setting(client, 'busy_timeout')).toBe(5000)
    expect(await setting(client, 'synchronous')).toBe(2)
    expect(await setting(client, 'foreign_keys')).toBe(1)
    expect(await setting(client, 'journal_mode')).toBe('wal')
    expect(await count(client)).toBe(3)
  })

  it('reads outside a transaction see what is committed, never what a transaction has not committed yet', async () => {
    const client = await open()
    const tx = await client.transaction()
    await tx.execute("INSERT INTO notes (text) VALUES ('not yet')")
    expect(await count(client)).toBe(0)
    await tx.commit()
    expect(await count(client)).toBe(1)
    const undone = await client.transaction()
    await undone.execute("INSERT INTO notes (text) VALUES ('never')")
    await undone.rollback()
    expect(await count(client)).toBe(1)
    expect(undone.closed).toBe(true)
    await expect(undone.execute('SELECT 1')).rejects.toThrow('The transaction is closed')
  })

  it('lets two transactions of one process take turns instead of locking each other out, and writes outside a transaction wait their turn too', async () => {
    const client = await open()
    const order: string[] = []
    const save = async (name: string) => {
      const tx = await client.transaction()
      order.push(`${name} begins`)
      await tx.execute({ sql: 'INSERT INTO notes (text) VALUES (?)', args: [name] })
      await pause(20) // a hook doing its work while the transaction is open
      await tx.execute({ sql: 'UPDATE notes SET text = text || ? WHERE text = ?', args: [' (kept)', name] })
      order.push(`${name} commits`)
      await tx.commit()
    }
    await Promise.all([
      save('first'),
      save('second'),
      client.execute("INSERT INTO notes (text) VALUES ('on its own')"),
      save('third'),
    ])
    expect(order).toEqual([
      'first begins',
      'first commits',
      'second begins',
      'second commits',
      'third begins',
      'third commits',
    ])
    const texts = (await client.execute('SELECT text FROM notes ORDER BY id')).rows.map((row) => row.text)
    expect(texts).toEqual(['first (kept)', 'second (kept)', 'on its own', 'third (kept)'])
  })

  it('says why when a write waits longer than its turn allows', async () => {
    const client = await open({ ...SQLITE_SETTINGS, turnTimeoutMs: 50 })
    const tx = await client.transaction()
    await expect(client.transaction()).rejects.toThrow(
      "SQLITE_BUSY: database is locked: this process's writes before this one have held it for 0.05 s (a hook that saves without passing its req waits for the save that called it).",
    )
    await expect(client.execute("INSERT INTO notes (text) VALUES ('late')")).rejects.toThrow('SQLITE_BUSY')
    await tx.commit()
    await client.execute("INSERT INTO notes (text) VALUES ('in time')")
    expect(await count(client)).toBe(1)
  })

  it('refuses BEGIN, COMMIT and ROLLBACK on their own, naming the way to do it', async () => {
    const client = await open()
    await expect(client.execute('BEGIN')).rejects.toThrow(
      '"BEGIN" is not run on its own: begin a transaction with transaction(), and end it with its commit() or rollback().',
    )
    await expect(client.execute('COMMIT')).rejects.toThrow('is not run on its own')
  })

  it('sets a setting given later on both connections', async () => {
    const client = await open()
    await client.execute('PRAGMA busy_timeout = 1234')
    const tx = await client.transaction()
    expect(await setting(tx, 'busy_timeout')).toBe(1234)
    await tx.rollback()
    expect(await setting(client, 'busy_timeout')).toBe(1234)
  })
})

describe('migrations: foreign keys off inside their transactions', () => {
  const withParentAndChildren = async () => {
    const client = await open()
    await client.execute('CREATE TABLE parents (id integer PRIMARY KEY, name text)')
    await client.execute(
      'CREATE TABLE children (id integer PRIMARY KEY, parent_id integer NOT NULL REFERENCES parents(id) ON DELETE cascade)',
    )
    await client.execute("INSERT INTO parents (id, name) VALUES (1, 'one'), (2, 'two')")
    await client.execute('INSERT INTO children (parent_id) VALUES (1), (1), (2)')
    return client
  }
  /** drizzle-kit's way to change a column: a copy of the table, the old one dropped, the copy renamed. */
  const rebuildParents = async (client: SqliteClient) => {
    const tx = await client.transaction()
    await tx.execute('PRAGMA foreign_keys=OFF') // ignored inside a transaction, as drizzle-kit's migrations have it
    await tx.execute('CREATE TABLE __new_parents (id integer PRIMARY KEY, name text NOT NULL)')
    await tx.execute('INSERT INTO __new_parents (id, name) SELECT id, name FROM parents')
    await tx.execute('DROP TABLE parents')
    await tx.execute('ALTER TABLE __new_parents RENAME TO parents')
    await tx.execute('PRAGMA foreign_keys=ON')
    await tx.commit()
  }

  it('rebuilds a table without deleting the rows that refer to it', async () => {
    const client = await withParentAndChildren()
    await client.withoutForeignKeys(() => rebuildParents(client))
    expect(await count(client, 'children')).toBe(3)
    expect(await count(client, 'parents')).toBe(2)
    const tx = await client.transaction()
    expect(await setting(tx, 'foreign_keys')).toBe(1)
    await tx.rollback()
  })

  it('(without it, the same rebuild deletes them: the reason it exists)', async () => {
    const client = await withParentAndChildren()
    await rebuildParents(client)
    expect(await count(client, 'children')).toBe(0)
  })

  it('refuses to commit a migration that leaves rows referring to missing ones, and changes nothing', async () => {
    const client = await withParentAndChildren()
    await expect(
      client.withoutForeignKeys(async () => {
        const tx = await client.transaction()
        await tx.execute('DELETE FROM parents WHERE id = 1')
        await tx.commit()
      }),
    ).rejects.toThrow(
      'The transaction would leave 2 row(s) referring to rows that do not exist (children row 1 refers to a missing parents row; children row 2 refers to a missing parents row); nothing was changed.',
    )
    expect(await count(client, 'parents')).toBe(2)
    expect(await count(client, 'children')).toBe(3)
    const tx = await client.transaction()
    expect(await setting(tx, 'foreign_keys')).toBe(1)
    await tx.rollback()
  })
})
