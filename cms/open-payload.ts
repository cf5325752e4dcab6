/**
 * Open Payload outside Next.js (seed, start, tests): connect, and on SQLite apply the committed
 * migrations that have not run yet. MongoDB needs no migrations for this schema.
 */
import { getPayload, type Payload } from 'payload'
import { chooseDatabase } from './database.ts'
import { migrations } from './migrations/sqlite/index.ts'

type Migrations = NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']

/** Apply the committed SQLite migrations not yet applied (a no-op when all have run). */
export const applyMigrations = async (payload: Payload): Promise<void> => {
  if (chooseDatabase(process.env).kind === 'sqlite')
    await payload.db.migrate({ migrations: migrations as unknown as Migrations })
}

export const openPayload = async (): Promise<Payload> => {
  const { default: config } = await import('./payload.config.ts')
  const payload = await getPayload({ config })
  await applyMigrations(payload)
  return payload
}
