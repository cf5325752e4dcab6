/**
 * Write what is published now to a snapshot file (for the site build and `npm run snapshot`).
 * Opens Payload, reads each collection once, closes it. The snapshot is checked by the caller.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { openPayload } from './open-payload.ts'
import { readPublishedSnapshot } from './published-snapshot.ts'

export const writePublishedSnapshot = async (file: string): Promise<void> => {
  const payload = await openPayload()
  try {
    const raw = await readPublishedSnapshot(payload)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, JSON.stringify(raw))
  } finally {
    await payload.destroy()
  }
}
