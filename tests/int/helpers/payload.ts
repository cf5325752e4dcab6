/**
 * A real Payload on a fresh temporary SQLite file, migrated with the committed migrations (or with
 * the ones given, to test an upgrade from an older schema).
 * Each test file gets its own (vitest runs int files in separate processes).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import type { migrations as committedMigrations } from '../../../cms/migrations/sqlite/index.ts'

export interface TestPayload {
  payload: Payload
  config: SanitizedConfig
  close: () => Promise<void>
}

type Migrations = NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']

export const startPayload = async (options: { migrations?: typeof committedMigrations } = {}): Promise<TestPayload> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'family-hub-test-'))
  process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
  process.env.DATA_DIR = dir
  process.env.PAYLOAD_LOG_LEVEL ??= 'error'
  const { default: configPromise } = await import('../../../cms/payload.config.ts')
  const { applyMigrations } = await import('../../../cms/open-payload.ts')
  const config = await configPromise
  const payload = await getPayload({ config })
  if (options.migrations) await payload.db.migrate({ migrations: options.migrations as unknown as Migrations })
  else await applyMigrations(payload)
  return {
    payload,
    config,
    close: async () => {
      await payload.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
