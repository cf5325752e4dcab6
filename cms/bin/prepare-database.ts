/**
 * Before the admin starts: apply migrations, and load the demo directory into an empty database.
 * In production the directory is never filled with the fictional demo borough unless SEED_DEMO=true.
 */
import type { Payload } from 'payload'
import { openPayload } from '../open-payload.ts'
import { formatSeedCounts, isDirectoryEmpty, seedDirectory } from '../../seed/load.ts'
import { chooseDatabase } from '../database.ts'
import { isProductionDeployment } from '../demo-accounts.ts'

export const prepareDatabase = async (payload?: Payload): Promise<void> => {
  const choice = chooseDatabase(process.env)
  console.log(choice.kind === 'sqlite' ? `Database: SQLite file ${choice.file}` : 'Database: MongoDB (DATABASE_URL)')
  // Payload caches its instance per process: a caller that goes on using Payload passes its own
  // (closing it here would leave that cache holding a closed one).
  const open = payload ?? (await openPayload())
  try {
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
