/** The uploaded files (the media collection's staticDir) as they go into and come out of a backup. */
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { MEDIA_PREFIX, type Manifest } from './manifest.ts'
import type { SourceFile } from './archive.ts'

/** Everything under the folder that is not a folder, as paths relative to it with "/" (none if there is no folder). */
export const filesIn = async (dir: string): Promise<string[]> => {
  const listed = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  return listed
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

/** The media files for the archive: media/<path in the folder>. */
export const mediaSources = async (mediaDir: string): Promise<SourceFile[]> =>
  (await filesIn(mediaDir)).map((file) => ({
    path: `${MEDIA_PREFIX}${file}`,
    absolute: path.join(mediaDir, ...file.split('/')),
  }))

/** How many media files a backup holds, and their bytes. */
export const mediaTotals = (manifest: Manifest): { files: number; bytes: number } => {
  const media = manifest.files.filter((file) => file.path.startsWith(MEDIA_PREFIX))
  return { files: media.length, bytes: media.reduce((sum, file) => sum + file.size, 0) }
}
