/**
 * Which database the CMS uses, decided by DATABASE_URL:
 * - unset: the embedded SQLite file data/family-hub.db (created on first start);
 * - file:PATH: that SQLite file;
 * - mongodb:// or mongodb+srv://: MongoDB through Payload's official adapter (use a replica set:
 *   Payload's transactions need one).
 * Anything else is refused with a message saying what is accepted.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import type { DatabaseAdapterObj } from 'payload'
import { defaultSqliteFile, sqliteMigrationsDir } from './paths.ts'
import { migrations } from './migrations/sqlite/index.ts'
import { transactionalSqliteAdapter } from './sqlite/payload-adapter.ts'

export type DatabaseChoice = { kind: 'sqlite'; url: string; file: string } | { kind: 'mongodb'; url: string }

export const chooseDatabase = (
  env: Record<string, string | undefined>,
  defaultFile = defaultSqliteFile,
): DatabaseChoice => {
  const url = env.DATABASE_URL?.trim()
  if (!url) return { kind: 'sqlite', url: `file:${defaultFile}`, file: defaultFile }
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return { kind: 'mongodb', url }
  if (url.startsWith('file:')) {
    const file = path.resolve(url.slice('file:'.length).replace(/^\/\/(?=\/)/, ''))
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  throw new Error(
    `DATABASE_URL "${url.replace(/\/\/[^@]*@/, '//***@')}" is not supported. Leave it empty for the embedded SQLite file, ` +
      'or use file:/path/to/file.db (SQLite), mongodb://... or mongodb+srv://... (MongoDB).',
  )
}

/**
 * The Payload adapter for the choice. SQLite never pushes its schema: committed migrations build it.
 * On SQLite every save runs in a transaction (cms/sqlite/), as it does on MongoDB.
 */
export const databaseAdapter = (choice: DatabaseChoice): DatabaseAdapterObj => {
  if (choice.kind === 'mongodb') return mongooseAdapter({ url: choice.url })
  mkdirSync(path.dirname(choice.file), { recursive: true })
  // The admin, the publisher and a site build are separate processes on one file: WAL lets them
  // read while one writes, and a writer waits up to 5 s for another instead of failing at once
  // (cms/sqlite/client.ts sets both on every connection).
  return transactionalSqliteAdapter({ url: choice.url, migrationDir: sqliteMigrationsDir, prodMigrations: migrations })
}
