/**
 * What each page of a build read from the directory, so the next build renders only the pages a
 * change touches (site/build/build-site.ts, given the last build). Pages never read the snapshot directly: they ask
 * the directory (site/directory/directory.ts), so watching the directory is enough.
 *
 * While a page renders (site/middleware.ts runs it inside `readsOfPage`), the directory handed to
 * pages (`watchDirectory`) notes:
 *   - every record it hands out, as "services:12" (and "term-dates:*" for anything built from the
 *     term dates: listings and next dates move with bank holidays and closures);
 *   - every question it answers, as a "question" (the method and its arguments, or the property)
 *     with a digest of the answer's ids and values, so a record that joins or leaves a list, a
 *     new service in a category, a renamed record that moves in an order, all show as a changed
 *     answer.
 * A page must be rendered again when a record it read changed, or a question it asked has a
 * different answer now. Record contents are compared by the snapshot diff
 * (site/build/snapshot-diff.ts); answers by asking the new directory the same questions.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { createHash } from 'node:crypto'
import type { Directory } from './directory.ts'

export interface PageReads {
  /** Records read: "<collection>:<id>", or "term-dates:*". */
  records: Set<string>
  /** Questions asked, each with a digest of its answer. */
  answers: Map<string, string>
  /** Shared values used (`rememberWithReads`), whose reads are kept once for all pages. */
  memos: Set<string>
}

/** What a page read, as kept in the build manifest. */
export interface PageReadsRecord {
  records: string[]
  answers: Record<string, string>
  memos?: string[]
  /** A digest of the props getStaticPaths gave the page (the records in them, and which). */
  props: string
}

export const TERM_DATES_KEY = 'term-dates:*'

const storage = new AsyncLocalStorage<PageReads>()
const emptyReads = (): PageReads => ({ records: new Set(), answers: new Map(), memos: new Set() })

/** Run `render` with every directory read inside it noted in a fresh PageReads. */
export const readsOfPage = async <T>(render: () => Promise<T>): Promise<{ result: T; reads: PageReads }> => {
  const reads = emptyReads()
  const result = await storage.run(reads, render)
  return { result, reads }
}

export const pageReadsRecord = (reads: PageReads, props: string): PageReadsRecord => ({
  records: [...reads.records].sort(),
  answers: Object.fromEntries([...reads.answers].sort(([a], [b]) => a.localeCompare(b))),
  ...(reads.memos.size > 0 ? { memos: [...reads.memos].sort() } : {}),
  props,
})

const keysByDirectory = new WeakMap<Directory, WeakMap<object, string>>()

/** The record keys of a directory's documents, by object (the directory hands out the same objects). */
const recordKeysOf = (d: Directory): WeakMap<object, string> => {
  const known = keysByDirectory.get(d)
  if (known) return known
  const keys = new WeakMap<object, string>()
  keysByDirectory.set(d, keys)
  const add = (collection: string, records: readonly { id: unknown }[]) => {
    for (const r of records) keys.set(r, `${collection}:${String(r.id)}`)
  }
  add('organisations', d.organisations)
  add('hubs', d.hubs)
  add('venues', d.venues)
  add('services', d.services)
  add('sessions', d.sessions)
  add('articles', d.articles)
  add('categories', d.categories)
  add('term-dates', d.termDateRecords)
  return keys
}

/** Methods whose answers are worked out from the term dates as well as the records. */
const fromTermDates = new Set(['listings', 'hubListings', 'nextDates'])
const termDateProperties = new Set(['termDates', 'termDateRecords'])

const MAX_DEPTH = 8

/**
 * A stable text for an answer: records by key, other values as they are, nested up to a depth
 * (a listing's documents, a category group's children). Equal answers give equal text.
 */
const answerText = (value: unknown, keys: WeakMap<object, string>, depth = 0): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined'
  const key = keys.get(value)
  if (key) return key
  if (depth >= MAX_DEPTH) return '…'
  if (Array.isArray(value)) return `[${value.map((v) => answerText(v, keys, depth + 1)).join(',')}]`
  return `{${Object.entries(value)
    .map(([k, v]) => `${k}:${answerText(v, keys, depth + 1)}`)
    .join(',')}}`
}

const digest = (text: string): string => createHash('sha1').update(text).digest('base64url').slice(0, 16)

/** Note every record inside an answer (arrays, listings' documents, groups' members). */
const noteRecords = (value: unknown, keys: WeakMap<object, string>, into: Set<string>, depth = 0): void => {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return
  const key = keys.get(value)
  if (key) {
    into.add(key)
    return
  }
  if (Array.isArray(value)) for (const v of value) noteRecords(v, keys, into, depth + 1)
  else for (const v of Object.values(value)) noteRecords(v, keys, into, depth + 1)
}

/** The question a call asks: its name and its arguments (a filter function is left out: the unfiltered answer is compared). */
const questionOf = (name: string, args: readonly unknown[]): { question: string; args: unknown[] } => {
  const kept = args.filter((a) => typeof a !== 'function')
  return { question: `${name}(${JSON.stringify(kept)})`, args: kept }
}

/** Ask a directory a question again, as written by `questionOf` or a property name. */
export const answerDigest = (d: Directory, question: string, keys = recordKeysOf(d)): string => {
  const call = /^(\w+)\((.*)\)$/s.exec(question)
  const target = d as unknown as Record<string, unknown>
  if (!call) return digest(answerText(target[question], keys))
  const method = target[call[1]!]
  if (typeof method !== 'function') return 'gone'
  return digest(answerText((method as (...a: unknown[]) => unknown)(...(JSON.parse(call[2]!) as unknown[])), keys))
}

/**
 * The directory the pages use: the same answers, and while a page renders, every read noted.
 * Outside a page (getStaticPaths, the other stages) it notes nothing.
 */
export const watchDirectory = (d: Directory): Directory => {
  const keys = recordKeysOf(d)
  const target = d as unknown as Record<string | symbol, unknown>
  const watched = new Proxy(d, {
    get(_, property) {
      const value = target[property]
      if (typeof property !== 'string') return value
      if (typeof value === 'function')
        return (...args: unknown[]) => {
          const answer = (value as (...a: unknown[]) => unknown)(...args)
          const reads = storage.getStore()
          if (reads) {
            const { question, args: kept } = questionOf(property, args)
            // With a filter, every record the filter chose from counts: a change may let one through.
            const full = kept.length === args.length ? answer : (value as (...a: unknown[]) => unknown)(...kept)
            if (!reads.answers.has(question)) reads.answers.set(question, digest(answerText(full, keys)))
            noteRecords(full, keys, reads.records)
            if (fromTermDates.has(property)) reads.records.add(TERM_DATES_KEY)
          }
          return answer
        }
      const reads = storage.getStore()
      if (reads) {
        if (!reads.answers.has(property)) reads.answers.set(property, digest(answerText(value, keys)))
        noteRecords(value, keys, reads.records)
        if (termDateProperties.has(property)) reads.records.add(TERM_DATES_KEY)
      }
      return value
    },
  })
  keysByDirectory.set(watched, keys)
  return watched
}

/**
 * Props are worked out in getStaticPaths, outside the page: the records in them are noted as
 * read, and their digest (which records, in which order, with which values) is kept, so a page
 * given other props (a day's page that now holds another hub) is rendered again.
 */
export const noteProps = (d: Directory, props: unknown): string => {
  const keys = recordKeysOf(d)
  const reads = storage.getStore()
  if (reads) noteRecords(props, keys, reads.records)
  return propsDigest(d, props)
}

export const propsDigest = (d: Directory, props: unknown): string => digest(answerText(props ?? {}, recordKeysOf(d)))

/** The reads of each shared value worked out in this build, by name. */
const memoReads = new Map<string, PageReads>()

/** What the shared values a page used read, for the build's manifest. */
export const memoRecordsOf = (reads: PageReads): Record<string, PageReadsRecord> =>
  Object.fromEntries([...reads.memos].map((name) => [name, pageReadsRecord(memoReads.get(name) ?? emptyReads(), '')]))

/**
 * A value worked out once per build and shared by pages (search's records, What's on), whose
 * reads count for every page that uses it: they are noted once, under its name, and each page
 * that asks for it notes the name.
 */
export const rememberWithReads = <T>(name: string, compute: () => T): (() => T) => {
  let kept: { value: T } | undefined
  return () => {
    if (!kept) {
      const reads = emptyReads()
      kept = { value: storage.run(reads, compute) }
      memoReads.set(name, reads)
    }
    storage.getStore()?.memos.add(name)
    return kept.value
  }
}

/**
 * Which pages must be rendered again: those that read a changed record, or asked a question
 * whose answer has changed. Answers are worked out once per question.
 */
export const pagesToRender = (
  pages: Readonly<Record<string, PageReadsRecord>>,
  memos: Readonly<Record<string, PageReadsRecord>>,
  changed: ReadonlySet<string>,
  d: Directory,
): Set<string> => {
  const keys = recordKeysOf(d)
  const answers = new Map<string, string>()
  const answer = (question: string) => {
    let known = answers.get(question)
    if (known === undefined) {
      known = answerDigest(d, question, keys)
      answers.set(question, known)
    }
    return known
  }
  const stale = (reads: PageReadsRecord) =>
    reads.records.some((r) => changed.has(r)) || Object.entries(reads.answers).some(([q, was]) => answer(q) !== was)
  const staleMemos = new Set(Object.keys(memos).filter((name) => stale(memos[name]!)))
  const render = new Set<string>()
  for (const [page, reads] of Object.entries(pages)) {
    // A shared value the manifest does not know counts as changed.
    if (stale(reads) || reads.memos?.some((m) => staleMemos.has(m) || !memos[m])) render.add(page)
  }
  return render
}
