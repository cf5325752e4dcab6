/**
 * Before the admin starts: apply migrations, and load the demo directory into an empty database.
 * In production the directory is never filled with the fictional demo borough unless SEED_DEMO=true.
 */
import type { Payload } from 'payload'
import { openPayload } from './open-payload.ts'
import { formatSeedCounts, isDirectoryEmpty, seedDirectory } from './demo/load.ts'
import { chooseDatabase } from './database.ts'
import { isProductionDeployment } from '../core/deployment.ts'
import { demoAccounts } from './demo/demo-accounts.ts'

/** The demo accounts (development passwords, published in the README) that this database holds. */
export const demoAccountsIn = async (payload: Payload): Promise<string[]> => {
  const found = await payload.find({
    collection: 'users',
    where: { email: { in: demoAccounts.map((a) => a.email) } },
    overrideAccess: true,
    pagination: false,
    depth: 0,
  })
  return found.docs.map((user) => user.email).sort()
}

/**
 * In production the product does not start while a demo account exists: their passwords are in
 * the README, and one of them is an administrator. (They cannot sign in in production anyway:
 * Users refuses them at login; this makes the operator remove them.)
 */
export const refuseDemoAccountsInProduction = async (payload: Payload): Promise<void> => {
  if (!isProductionDeployment()) return
  const found = await demoAccountsIn(payload)
  if (found.length > 0)
    throw new Error(
      `the database holds the demo account${found.length > 1 ? 's' : ''} ${found.join(', ')}, whose passwords are published. ` +
        'Remove them with "NODE_ENV=production npm run demo-accounts:remove", then start again.',
    )
}

export const prepareDatabase = async (payload?: Payload): Promise<void> => {
  const choice = chooseDatabase(process.env)
  console.log(choice.kind === 'sqlite' ? `Database: SQLite file ${choice.file}` : 'Database: MongoDB (DATABASE_URL)')
  // Payload caches its instance per process: a caller that goes on using Payload passes its own
  // (closing it here would leave that cache holding a closed one).
  const open = payload ?? (await openPayload())
  try {
    await refuseDemoAccountsInProduction(open)
    const seed = !isProductionDeployment() || process.env.SEED_DEMO === 'true'
    if (seed && (await isDirectoryEmpty(open))) {
      console.log('The database is empty: loading the demo directory...')
      const counts = await seedDirectory(open, { log: console.log })
      console.log(formatSeedCounts(counts))
    }
  } finally {
    if (!payload) await open.destroy()
  }
}

/** Run the steps before serving; on failure, say why in one line and exit, without a stack trace. */
export const startOrExit = async (steps: () => Promise<void>): Promise<void> => {
  try {
    await steps()
  } catch (error) {
    console.error(`\nFamily Hub Directory cannot start: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}
