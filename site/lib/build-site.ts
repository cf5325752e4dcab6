/**
 * One build of the public site from a snapshot file into a folder: Astro's static build, then
 * Pagefind's index of the pages through its Node API. Used by `npm run build:site` and `npm start`.
 */
import { randomUUID } from 'node:crypto'
import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'

export interface BuildSiteOptions {
  /** The project root (where astro.config.mjs is). */
  root: string
  snapshotFile: string
  outDir: string
}

export interface BuildSiteResult {
  pages: number
  files: number
  indexedPages: number
  astroSeconds: number
  pagefindSeconds: number
}

const filesUnder = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))

/** Index the built pages for search. Pages mark what to index with data-pagefind-body. */
export const indexForSearch = async (outDir: string): Promise<number> => {
  const pagefind = await import('pagefind')
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' })
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
    const added = await index.addDirectory({ path: outDir })
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the pages: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') })
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
    return added.page_count
  } finally {
    await pagefind.close()
  }
}

/** Put a finished build in place of the output folder: a rename where it can, a copy across file systems. */
const moveInto = async (from: string, to: string): Promise<void> => {
  await rm(to, { recursive: true, force: true })
  await mkdir(path.dirname(to), { recursive: true })
  try {
    await rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await cp(from, to, { recursive: true })
    await rm(from, { recursive: true, force: true })
  }
}

/**
 * Astro runs its prerendering code from inside the output folder, and that code must find the
 * project's node_modules: so every build happens in a folder inside the project
 * (.site-build/<id>) and is moved to `outDir` only when it is complete and indexed. A failed
 * build leaves `outDir` as it was.
 */
export const buildSite = async ({ root, snapshotFile, outDir }: BuildSiteOptions): Promise<BuildSiteResult> => {
  process.env.SNAPSHOT_FILE = snapshotFile
  process.env.ASTRO_TELEMETRY_DISABLED = '1'
  const stage = path.join(root, '.site-build', randomUUID())
  try {
    const { build } = await import('astro')
    const astroStarted = performance.now()
    await build({ root, outDir: stage, logLevel: 'warn' })
    const astroSeconds = (performance.now() - astroStarted) / 1000
    const pagefindStarted = performance.now()
    const indexedPages = await indexForSearch(stage)
    const pagefindSeconds = (performance.now() - pagefindStarted) / 1000
    const files = await filesUnder(stage)
    await moveInto(stage, outDir)
    return { pages: files.filter((f) => f.endsWith('.html')).length, files: files.length, indexedPages, astroSeconds, pagefindSeconds }
  } finally {
    await rm(stage, { recursive: true, force: true })
  }
}
