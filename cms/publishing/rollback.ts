/**
 * Roll the public site back to the build before the live one (kept by the publisher), for when a
 * published change turns out wrong. Takes the publish lock, so it never interleaves with a build;
 * records itself as a build row, so the Site panel and the next rollback know what is live.
 * The next change in the admin publishes again from the database as usual.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import type { SiteBuild } from '../payload-types.ts'
import { publishLock } from './publish-lock.ts'
import { liveFolder, swapIn, type SiteFolders } from '../../core/publishing/site-folders.ts'
import { londonShortDateTime } from '../../core/dates/london-format.ts'

export type RollbackResult =
  { ok: true; build: SiteBuild; folder: string } | { ok: false; status: 404 | 409; message: string }

export const rollBack = async (
  payload: Payload,
  folders: SiteFolders,
  options: { userId?: number | string; now?: Date; holder?: string } = {},
): Promise<RollbackResult> => {
  const now = options.now ?? new Date()
  const lock = publishLock(payload, options.holder ?? `rollback:${process.pid}`, 60_000)
  if (!(await lock.acquire(now)))
    return { ok: false, status: 409, message: 'A build is running. Roll back when it has finished.' }
  try {
    const live = liveFolder(folders)
    const published = (
      await payload.find({
        collection: 'site-builds',
        where: { status: { equals: 'published' } },
        sort: '-finishedAt',
        limit: 50,
        depth: 0,
        overrideAccess: true,
        pagination: false,
      })
    ).docs
    const current = published.find((b) => b.folder && live && path.resolve(b.folder) === live)
    // Build folders are named by the time they were built, so "before" is by name, whatever was rolled back since.
    const liveName = live ? path.basename(live) : '~'
    const previous = published
      .filter((b) => b.folder && path.basename(b.folder) < liveName && existsSync(b.folder))
      .sort((a, b) => path.basename(b.folder!).localeCompare(path.basename(a.folder!)))[0]
    if (!previous?.folder) return { ok: false, status: 404, message: 'There is no earlier build to go back to.' }
    await swapIn(folders, previous.folder)
    if (current)
      await payload.update({
        collection: 'site-builds',
        id: current.id,
        data: { status: 'rolled-back' },
        overrideAccess: true,
      })
    const at = now.toISOString()
    const build = await payload.create({
      collection: 'site-builds',
      data: {
        status: 'published',
        summary: `Rolled back to the build of ${londonShortDateTime(previous.finishedAt ?? at) ?? ''}`,
        changes: `Rolled back to build ${previous.id}: ${previous.summary ?? ''}`,
        requestedAt: at,
        runAfter: at,
        startedAt: at,
        finishedAt: at,
        durationSeconds: 0,
        folder: previous.folder,
        pages: previous.pages,
        ...(options.userId !== undefined ? { requestedBy: options.userId as number } : {}),
      },
      overrideAccess: true,
    })
    return { ok: true, build, folder: previous.folder }
  } finally {
    await lock.release()
  }
}
