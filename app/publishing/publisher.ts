/**
 * The publisher: turns waiting build requests into a live public site, one build at a time.
 *
 * Each `tick` (the loop calls it every second or so): if a requested build is due and the lock
 * (publish-lock.ts) can be taken, claim every waiting request as one build, build into a fresh
 * folder, and on success swap it in (site-folders.ts), keeping the previous builds for rollback.
 * A failed build leaves the live site as it was; its row says why and which record to fix.
 * A request that arrives during a build waits as the next build. Any number of processes may run
 * a publisher on one database: the lock decides who builds.
 */
import { hostname } from 'node:os'
import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import type { Payload } from 'payload'
import type { SiteBuild } from '../../cms/payload-types.ts'
import { toPlainDate } from '../../core/dates/plain-date.ts'
import { publishLock } from '../../cms/publishing/publish-lock.ts'
import { requestPublish } from '../../cms/publishing/publish-requests.ts'
import {
  liveFolder,
  makeBuildFolder,
  removeBuildsExcept,
  swapIn,
  type SiteFolders,
} from '../../core/publishing/site-folders.ts'

export interface OffendingRecord {
  collection?: string
  recordId?: string
  name?: string
  field?: string
  message?: string
}

export type BuildOutcome =
  { ok: true; pages?: number; unchanged?: boolean } | { ok: false; error: string; record?: OffendingRecord }

/**
 * Builds the public site into `folder` (empty, fresh), lending unchanged pages from `previous`
 * (the live build) when given. Never throws for a failed build: says so.
 */
export type SiteBuilder = (folder: string, previous?: string) => Promise<BuildOutcome>

export interface PublisherOptions {
  payload: Payload
  build: SiteBuilder
  folders: SiteFolders
  /** Who this process is, in the rows and the lock. */
  worker?: string
  /** How long a lock lasts without renewal: a publisher that died frees it after this. */
  leaseMs?: number
  /** How many earlier published builds to keep for rollback. */
  keepBuilds?: number
  /** The clock (tests pass a fake one). */
  now?: () => Date
  log?: (message: string) => void
}

export type TickResult = 'idle' | 'waiting' | 'busy' | 'published' | 'failed'

const summaryOf = (changes: string): string => {
  const lines = changes.split('\n').filter((l) => l.trim() !== '')
  if (lines.length <= 1) return lines[0] ?? 'Publish'
  return `${lines[0]} and ${lines.length - 1} more change${lines.length === 2 ? '' : 's'}`
}

export const createPublisher = (options: PublisherOptions) => {
  const { payload, build, folders } = options
  const worker = options.worker ?? `${hostname()}:${process.pid}`
  const leaseMs = options.leaseMs ?? 120_000
  const keepBuilds = options.keepBuilds ?? 3
  const now = options.now ?? (() => new Date())
  const log = options.log ?? (() => {})
  const lock = publishLock(payload, worker, leaseMs)
  let timer: NodeJS.Timeout | undefined
  let running: Promise<TickResult> | undefined

  const findBuilds = async (where: Parameters<Payload['find']>[0]['where'], sort = 'requestedAt', limit = 100) =>
    (
      await payload.find({
        collection: 'site-builds',
        where,
        sort,
        limit,
        depth: 0,
        overrideAccess: true,
        pagination: false,
      })
    ).docs as SiteBuild[]

  const update = (id: number | string, data: Partial<SiteBuild>) =>
    payload.update({ collection: 'site-builds', id, data: data as never, overrideAccess: true }) as Promise<SiteBuild>

  /** The build rows kept for rollback: the newest published ones whose folders still exist. */
  const keptFolders = async (): Promise<string[]> =>
    (await findBuilds({ status: { equals: 'published' } }, '-finishedAt', keepBuilds + 1))
      .map((b) => b.folder ?? '')
      .filter((f) => f && existsSync(f))

  /** A build left "building" by a process that stopped: say so, and make sure its changes are built. */
  const recoverInterrupted = async (at: Date) => {
    for (const stale of await findBuilds({ status: { equals: 'building' } })) {
      await update(stale.id, {
        status: 'failed',
        finishedAt: at.toISOString(),
        error: `The build stopped before it finished (the process running it, ${stale.worker ?? 'unknown'}, ended). Its changes are published by the next build.`,
      })
      if (stale.folder) await rm(stale.folder, { recursive: true, force: true })
      await requestPublish(payload, {
        change: `Changes from the interrupted build: ${stale.summary ?? ''}`.trim(),
        immediate: true,
        now: at,
      })
    }
  }

  const runBuild = async (): Promise<TickResult> => {
    const at = now()
    const due = await findBuilds({
      and: [{ status: { equals: 'queued' } }, { runAfter: { less_than_equal: at.toISOString() } }],
    })
    if (due.length === 0)
      return (await findBuilds({ status: { equals: 'queued' } }, 'runAfter', 1)).length > 0 ? 'waiting' : 'idle'
    if (!(await lock.acquire(at))) return 'busy'
    let heartbeat: NodeJS.Timeout | undefined
    try {
      await recoverInterrupted(at)
      // Claim every waiting request (due or not: they are all in what is built now) as one build.
      const claimed = await findBuilds({ status: { equals: 'queued' } })
      if (claimed.length === 0) return 'idle'
      const [main, ...rest] = claimed as [SiteBuild, ...SiteBuild[]]
      let changes = main.changes ?? ''
      for (const other of rest) {
        changes = [changes, other.changes ?? ''].filter(Boolean).join('\n')
        await update(other.id, {
          status: 'merged',
          finishedAt: at.toISOString(),
          summary: `${other.summary ?? ''} (in build ${main.id})`,
        })
      }
      const folder = await makeBuildFolder(folders, main.id, at)
      const started = now()
      await update(main.id, {
        status: 'building',
        startedAt: started.toISOString(),
        heartbeatAt: started.toISOString(),
        worker,
        folder,
        changes,
        summary: summaryOf(changes),
      })
      heartbeat = setInterval(
        () => {
          void lock.renew(now()).catch(() => {})
          void update(main.id, { heartbeatAt: now().toISOString() }).catch(() => {})
        },
        Math.max(1000, leaseMs / 3),
      )
      log(`Publishing build ${main.id}: ${summaryOf(changes)}`)

      let outcome: BuildOutcome
      try {
        outcome = await build(folder, liveFolder(folders))
      } catch (error) {
        outcome = { ok: false, error: error instanceof Error ? error.message : String(error) }
      }
      const finished = now()
      const durationSeconds = Math.round((finished.getTime() - started.getTime()) / 100) / 10
      if (!outcome.ok) {
        await rm(folder, { recursive: true, force: true })
        await update(main.id, {
          status: 'failed',
          finishedAt: finished.toISOString(),
          durationSeconds,
          error: outcome.error,
          offendingRecord: outcome.record ?? {},
        })
        log(`Build ${main.id} failed after ${durationSeconds} s; the last good site stays live.\n${outcome.error}`)
        return 'failed'
      }
      await swapIn(folders, folder)
      await update(main.id, {
        status: 'published',
        finishedAt: finished.toISOString(),
        durationSeconds,
        pages: outcome.pages ?? null,
        error: null,
      })
      await removeBuildsExcept(folders, await keptFolders())
      log(`Published build ${main.id} in ${durationSeconds} s (${outcome.pages ?? '?'} pages).`)
      return 'published'
    } finally {
      if (heartbeat) clearInterval(heartbeat)
      await lock.release().catch(() => {})
    }
  }

  /**
   * A new London day: the site's "today", "this week" and what's on move on, so build once a day.
   * (A build that failed today counts: it is not retried every second.)
   */
  const requestDailyBuild = async () => {
    const today = toPlainDate(now())
    const [latest] = await findBuilds(
      { status: { in: ['published', 'failed', 'queued', 'building'] } },
      '-requestedAt',
      1,
    )
    if (!latest) return
    const builtOn = toPlainDate(new Date(latest.finishedAt ?? latest.requestedAt))
    if (builtOn && today && builtOn < today)
      await requestPublish(payload, {
        change: `A new day (${today}): dates and “this week” move on`,
        immediate: true,
        now: now(),
      })
  }

  /** One step of the loop. Never runs two steps at once in this process. */
  const tick = async (): Promise<TickResult> => {
    if (running) return 'busy'
    running = (async () => {
      await requestDailyBuild()
      return runBuild()
    })()
    try {
      return await running
    } finally {
      running = undefined
    }
  }

  return {
    worker,
    tick,
    /** Ask for a build now and run it (used at start, and by tests). */
    async publishNow(change: string, userId?: number | string): Promise<TickResult> {
      await requestPublish(payload, { change, userId, immediate: true, now: now() })
      return tick()
    },
    /** Poll every `pollMs` until stopped. */
    start(pollMs = 1000, onTick?: (result: TickResult) => void) {
      const loop = async () => {
        try {
          // (Not `onTick?.(await tick())`: without onTick, optional chaining would skip the tick itself.)
          const result = await tick()
          onTick?.(result)
        } catch (error) {
          log(`The publisher could not check for changes: ${error instanceof Error ? error.message : String(error)}`)
        }
        if (timer !== undefined) timer = setTimeout(loop, pollMs)
      }
      timer = setTimeout(loop, 0)
    },
    async stop() {
      if (timer) clearTimeout(timer)
      timer = undefined
      await running?.catch(() => {})
    },
    liveFolder: () => liveFolder(folders),
  }
}

export type Publisher = ReturnType<typeof createPublisher>
