import { describe, expect, it } from 'vitest'
import { statementKind } from './statement-kind.ts'

describe('what a statement does to a connection', () => {
  it('reads: SELECT, VALUES, EXPLAIN, a PRAGMA that asks, WITH ... SELECT', () => {
    for (const sql of [
      'select * from "services" where "id" = ?',
      '  SELECT 1',
      'values (1)',
      'EXPLAIN QUERY PLAN select 1',
      'PRAGMA journal_mode',
      'PRAGMA foreign_key_check',
      'pragma table_info("services")',
      'with "latest" as (select 1) select * from "latest"',
    ])
      expect(statementKind(sql), sql).toBe('read')
  })

  it('writes: INSERT, UPDATE, DELETE, REPLACE, schema changes, WITH ... DELETE, and anything it does not know', () => {
    for (const sql of [
      'insert into "services" ("name") values (?) returning "id"',
      'update "services" set "name" = ?',
      'delete from "services" where "id" in (select "id" from "services")',
      'REPLACE INTO t VALUES (1)',
      'CREATE TABLE t (x)',
      'ALTER TABLE `calendar` RENAME TO `term_dates`;',
      'DROP INDEX `calendar_updated_at_idx`;',
      'with old as (select id from t) delete from t where id in old',
      'VACUUM',
      'something new',
    ])
      expect(statementKind(sql), sql).toBe('write')
  })

  it('settings: PRAGMA name = value', () => {
    expect(statementKind('PRAGMA busy_timeout = 5000;')).toBe('setting')
    expect(statementKind('pragma foreign_keys=OFF')).toBe('setting')
    expect(statementKind('PRAGMA main.synchronous = FULL')).toBe('setting')
  })

  it('transaction control: BEGIN, COMMIT, END, ROLLBACK, SAVEPOINT, RELEASE', () => {
    for (const sql of [
      'BEGIN IMMEDIATE',
      'commit',
      'END TRANSACTION',
      'rollback to savepoint sp1',
      'savepoint sp1',
      'release savepoint sp1',
    ])
      expect(statementKind(sql), sql).toBe('transaction-control')
  })

  it('looks past comments before the first word', () => {
    expect(statementKind('-- the hubs\nselect 1')).toBe('read')
    expect(statementKind('/* a note */ insert into t values (1)')).toBe('write')
    expect(statementKind('/* one */ -- two\n  /* three */ PRAGMA busy_timeout = 1')).toBe('setting')
    expect(statementKind('-- nothing but a comment')).toBe('write')
  })
})
