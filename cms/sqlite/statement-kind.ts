/**
 * What an SQL statement does to an SQLite connection, from its first word, so that the CMS's
 * client can send it to the right connection: reads to the reading connection, writes to the one
 * writing connection (in turn), settings to both, and transaction control nowhere (transactions
 * are begun with `transaction()`, which keeps the statements of one transaction on one connection).
 * A write that is taken for a read would still run (on the reading connection, without its turn);
 * anything not known to be a read or a setting is taken for a write, which is always safe.
 */
export type StatementKind = 'read' | 'write' | 'setting' | 'transaction-control'

const READS = new Set(['select', 'values', 'explain'])
const TRANSACTION_CONTROL = new Set(['begin', 'commit', 'end', 'rollback', 'savepoint', 'release'])

/** The statement without the comments and spaces before its first word. */
const withoutLeadingComments = (sql: string): string => {
  let rest = sql
  for (;;) {
    const trimmed = rest.trimStart()
    if (trimmed.startsWith('--')) {
      const end = trimmed.indexOf('\n')
      rest = end === -1 ? '' : trimmed.slice(end + 1)
    } else if (trimmed.startsWith('/*')) {
      const end = trimmed.indexOf('*/')
      rest = end === -1 ? '' : trimmed.slice(end + 2)
    } else return trimmed
  }
}

export const statementKind = (sql: string): StatementKind => {
  const text = withoutLeadingComments(sql)
  const first = /^[a-z_]+/i.exec(text)?.[0].toLowerCase() ?? ''
  if (READS.has(first)) return 'read'
  if (TRANSACTION_CONTROL.has(first)) return 'transaction-control'
  // PRAGMA name = value sets something on the connection; PRAGMA name and PRAGMA name(argument) ask.
  if (first === 'pragma') return /^pragma\s+[\w.]+\s*=/i.test(text) ? 'setting' : 'read'
  // WITH ... SELECT reads; WITH ... INSERT/UPDATE/DELETE/REPLACE writes.
  if (first === 'with') return /\b(insert|update|delete|replace)\b/i.test(text) ? 'write' : 'read'
  return 'write'
}
