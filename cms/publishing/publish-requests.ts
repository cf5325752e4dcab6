/**
 * Asking for the public site to be published again. A change to published content calls
 * `requestPublish`; if a build is already waiting, the change joins it and its start moves to
 * `debounceMs` after this change (but never later than `maxWaitMs` after the first), so a burst of
 * edits makes one build. A change while a build runs makes one waiting build: the next.
 * The waiting build is a row in the database, so every process (admin servers, publisher) sees it.
 */
import type { Payload, PayloadRequest } from 'payload'

export const DEFAULT_DEBOUNCE_MS = 2_000
export const DEFAULT_MAX_WAIT_MS = 30_000
/** Lines of "what changed" kept on one build (a bulk import would otherwise write a novel). */
const MAX_CHANGE_LINES = 50

export interface PublishRequest {
  /** What changed, in a line staff read: "Session "Stay and Play at Birchwood" updated". */
  change: string
  userId?: number | string
  /** Start as soon as possible ("Publish now"), not after the pause. */
  immediate?: boolean
  now?: Date
  debounceMs?: number
  maxWaitMs?: number
}

export const appendChange = (changes: string | null | undefined, change: string): string => {
  const lines = (changes ?? '').split('\n').filter((l) => l.trim() !== '')
  if (lines.length >= MAX_CHANGE_LINES) {
    const more = /^and (\d+) more changes$/.exec(lines.at(-1) ?? '')
    const count = more ? Number(more[1]) + 1 : 1
    return [...lines.slice(0, MAX_CHANGE_LINES - 1), `and ${count} more changes`].join('\n')
  }
  return [...lines, change].join('\n')
}

/** When a waiting build should start, given its first request and this one. */
export const startTimeOf = (
  firstRequestedAt: Date,
  now: Date,
  debounceMs: number,
  maxWaitMs: number,
  immediate: boolean,
): Date => {
  if (immediate) return now
  return new Date(Math.min(now.getTime() + debounceMs, firstRequestedAt.getTime() + maxWaitMs))
}

/**
 * `req`: the request whose transaction the build request joins (a hook passes its save's), so that
 * a save that is refused or fails asks for nothing. (A hook's own Payload call that does not pass
 * `req` would wait for the save that called it: on SQLite, writes of one process take turns.)
 */
export const requestPublish = async (
  payload: Payload,
  request: PublishRequest,
  req?: PayloadRequest,
): Promise<{ id: number | string; joined: boolean }> => {
  const inTransaction = req ? { req } : {}
  const now = request.now ?? new Date()
  const debounceMs = request.debounceMs ?? Number(process.env.PUBLISH_DEBOUNCE_MS ?? DEFAULT_DEBOUNCE_MS)
  const maxWaitMs = request.maxWaitMs ?? DEFAULT_MAX_WAIT_MS
  const waiting = (
    await payload.find({
      collection: 'site-builds',
      where: { status: { equals: 'queued' } },
      sort: 'requestedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      ...inTransaction,
    })
  ).docs[0]
  if (waiting) {
    // A build already due stays due; otherwise this change moves its start (or brings it to now).
    const due = new Date(waiting.runAfter)
    const runAfter =
      due <= now
        ? due
        : startTimeOf(new Date(waiting.requestedAt), now, debounceMs, maxWaitMs, Boolean(request.immediate))
    await payload.update({
      collection: 'site-builds',
      id: waiting.id,
      data: {
        changes: appendChange(waiting.changes, request.change),
        runAfter: runAfter.toISOString(),
        ...(request.userId !== undefined && !waiting.requestedBy ? { requestedBy: request.userId as number } : {}),
      },
      overrideAccess: true,
      ...inTransaction,
    })
    return { id: waiting.id, joined: true }
  }
  const created = await payload.create({
    collection: 'site-builds',
    data: {
      status: 'queued',
      summary: request.change,
      changes: request.change,
      requestedAt: now.toISOString(),
      runAfter: startTimeOf(now, now, debounceMs, maxWaitMs, Boolean(request.immediate)).toISOString(),
      ...(request.userId !== undefined ? { requestedBy: request.userId as number } : {}),
    },
    overrideAccess: true,
    ...inTransaction,
  })
  return { id: created.id, joined: false }
}
