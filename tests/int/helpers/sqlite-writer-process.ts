/**
 * Another process writing to an SQLite file through the CMS's client (cms/sqlite/client.ts), as the
 * publisher or a second admin server does. Run with `node --import tsx`:
 *   hold FILE MS            begin a transaction (SQLite's write lock), print "holding", keep it MS
 *                           milliseconds, commit, print "committed";
 *   write FILE COUNT NAME   print "ready", wait for a line on stdin, then make COUNT transactions,
 *                           each adding a row (NAME, i) to the table `writes` and pausing inside,
 *                           as a save waits on its hooks; print "wrote COUNT, waited up to MS ms"
 *                           (the longest a transaction waited to begin).
 * Exits 1 with the error on stderr when a write fails.
 */
import { once } from 'node:events'
import { setTimeout as pause } from 'node:timers/promises'
import { openSqliteClient } from '../../../cms/sqlite/client.ts'

const [mode, file, ...rest] = process.argv.slice(2)
if (!file || (mode !== 'hold' && mode !== 'write')) throw new Error('usage: hold FILE MS | write FILE COUNT NAME')

const client = await openSqliteClient({ url: `file:${file}` })
try {
  if (mode === 'hold') {
    const tx = await client.transaction()
    console.log('holding')
    await pause(Number(rest[0]))
    await tx.commit()
    console.log('committed')
  } else {
    const count = Number(rest[0])
    console.log('ready')
    process.stdin.resume()
    await once(process.stdin, 'data')
    let longestWait = 0
    for (let i = 0; i < count; i++) {
      const asked = performance.now()
      const tx = await client.transaction()
      longestWait = Math.max(longestWait, performance.now() - asked)
      await tx.execute({ sql: 'INSERT INTO writes (writer, n) VALUES (?, ?)', args: [rest[1] ?? 'writer', i] })
      await pause(5)
      await tx.commit()
    }
    console.log(`wrote ${count}, waited up to ${Math.round(longestWait)} ms`)
  }
} finally {
  client.close()
}
