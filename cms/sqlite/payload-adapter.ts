/**
 * Payload's SQLite adapter with transactions on: a save that a hook refuses or that fails half-way
 * (after its row, its version or a related document was written) changes nothing.
 *
 * Payload leaves transactions off on SQLite by default because they lock: libsql's client opens a
 * new connection for each transaction without the busy timeout, and two transactions of one
 * process block each other. The adapter here gets the CMS's own client (client.ts): one writing
 * connection whose transactions take turns, the same settings on every connection. Migrations run
 * with foreign keys off in their transactions, as drizzle-kit's migrations expect (client.ts).
 */
import { sqliteAdapter, type SQLiteAdapter, type SQLiteAdapterArgs } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { openSqliteClient, SqliteClient, SQLITE_SETTINGS, type SqliteSettings } from './client.ts'

export interface TransactionalSqliteOptions {
  /** file:/path/to/file.db */
  url: string
  migrationDir: string
  prodMigrations?: SQLiteAdapterArgs['prodMigrations']
  settings?: SqliteSettings
}

const MIGRATION_COMMANDS = ['migrate', 'migrateDown', 'migrateFresh', 'migrateRefresh', 'migrateReset'] as const

export const transactionalSqliteAdapter = ({
  url,
  migrationDir,
  prodMigrations,
  settings = SQLITE_SETTINGS,
}: TransactionalSqliteOptions): DatabaseAdapterObj<SQLiteAdapter> => {
  const base = sqliteAdapter({
    client: { url },
    // Never push the schema: the committed migrations build it.
    push: false,
    migrationDir,
    prodMigrations,
    // Any object turns Payload's transactions on. drizzle's libsql driver does not read the
    // behaviour: the client begins every transaction with BEGIN IMMEDIATE (client.ts).
    transactionOptions: { behavior: 'immediate' },
  })
  return {
    ...base,
    init: (args) => {
      const adapter = base.init(args)
      const connect = adapter.connect!
      // The adapter opens its own client only when none is there (and then sets the busy timeout
      // and WAL on that one connection): give it the CMS's, which sets them on every connection.
      adapter.connect = async function (this: SQLiteAdapter, options) {
        this.client ??= await openSqliteClient(this.clientConfig, settings)
        return connect.call(this, options)
      }
      for (const command of MIGRATION_COMMANDS) {
        const run = adapter[command] as (this: SQLiteAdapter, ...args: unknown[]) => Promise<void>
        ;(adapter[command] as typeof run) = async function (this: SQLiteAdapter, ...args: unknown[]) {
          const client = this.client
          if (!(client instanceof SqliteClient)) return run.apply(this, args)
          return client.withoutForeignKeys(() => run.apply(this, args))
        }
      }
      return adapter
    },
  }
}
