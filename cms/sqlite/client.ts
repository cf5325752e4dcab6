/**
 * The SQLite client the CMS gives Payload: two connections to one file, both with the same
 * settings (busy timeout, WAL, synchronous, foreign keys), and writes that take turns.
 *
 * - Reads outside a transaction go to the reading connection. In WAL mode it sees every committed
 *   write, never waits for a writer, and never sees a transaction that is still open.
 * - Transactions and every other write go to the one writing connection, one at a time (see
 *   turns.ts): a transaction begins with BEGIN IMMEDIATE, so it holds SQLite's write lock from its
 *   first statement to COMMIT or ROLLBACK, and never fails half-way to upgrade a read lock.
 *   A writer in another process (the publisher, a second admin) waits for the lock up to the busy
 *   timeout; a write of this process waits for its turn up to `turnTimeoutMs`.
 *
 * Why not libsql's own client: its `transaction()` hands its connection over to the transaction
 * and opens a fresh one for what follows, without the settings (no busy timeout: a writer of
 * another process then fails at once), and leaves the old one to the garbage collector; and two
 * transactions of one process on two connections lock each other out (see turns.ts).
 */
import {
  createClient,
  LibsqlError,
  type Client,
  type Config,
  type InArgs,
  type InStatement,
  type Replicated,
  type ResultSet,
  type Transaction,
  type TransactionMode,
} from '@libsql/client'
import { statementKind } from './statement-kind.ts'
import { createTurns, type Turns } from './turns.ts'

export interface SqliteSettings {
  /** How long a connection waits for a writer of another process (SQLite's busy timeout). */
  busyTimeoutMs: number
  /** How long a write waits for this process's writes asked for before it. */
  turnTimeoutMs: number
  /** The size the WAL file is cut back to after a checkpoint. */
  journalSizeLimitBytes: number
}

export const SQLITE_SETTINGS: SqliteSettings = {
  busyTimeoutMs: 5_000,
  turnTimeoutMs: 30_000,
  journalSizeLimitBytes: 64 * 1024 * 1024,
}

/** What every connection is set to (WAL is the file's own setting: set once, kept by the file). */
const connectionSettings = (settings: SqliteSettings): string[] => [
  `PRAGMA busy_timeout = ${settings.busyTimeoutMs}`,
  'PRAGMA synchronous = FULL',
  `PRAGMA journal_size_limit = ${settings.journalSizeLimitBytes}`,
  'PRAGMA foreign_keys = ON',
]

const sqlOf = (statement: InStatement): string => (typeof statement === 'string' ? statement : statement.sql)

const beginStatement = (mode: TransactionMode): string => {
  if (mode === 'write') return 'BEGIN IMMEDIATE'
  if (mode === 'deferred') return 'BEGIN DEFERRED'
  if (mode === 'read') return 'BEGIN TRANSACTION READONLY'
  throw new RangeError(`Unknown transaction mode "${String(mode)}": use "write", "read" or "deferred".`)
}

const openConnection = async (config: Config, settings: string[]): Promise<Client> => {
  const connection = createClient(config)
  try {
    for (const setting of settings) await connection.execute(setting)
    return connection
  } catch (error) {
    connection.close()
    throw error
  }
}

/** A transaction on the writing connection; its end (commit, rollback or close) ends the turn. */
class WriterTransaction implements Transaction {
  #open = true
  readonly #writer: Client
  readonly #endTurn: () => void
  readonly #checkForeignKeys: boolean

  constructor(writer: Client, endTurn: () => void, checkForeignKeys: boolean) {
    this.#writer = writer
    this.#endTurn = endTurn
    this.#checkForeignKeys = checkForeignKeys
  }

  get closed(): boolean {
    return !this.#open
  }

  #ensureOpen(): void {
    if (!this.#open) throw new LibsqlError('The transaction is closed', 'TRANSACTION_CLOSED')
  }

  async execute(statement: InStatement): Promise<ResultSet> {
    this.#ensureOpen()
    return this.#writer.execute(statement)
  }

  async batch(statements: InStatement[]): Promise<ResultSet[]> {
    const results: ResultSet[] = []
    for (const statement of statements) results.push(await this.execute(statement))
    return results
  }

  async executeMultiple(): Promise<void> {
    // libsql runs a script on its own and rolls back whatever transaction is open when it ends.
    throw new LibsqlError(
      'A script of several statements cannot run inside a transaction: run them one by one with execute().',
      'TRANSACTION_SCRIPT',
    )
  }

  async commit(): Promise<void> {
    this.#ensureOpen()
    try {
      if (this.#checkForeignKeys) await this.#refuseBrokenReferences()
      await this.#writer.execute('COMMIT')
    } catch (error) {
      await this.#writer.execute('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      await this.#end()
    }
  }

  async rollback(): Promise<void> {
    if (!this.#open) return
    try {
      await this.#writer.execute('ROLLBACK')
    } finally {
      await this.#end()
    }
  }

  close(): void {
    void this.rollback().catch(() => undefined)
  }

  /** With foreign keys off (migrations), what the transaction leaves must still hold together. */
  async #refuseBrokenReferences(): Promise<void> {
    const broken = await this.#writer.execute('PRAGMA foreign_key_check')
    if (broken.rows.length === 0) return
    const examples = broken.rows
      .slice(0, 3)
      .map((row) => `${String(row.table)} row ${String(row.rowid)} refers to a missing ${String(row.parent)} row`)
    throw new LibsqlError(
      `The transaction would leave ${broken.rows.length} row(s) referring to rows that do not exist (${examples.join('; ')}); nothing was changed.`,
      'SQLITE_CONSTRAINT_FOREIGNKEY',
    )
  }

  async #end(): Promise<void> {
    this.#open = false
    try {
      if (this.#checkForeignKeys) await this.#writer.execute('PRAGMA foreign_keys = ON')
    } finally {
      this.#endTurn()
    }
  }
}

export class SqliteClient implements Client {
  readonly protocol = 'file'
  closed = false
  readonly #config: Config
  readonly #settings: string[]
  readonly #reader: Client
  readonly #turns: Turns
  #writer: Promise<Client> | undefined
  #withoutForeignKeys = 0

  constructor(config: Config, settings: SqliteSettings, reader: Client) {
    this.#config = config
    this.#settings = connectionSettings(settings)
    this.#reader = reader
    this.#turns = createTurns({
      waitMs: settings.turnTimeoutMs,
      timedOut: () =>
        new LibsqlError(
          `SQLITE_BUSY: database is locked: this process's writes before this one have held it for ${settings.turnTimeoutMs / 1000} s ` +
            '(a hook that saves without passing its req waits for the save that called it).',
          'SQLITE_BUSY',
        ),
    })
  }

  /** The writing connection, opened at the first write (a process that only reads never opens it). */
  #writerConnection(): Promise<Client> {
    this.#writer ??= openConnection(this.#config, this.#settings).catch((error: unknown) => {
      this.#writer = undefined
      throw error
    })
    return this.#writer
  }

  async #inTurn<T>(use: (writer: Client) => Promise<T>): Promise<T> {
    const endTurn = await this.#turns.take()
    try {
      return await use(await this.#writerConnection())
    } finally {
      endTurn()
    }
  }

  async execute(statementOrSql: InStatement, args?: InArgs): Promise<ResultSet> {
    const statement: InStatement =
      typeof statementOrSql === 'string' && args !== undefined ? { sql: statementOrSql, args } : statementOrSql
    const sql = sqlOf(statement)
    switch (statementKind(sql)) {
      case 'read':
        return this.#reader.execute(statement)
      case 'write':
        return this.#inTurn((writer) => writer.execute(statement))
      case 'setting': {
        const result = await this.#reader.execute(statement)
        this.#settings.push(sql)
        if (this.#writer) await this.#inTurn((writer) => writer.execute(statement))
        return result
      }
      case 'transaction-control':
        throw new LibsqlError(
          `"${sql.trim()}" is not run on its own: begin a transaction with transaction(), and end it with its commit() or rollback().`,
          'TRANSACTION_CONTROL',
        )
    }
  }

  batch(statements: InStatement[], mode?: TransactionMode): Promise<ResultSet[]> {
    return this.#inTurn((writer) => writer.batch(statements, mode))
  }

  migrate(statements: InStatement[]): Promise<ResultSet[]> {
    return this.#inTurn((writer) => writer.migrate(statements))
  }

  executeMultiple(sql: string): Promise<void> {
    return this.#inTurn((writer) => writer.executeMultiple(sql))
  }

  sync(): Promise<Replicated> {
    return this.#reader.sync()
  }

  async transaction(mode: TransactionMode = 'write'): Promise<Transaction> {
    const begin = beginStatement(mode)
    const checkForeignKeys = this.#withoutForeignKeys > 0
    const endTurn = await this.#turns.take()
    try {
      const writer = await this.#writerConnection()
      if (checkForeignKeys) await writer.execute('PRAGMA foreign_keys = OFF')
      try {
        await writer.execute(begin)
      } catch (error) {
        if (checkForeignKeys) await writer.execute('PRAGMA foreign_keys = ON')
        throw error
      }
      return new WriterTransaction(writer, endTurn, checkForeignKeys)
    } catch (error) {
      endTurn()
      throw error
    }
  }

  /**
   * Run `work` (migrations) with foreign keys off in the transactions it begins, as drizzle-kit's
   * migrations expect: inside a transaction SQLite ignores their PRAGMA foreign_keys=OFF, so
   * rebuilding a table (create a copy, DROP TABLE the old, rename the copy) would delete or empty
   * every row that refers to it. Each such transaction checks before COMMIT that no row refers to
   * a missing one, and rolls back if one does.
   */
  async withoutForeignKeys<T>(work: () => Promise<T>): Promise<T> {
    this.#withoutForeignKeys++
    try {
      return await work()
    } finally {
      this.#withoutForeignKeys--
    }
  }

  close(): void {
    this.closed = true
    this.#reader.close()
    void this.#writer?.then((writer) => writer.close()).catch(() => undefined)
  }
}

/** Open the file (creating it) with WAL, and the client over it. */
export const openSqliteClient = async (
  config: Config,
  settings: SqliteSettings = SQLITE_SETTINGS,
): Promise<SqliteClient> => {
  const reader = await openConnection(config, connectionSettings(settings))
  try {
    const mode = await reader.execute('PRAGMA journal_mode')
    if (String(mode.rows[0]?.journal_mode).toLowerCase() !== 'wal') {
      const changed = await reader.execute('PRAGMA journal_mode = WAL')
      const now = String(changed.rows[0]?.journal_mode).toLowerCase()
      if (now !== 'wal')
        throw new Error(
          `The SQLite file ${config.url} stays in journal mode "${now}" instead of WAL: another program may hold it open. Stop it, then start again.`,
        )
    }
    return new SqliteClient(config, settings, reader)
  } catch (error) {
    reader.close()
    throw error
  }
}
