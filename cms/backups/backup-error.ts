/**
 * A problem with a backup or a restore that a person can act on. Its message is one line that
 * names the file, the value and the fix; the commands print it without a stack trace.
 */
export class BackupError extends Error {
  override name = 'BackupError'
}

/** The message of anything thrown, for a one-line report. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))
