/**
 * Before the admin starts: apply migrations, and load the demo directory into an empty database.
 * In production the directory is never filled with the fictional demo borough unless SEED_DEMO=true.
 */
import { openPayload } from '../open-payload.ts'
import { formatSeedCounts, isDirectoryEmpty, seedDirectory } from '../../seed/load.ts'
import { chooseDatabase } from '../database.ts'
import { isProductionDeployment } from '../demo-accounts.ts'

export const prepareDatabase = async (): Promise<void> => {
  const choice = chooseDatabase(process.env)
  console.log(choice.kind === 'sqlite' ? `Database: SQLite file ${choice.file}` : 'Database: MongoDB (DATABASE_URL)')
  const payload = await openPayload()
  try {
    const seed = !isProductionDeployment() || process.env.SEED_DEMO === 'true'
    if (seed && (await isDirectoryEmpty(payload))) {
      console.log('The database is empty: loading the demo directory...')
      const counts = await seedDirectory(payload, { log: console.log })
      console.log(formatSeedCounts(counts))
    }
  } finally {
    await payload.destroy()
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
