/**
 * The backup archive on disk: a gzip-compressed tar of the database's files, the media files and,
 * last, manifest.json. Each file is hashed as it goes into the archive, so the manifest describes
 * exactly the bytes written; reading hashes every entry again and checks it against the manifest.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, open, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { create, entries, WriteEntry, type TarError } from 'tar'
import { BackupError, messageOf } from './backup-error.ts'
import {
  archiveProblems,
  isArchivePath,
  MANIFEST_PATH,
  parseManifest,
  type ArchiveFile,
  type FoundFile,
  type Manifest,
} from './manifest.ts'

/** A file to put in the archive: its path there, and where it is now. */
export interface SourceFile {
  path: string
  absolute: string
}

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024
// A database snapshot with many empty pages compresses far more than the tar default of 1000.
const MAX_DECOMPRESSION_RATIO = 1_000_000

/** The chunks of a web stream (tar's bodies), for `for await` and FileHandle.writeFile. */
async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      yield value
    }
  } finally {
    reader.releaseLock()
  }
}

/** A file's bytes for the archive, hashed on the way; a file that changes size meanwhile stops the backup. */
async function* hashedBody(
  file: SourceFile,
  size: number,
  record: (found: ArchiveFile) => void,
): AsyncGenerator<Uint8Array> {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of createReadStream(file.absolute) as AsyncIterable<Buffer>) {
    bytes += chunk.length
    if (bytes > size) break
    hash.update(chunk)
    yield chunk
  }
  if (bytes !== size)
    throw new BackupError(
      `${file.absolute} changed while it was being backed up (${size} bytes, then ${bytes}). Run the backup again.`,
    )
  record({ path: file.path, size, sha256: hash.digest('hex') })
}

/**
 * Write the files and, after them, their manifest to `out` (made beside it as `out`.partial and
 * renamed when complete, so a failed backup never leaves a half archive under the name).
 */
export const writeArchive = async (
  out: string,
  files: SourceFile[],
  about: Omit<Manifest, 'files'>,
): Promise<Manifest> => {
  const recorded: ArchiveFile[] = []
  let manifest: Manifest | undefined
  // The pack asks for the next entry only after it has written the body of the one before, so
  // when the manifest is made every file has been read and hashed.
  async function* archiveEntries(): AsyncGenerator<WriteEntry> {
    for (const file of files) {
      const { size, mtime } = await stat(file.absolute).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error
        throw new BackupError(
          `${file.absolute} was removed while it was being backed up (an image deleted in the admin?). Run the backup again.`,
        )
      })
      yield new WriteEntry(
        { path: file.path, size, mtime, mode: 0o644 },
        hashedBody(file, size, (found) => recorded.push(found)),
      )
    }
    manifest = { ...about, files: recorded }
    yield new WriteEntry(
      { path: MANIFEST_PATH, mode: 0o644, mtime: new Date(about.createdAt) },
      `${JSON.stringify(manifest, null, 2)}\n`,
    )
  }

  await mkdir(path.dirname(out), { recursive: true })
  const partial = `${out}.partial`
  // The archive holds staff accounts (password hashes) and the public's problem reports: owner only.
  const handle = await open(partial, 'w', 0o600)
  try {
    await handle.writeFile(chunksOf(create({ gzip: true, portable: true }, [archiveEntries()])))
    await handle.sync()
  } catch (error) {
    await handle.close()
    await rm(partial, { force: true })
    throw error
  }
  await handle.close()
  await rename(partial, out)
  return manifest!
}

export interface ReadArchive {
  manifest: Manifest
  found: Map<string, FoundFile>
}

export interface ReadOptions {
  /** Also write each file under this folder (which must exist); read the archive once without it first. */
  extractTo?: string
}

/** Why tar could not read the archive, for a person. */
const readProblem = (error: unknown): string => {
  const tar = error as TarError
  if (tar.tarCode === 'TAR_ABORT' || tar.code === 'Z_DATA_ERROR' || tar.code === 'Z_BUF_ERROR')
    return 'it is not a gzip file, or it is damaged or cut short'
  if (tar.tarCode === 'TAR_BAD_ARCHIVE') return 'it is not a tar archive, or it is damaged or cut short'
  return messageOf(error)
}

/**
 * Read every entry of the archive, hashing each file, and check them against manifest.json: the
 * archive must hold exactly the files its manifest lists, each with its size and sha256. Throws a
 * BackupError naming the first problem. With extractTo, files are also written there.
 */
export const readArchive = async (file: string, options: ReadOptions = {}): Promise<ReadArchive> => {
  const info = await stat(file).catch(() => undefined)
  if (!info)
    throw new BackupError(
      `There is no backup archive at ${file}. Give the path of a .tar.gz file that npm run backup wrote.`,
    )
  if (!info.isFile())
    throw new BackupError(`${file} is not a file. Give the path of a .tar.gz file that npm run backup wrote.`)

  const found = new Map<string, FoundFile>()
  const duplicates: string[] = []
  const refused: string[] = []
  let manifestText: string | undefined
  try {
    for await (const entry of entries(createReadStream(file) as AsyncIterable<Uint8Array>, {
      strict: true,
      file,
      maxDecompressionRatio: MAX_DECOMPRESSION_RATIO,
    })) {
      if (entry.type === 'Directory') continue
      if (!(entry.type === 'File' || entry.type === 'OldFile') || !isArchivePath(entry.path)) {
        refused.push(`${entry.path} (${entry.type})`)
        continue
      }
      if (entry.path === MANIFEST_PATH) {
        if (manifestText !== undefined) duplicates.push(MANIFEST_PATH)
        if (entry.size > MAX_MANIFEST_BYTES)
          throw new BackupError(
            `${file} is not a Family Hub Directory backup: its manifest.json is ${entry.size} bytes.`,
          )
        manifestText = await entry.text()
        continue
      }
      if (found.has(entry.path)) duplicates.push(entry.path)
      const hash = createHash('sha256')
      let size = 0
      const target = options.extractTo ? path.join(options.extractTo, ...entry.path.split('/')) : undefined
      if (target) await mkdir(path.dirname(target), { recursive: true })
      const out = target ? await open(target, 'wx', 0o644) : undefined
      try {
        for await (const chunk of chunksOf(entry.body)) {
          hash.update(chunk)
          size += chunk.length
          if (out) await out.write(chunk)
        }
        await out?.sync()
      } finally {
        await out?.close()
      }
      found.set(entry.path, { size, sha256: hash.digest('hex') })
    }
  } catch (error) {
    if (error instanceof BackupError) throw error
    throw new BackupError(
      `${file} is not a readable backup archive: ${readProblem(error)}. Nothing was changed; use another backup.`,
    )
  }
  if (manifestText === undefined)
    throw new BackupError(
      found.size === 0 && refused.length === 0
        ? `${file} is not a backup archive: it holds no files. Nothing was changed.`
        : `${file} is not a Family Hub Directory backup: it has no manifest.json. Nothing was changed.`,
    )
  const manifest = parseManifest(manifestText, file)
  if (refused.length > 0)
    throw new BackupError(
      `${file} holds entries a backup never has: ${refused.slice(0, 3).join(', ')}. Nothing was changed; use another backup.`,
    )
  const problems = archiveProblems(manifest, found, duplicates)
  if (problems.length > 0) {
    const more =
      problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : ''
    throw new BackupError(
      `The backup archive ${file} is damaged: ${problems[0]}${more}. Nothing was changed; use another backup.`,
    )
  }
  return { manifest, found }
}
