import { readdir } from 'node:fs/promises'
import path from 'node:path'

/**
 * Every file under `dir`, as absolute paths, leaving out any folder named in `skip` (at any depth).
 * A folder that does not exist holds no files.
 */
export const filesUnder = async (dir: string, skip: ReadonlySet<string> = new Set()): Promise<string[]> => {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter(
      (e) =>
        e.isFile() &&
        !path
          .relative(dir, e.parentPath)
          .split(path.sep)
          .some((part) => skip.has(part)),
    )
    .map((e) => path.join(e.parentPath, e.name))
}
