/** Run a backup command: on failure, say why in one line (no stack trace) and exit 1. */
import { BackupError, messageOf } from './backup-error.ts'

export const runOrExit = async (what: string, steps: () => Promise<void>): Promise<never> => {
  try {
    await steps()
  } catch (error) {
    console.error(error instanceof BackupError ? error.message : `${what} failed: ${messageOf(error)}`)
    process.exit(1)
  }
  process.exit(0)
}
