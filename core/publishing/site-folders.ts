/**
 * Where the public site's builds live, and the atomic swap that makes one of them live.
 *
 *   DATA_DIR/site-builds/<stamp>-<build id>/   one folder per build, never written after it is live
 *   DATA_DIR/site -> site-builds/<...>/        a symbolic link: the live build
 *
 * A build writes only into its own fresh folder. Making it live replaces the link with rename(2),
 * which is atomic: a request sees the old build or the new one, never half of either. The static
 * server resolves the link once per request. An older install's real `site` folder is moved into
 * site-builds/ on the first swap.
 */
import { existsSync, lstatSync, readlinkSync, realpathSync } from 'node:fs'
import { mkdir, readdir, rename, rm, symlink } from 'node:fs/promises'
import path from 'node:path'

export interface SiteFolders {
  /** Every build's folder is made here. */
  buildsDir: string
  /** The link (or, in an older install, folder) the static server serves. */
  liveLink: string
}

export const siteFoldersIn = (dataDir: string): SiteFolders => ({
  buildsDir: path.join(dataDir, 'site-builds'),
  liveLink: path.join(dataDir, 'site'),
})

const stampOf = (date: Date): string =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')

/** A new, empty folder for one build: named by time and build id, so names sort oldest first. */
export const makeBuildFolder = async (
  folders: SiteFolders,
  buildId: string | number,
  now = new Date(),
): Promise<string> => {
  const folder = path.join(folders.buildsDir, `${stampOf(now)}-${String(buildId)}`)
  await rm(folder, { recursive: true, force: true })
  await mkdir(folder, { recursive: true })
  return folder
}

/** The live build's folder (the link's target), or undefined when nothing is live yet. */
export const liveFolder = (folders: SiteFolders): string | undefined => {
  try {
    return realpathSync(folders.liveLink)
  } catch {
    return undefined
  }
}

/** Make `folder` live: replace the link in one rename. */
export const swapIn = async (folders: SiteFolders, folder: string): Promise<void> => {
  await mkdir(folders.buildsDir, { recursive: true })
  if (existsSync(folders.liveLink) && !lstatSync(folders.liveLink).isSymbolicLink()) {
    // An older install served a real folder here: keep it as a build, then link.
    await rename(folders.liveLink, path.join(folders.buildsDir, `${stampOf(new Date(0))}-before-publisher`))
  }
  const temporary = `${folders.liveLink}.swap-${process.pid}-${Date.now()}`
  await symlink(path.relative(path.dirname(folders.liveLink), folder), temporary, 'dir')
  try {
    await rename(temporary, folders.liveLink)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

/** The link's target as written (for tests and the Site panel). */
export const liveLinkTarget = (folders: SiteFolders): string | undefined => {
  try {
    return readlinkSync(folders.liveLink)
  } catch {
    return undefined
  }
}

/**
 * Remove build folders not in `keep` (the live one and the ones kept for rollback), and any
 * half-written folder left by a build that stopped. Folders named in `keep` are absolute paths.
 */
export const removeBuildsExcept = async (folders: SiteFolders, keep: readonly string[]): Promise<string[]> => {
  const kept = new Set(keep.map((k) => path.resolve(k)))
  const live = liveFolder(folders)
  if (live) kept.add(live)
  let names: string[]
  try {
    names = await readdir(folders.buildsDir)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    const folder = path.join(folders.buildsDir, name)
    if (kept.has(folder)) continue
    await rm(folder, { recursive: true, force: true })
    removed.push(folder)
  }
  return removed
}
