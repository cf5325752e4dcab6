/**
 * The committed SQLite migrations build exactly the schema the collections describe: a change
 * to a collection without `npm run migrate:create` fails here, not on someone's production start.
 * And they upgrade a database that holds data without losing any: the database here starts at the
 * migration before the last one that renames tables, gets rows in its old tables (raw SQL, as an
 * older release wrote them), then the remaining migrations as a start applies them (each in a
 * transaction; the later ones add tables); the tests below all see the upgraded database. Last, a migration that rebuilds a table the way drizzle-kit
 * writes them keeps the rows that refer to it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { createClient, type Client, type InValue } from '@libsql/client'
import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrations } from '../../cms/migrations/sqlite/index.ts'
import { startPayload, type TestPayload } from './helpers/payload.ts'

/** The migration that renames tables, and its renames (old table: new table). */
const RENAMING = '20261207_010320_term_dates_and_checks'
const renaming = migrations.findIndex((m) => m.name === RENAMING)
const renamedTables: Record<string, string> = {
  calendar: 'term_dates',
  calendar_rels: 'term_dates_rels',
  review_reminders: 'check_reminders',
}

let t: TestPayload
let raw: Client
let before: Record<string, number>
let after: Record<string, number>

const rows = async (sql: string, args: InValue[] = []) =>
  (await raw.execute({ sql, args })).rows.map((row) => ({ ...row }))
const tableCounts = async (): Promise<Record<string, number>> => {
  const tables = await rows(
    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  )
  const counts: Record<string, number> = {}
  for (const { name } of tables)
    counts[String(name)] = Number((await rows(`SELECT count(*) AS n FROM "${String(name)}"`))[0]!.n)
  return counts
}

/** One row of each kind the last migration renames, and the rows they refer to, as the release before it stored them. */
const fillOldTables = async () => {
  const statements: Array<[string, InValue[]]> = [
    ["INSERT INTO users (id, name, role, email) VALUES (1, 'Priya Shah', 'hub-staff', 'priya@example.org')", []],
    ["INSERT INTO organisations (id, name, slug, type) VALUES (1, 'Little Steps', 'little-steps', 'charity')", []],
    [
      "INSERT INTO hubs (id, name, slug, type, locality) VALUES (1, 'Birchwood Family Hub', 'birchwood', 'family-hub', 'East')",
      [],
    ],
    [
      "INSERT INTO calendar (id, name, type, start_date, end_date) VALUES (1, 'Autumn term', 'term', '2026-09-03T12:00:00.000Z', '2026-10-23T12:00:00.000Z')",
      [],
    ],
    ['INSERT INTO calendar_rels (id, "order", parent_id, path, hubs_id) VALUES (1, 1, 1, \'hubs\', 1)', []],
    [
      "INSERT INTO services (id, name, slug, provider_id, last_reviewed, reviewed_by_id, review_every_months, _status) VALUES (1, 'Baby massage', 'baby-massage', 1, '2026-06-01T12:00:00.000Z', 1, 3, 'published')",
      [],
    ],
    ['INSERT INTO services_rels (id, "order", parent_id, path, hubs_id) VALUES (1, 1, 1, \'hubs\', 1)', []],
    [
      "INSERT INTO _services_v (id, parent_id, version_name, version_slug, version_provider_id, version_last_reviewed, version_reviewed_by_id, version_review_every_months, version__status, latest) VALUES (1, 1, 'Baby massage', 'baby-massage', 1, '2026-06-01T12:00:00.000Z', 1, 3, 'published', 1)",
      [],
    ],
    [
      "INSERT INTO sessions (id, title, slug, service_id, hub_id, provider_id, last_reviewed, reviewed_by_id, review_every_months, _status) VALUES (1, 'Baby massage at Birchwood', 'baby-massage-at-birchwood', 1, 1, 1, '2026-05-01T12:00:00.000Z', 1, 12, 'published')",
      [],
    ],
    [
      "INSERT INTO _sessions_v (id, parent_id, version_title, version_slug, version_last_reviewed, version_reviewed_by_id, version_review_every_months, version__status, latest) VALUES (1, 1, 'Baby massage at Birchwood', 'baby-massage-at-birchwood', '2026-05-01T12:00:00.000Z', 1, 12, 'published', 1)",
      [],
    ],
    [
      "INSERT INTO articles (id, title, slug, last_reviewed, _status) VALUES (1, 'Starting school', 'starting-school', '2026-04-01T12:00:00.000Z', 'published')",
      [],
    ],
    [
      "INSERT INTO _articles_v (id, parent_id, version_title, version_last_reviewed, version__status, latest) VALUES (1, 1, 'Starting school', '2026-04-01T12:00:00.000Z', 'published', 1)",
      [],
    ],
    [
      "INSERT INTO review_reminders (id, title, target_collection, target_id, due_on, sent_at, recipients) VALUES (1, 'Baby massage', 'services', '1', '2026-09-01', '2026-08-25T08:00:00.000Z', 'priya@example.org')",
      [],
    ],
    ['INSERT INTO payload_locked_documents (id) VALUES (1), (2)', []],
    [
      'INSERT INTO payload_locked_documents_rels (id, "order", parent_id, path, calendar_id) VALUES (1, NULL, 1, \'document\', 1)',
      [],
    ],
    [
      'INSERT INTO payload_locked_documents_rels (id, "order", parent_id, path, review_reminders_id) VALUES (2, NULL, 2, \'document\', 1)',
      [],
    ],
  ]
  for (const [sql, args] of statements) await raw.execute({ sql, args })
}

beforeAll(async () => {
  t = await startPayload({ migrations: migrations.slice(0, renaming) })
  raw = createClient({ url: process.env.DATABASE_URL! })
  await fillOldTables()
  before = await tableCounts()
  const { applyMigrations } = await import('../../cms/open-payload.ts')
  await applyMigrations(t.payload)
  after = await tableCounts()
})
afterAll(async () => {
  raw?.close()
  await t?.close()
})

describe('upgrading a database that holds data to the last migration', () => {
  it('starts from the old tables, with the rows in them', () => {
    expect(renaming).toBeGreaterThan(0)
    for (const old of Object.keys(renamedTables)) expect(before[old], old).toBe(1)
    expect(before.term_dates).toBeUndefined()
  })

  it('loses no row in any table: every table has as many rows under its new name, and the tables added are empty', () => {
    const expected = Object.fromEntries(Object.entries(before).map(([name, n]) => [renamedTables[name] ?? name, n]))
    const added = Object.keys(after).filter((name) => !(name in expected))
    expect(added).toEqual(expect.arrayContaining(['notifications', 'notifications_links']))
    expect(after).toEqual({
      ...expected,
      ...Object.fromEntries(added.map((name) => [name, 0])),
      payload_migrations: before.payload_migrations! + migrations.length - renaming,
    })
  })

  it('keeps the term date and its hub under the new names', async () => {
    expect(await rows('SELECT id, name, type, start_date, end_date FROM term_dates')).toEqual([
      {
        id: 1,
        name: 'Autumn term',
        type: 'term',
        start_date: '2026-09-03T12:00:00.000Z',
        end_date: '2026-10-23T12:00:00.000Z',
      },
    ])
    expect(await rows('SELECT parent_id, path, hubs_id FROM term_dates_rels')).toEqual([
      { parent_id: 1, path: 'hubs', hubs_id: 1 },
    ])
  })

  it('keeps when a service, a session and an article were last checked, by whom and how often, in their rows and versions', async () => {
    expect(await rows('SELECT last_checked, checked_by_id, check_every_months FROM services')).toEqual([
      { last_checked: '2026-06-01T12:00:00.000Z', checked_by_id: 1, check_every_months: 3 },
    ])
    expect(
      await rows(
        'SELECT parent_id, version_last_checked, version_checked_by_id, version_check_every_months FROM _services_v',
      ),
    ).toEqual([
      {
        parent_id: 1,
        version_last_checked: '2026-06-01T12:00:00.000Z',
        version_checked_by_id: 1,
        version_check_every_months: 3,
      },
    ])
    expect(await rows('SELECT last_checked, checked_by_id, check_every_months FROM sessions')).toEqual([
      { last_checked: '2026-05-01T12:00:00.000Z', checked_by_id: 1, check_every_months: 12 },
    ])
    expect(
      await rows(
        'SELECT parent_id, version_last_checked, version_checked_by_id, version_check_every_months FROM _sessions_v',
      ),
    ).toEqual([
      {
        parent_id: 1,
        version_last_checked: '2026-05-01T12:00:00.000Z',
        version_checked_by_id: 1,
        version_check_every_months: 12,
      },
    ])
    expect(await rows('SELECT last_checked FROM articles')).toEqual([{ last_checked: '2026-04-01T12:00:00.000Z' }])
    expect(await rows('SELECT parent_id, version_last_checked FROM _articles_v')).toEqual([
      { parent_id: 1, version_last_checked: '2026-04-01T12:00:00.000Z' },
    ])
  })

  it('keeps the check reminder, and the locks on a term date and on a reminder', async () => {
    expect(await rows('SELECT title, target_collection, target_id, due_on FROM check_reminders')).toEqual([
      { title: 'Baby massage', target_collection: 'services', target_id: '1', due_on: '2026-09-01' },
    ])
    expect(
      await rows('SELECT parent_id, term_dates_id, check_reminders_id FROM payload_locked_documents_rels ORDER BY id'),
    ).toEqual([
      { parent_id: 1, term_dates_id: 1, check_reminders_id: null },
      { parent_id: 2, term_dates_id: null, check_reminders_id: 1 },
    ])
  })

  it('leaves every reference pointing at the renamed tables and no row referring to a missing one', async () => {
    expect(await rows('PRAGMA foreign_key_check')).toEqual([])
    const references = async (table: string) =>
      (await rows(`PRAGMA foreign_key_list("${table}")`))
        .map((fk) => `${String(fk.from)} -> ${String(fk.table)}`)
        .sort()
    expect(await references('term_dates_rels')).toEqual(['hubs_id -> hubs', 'parent_id -> term_dates'])
    expect(await references('payload_locked_documents_rels')).toEqual(
      expect.arrayContaining(['term_dates_id -> term_dates', 'check_reminders_id -> check_reminders']),
    )
    expect(await references('services')).toEqual(expect.arrayContaining(['checked_by_id -> users']))
  })

  it('gives Payload the documents under the new collections and fields', async () => {
    const termDates = await t.payload.find({ collection: 'term-dates', depth: 1, overrideAccess: true })
    expect(
      termDates.docs.map((d) => ({ name: d.name, hubs: (d.hubs as Array<{ name: string }>).map((h) => h.name) })),
    ).toEqual([{ name: 'Autumn term', hubs: ['Birchwood Family Hub'] }])
    const service = await t.payload.findByID({ collection: 'services', id: 1, depth: 0, overrideAccess: true })
    expect({
      lastChecked: service.lastChecked,
      checkedBy: service.checkedBy,
      checkEveryMonths: service.checkEveryMonths,
    }).toEqual({
      lastChecked: '2026-06-01T12:00:00.000Z',
      checkedBy: 1,
      checkEveryMonths: 3,
    })
    const reminders = await t.payload.find({ collection: 'check-reminders', overrideAccess: true })
    expect(reminders.docs.map((r) => r.title)).toEqual(['Baby massage'])
  })
})

it('has no collection change missing from the committed migrations', async () => {
  const db = t.payload.db as unknown as {
    schema: unknown
    migrationDir: string
    requireDrizzleKit: () => {
      generateDrizzleJson: (schema: unknown) => Promise<unknown>
      generateMigration: (a: unknown, b: unknown) => Promise<string[]>
    }
  }
  const latest = readdirSync(db.migrationDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .at(-1)
  expect(latest, 'a committed migration snapshot').toBeDefined()
  const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
  const committed = JSON.parse(readFileSync(path.join(db.migrationDir, latest!), 'utf8'))
  const statements = await generateMigration(committed, await generateDrizzleJson(db.schema))
  expect(statements, 'run `npm run migrate:create` and commit the new migration').toEqual([])
})

it('records every committed migration as applied', async () => {
  const files = readdirSync((t.payload.db as unknown as { migrationDir: string }).migrationDir).filter((f) =>
    /^\d.*\.ts$/.test(f),
  )
  const applied = await t.payload.find({ collection: 'payload-migrations', limit: 100, overrideAccess: true })
  expect(applied.docs.map((d) => d.name).sort()).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort())
})

describe('a later migration that rebuilds a table, the way drizzle-kit writes them', () => {
  /** Copy hubs to a new table, drop the old one, rename the copy (with PRAGMA foreign_keys=OFF around it, ignored in a transaction). */
  const rebuildHubs = async ({ db }: MigrateUpArgs) => {
    const schema = (
      await db.run(sql`SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = 'hubs' AND sql IS NOT NULL`)
    ).rows as unknown as Array<{
      type: string
      sql: string
    }>
    const table = schema.find((s) => s.type === 'table')!.sql
    await db.run(sql`PRAGMA foreign_keys=OFF;`)
    await db.run(sql.raw(table.replace(/^CREATE TABLE [`"]?hubs[`"]?/, 'CREATE TABLE `__new_hubs`')))
    await db.run(sql`INSERT INTO \`__new_hubs\` SELECT * FROM \`hubs\`;`)
    await db.run(sql`DROP TABLE \`hubs\`;`)
    await db.run(sql`ALTER TABLE \`__new_hubs\` RENAME TO \`hubs\`;`)
    for (const index of schema.filter((s) => s.type === 'index')) await db.run(sql.raw(index.sql))
    await db.run(sql`PRAGMA foreign_keys=ON;`)
  }

  it('keeps every row that refers to the rebuilt table: foreign keys are off while migrations run, and checked before each commit', async () => {
    const countsBefore = await tableCounts()
    // Rows that DROP TABLE hubs would delete (ON DELETE cascade) or empty (set null) with foreign keys on.
    expect(await rows('SELECT hubs_id FROM term_dates_rels')).toEqual([{ hubs_id: 1 }])
    expect(await rows("SELECT hubs_id FROM services_rels WHERE path = 'hubs'")).toEqual([{ hubs_id: 1 }])
    expect(await rows('SELECT hub_id FROM sessions')).toEqual([{ hub_id: 1 }])
    await t.payload.db.migrate({
      migrations: [{ name: '29991231_000000_rebuild_hubs', up: rebuildHubs, down: async () => {} }] as never,
    })
    expect(await tableCounts()).toEqual({ ...countsBefore, payload_migrations: countsBefore.payload_migrations! + 1 })
    expect(await rows('SELECT hubs_id FROM term_dates_rels')).toEqual([{ hubs_id: 1 }])
    expect(await rows("SELECT hubs_id FROM services_rels WHERE path = 'hubs'")).toEqual([{ hubs_id: 1 }])
    expect(await rows('SELECT hub_id FROM sessions')).toEqual([{ hub_id: 1 }])
    expect(await rows('PRAGMA foreign_key_check')).toEqual([])
  })
})
