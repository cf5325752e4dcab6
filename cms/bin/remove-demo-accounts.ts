/**
 * `npm run demo-accounts:remove`: delete the demo accounts (admin@example.org, hubstaff@…,
 * partner@…) from the database, so that a database that began as a demo can go into production.
 * Everything else (the directory, real accounts) is kept.
 */
import { openPayload } from '../open-payload.ts'
import { demoAccounts } from '../demo/demo-accounts.ts'
import { demoAccountsIn, startOrExit } from '../prepare-database.ts'

await startOrExit(async () => {
  const payload = await openPayload()
  try {
    const found = await demoAccountsIn(payload)
    if (found.length === 0) {
      console.log('No demo accounts in the database: nothing to remove.')
      return
    }
    await payload.delete({
      collection: 'users',
      where: { email: { in: demoAccounts.map((a) => a.email) } },
      overrideAccess: true,
    })
    console.log(`Removed the demo account${found.length > 1 ? 's' : ''} ${found.join(', ')}.`)
  } finally {
    await payload.destroy()
  }
})
