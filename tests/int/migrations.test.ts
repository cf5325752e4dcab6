/**
 * The committed SQLite migrations build exactly the schema the collections describe: a change
 * to a collection without `npm run migrate:create` fails here, not on someone's production start.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startPayload, type TestPayload } from './helpers/payload.ts'

let t: TestPayload
beforeAll(async () => {
  t = await startPayload()
})
afterAll(async () => t?.close())

it('has no collection change missing from the committed migrations', async () => {
  const db = t.payload.db as unknown as {
    schema: unknown
    migrationDir: string
    requireDrizzleKit: () => { generateDrizzleJson: (schema: unknown) => Promise<unknown>; generateMigration: (a: unknown, b: unknown) => Promise<string[]> }
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

it('records every committed migration as applied on a fresh database', async () => {
  const files = readdirSync((t.payload.db as unknown as { migrationDir: string }).migrationDir).filter((f) => /^\d.*\.ts$/.test(f))
  const applied = await t.payload.find({ collection: 'payload-migrations', limit: 100, overrideAccess: true })
  expect(applied.docs.map((d) => d.name).sort()).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort())
})
