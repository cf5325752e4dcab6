/**
 * The snapshot: everything that is published, one list per collection, as the public site and the
 * exports read it. The CMS writes it (cms/publishing/published-snapshot.ts); `parseSnapshot` checks every
 * record against its zod schema and refuses the whole snapshot, listing each offending record
 * and field, so a build never publishes half-valid data. Staff-only fields are dropped here too,
 * whatever the source sent.
 */
import type { z } from 'zod'
import { articleSchema, type Article } from './article.ts'
import { termDateSchema, type TermDate } from './term-date.ts'
import { categorySchema, type Category } from './category.ts'
import type { Id } from './fields.ts'
import { hubSchema, type Hub } from './hub.ts'
import { organisationSchema, type Organisation } from './organisation.ts'
import { cleanStrings } from '../text/safe-text.ts'
import { serviceSchema, type Service } from './service.ts'
import { sessionSchema, type Session } from './session.ts'
import { venueSchema, type Venue } from './venue.ts'

export const SNAPSHOT_FORMAT = 'family-hub-directory/snapshot'
export const SNAPSHOT_VERSION = 2

/** The collections of a snapshot (their CMS slugs), in the order they are checked and reported. */
export const snapshotCollections = [
  'organisations',
  'categories',
  'hubs',
  'venues',
  'services',
  'sessions',
  'term-dates',
  'articles',
] as const
export type SnapshotCollection = (typeof snapshotCollections)[number]

/** The property of a checked Snapshot that holds a collection: its slug, or termDates for term-dates. */
export type SnapshotKey<C extends SnapshotCollection> = C extends 'term-dates' ? 'termDates' : C
export const snapshotKeyOf = <C extends SnapshotCollection>(collection: C): SnapshotKey<C> =>
  (collection === 'term-dates' ? 'termDates' : collection) as SnapshotKey<C>

const schemas = {
  organisations: organisationSchema,
  categories: categorySchema,
  hubs: hubSchema,
  venues: venueSchema,
  services: serviceSchema,
  sessions: sessionSchema,
  'term-dates': termDateSchema,
  articles: articleSchema,
} satisfies Record<SnapshotCollection, z.ZodType>

/** Fields the public must never see, whatever a source sends. */
const staffOnly = ['internalNotes', 'staffContact', 'checkedBy'] as const

/** A published record: its id, and when it was last changed (ISO instant) when the source says. */
type Published<T> = Omit<T, 'id' | (typeof staffOnly)[number]> & { id: Id; updatedAt?: string }
export type PublishedHub = Published<Hub>
export type PublishedService = Published<Service>
export type PublishedSession = Published<Session> & { slug: string }
export type PublishedVenue = Published<Venue>
export type PublishedOrganisation = Published<Organisation>
export type PublishedCategory = Published<Category>
export type PublishedArticle = Published<Article>
export type PublishedTermDate = Published<TermDate>

export interface Snapshot {
  /** When the data was read from the CMS (ISO instant). */
  publishedAt: string
  organisations: PublishedOrganisation[]
  categories: PublishedCategory[]
  hubs: PublishedHub[]
  venues: PublishedVenue[]
  services: PublishedService[]
  sessions: PublishedSession[]
  termDates: PublishedTermDate[]
  articles: PublishedArticle[]
}

/** The snapshot as a file holds it: raw CMS documents, not yet checked. */
export interface RawSnapshot {
  format: typeof SNAPSHOT_FORMAT
  version: typeof SNAPSHOT_VERSION
  publishedAt: string
  collections: Record<SnapshotCollection, unknown[]>
}

export interface SnapshotProblem {
  collection: SnapshotCollection | 'snapshot'
  /** The record's id, when it has one. */
  id?: Id
  /** A name people recognise: the record's name, title or slug. */
  record?: string
  /** Dotted path of the field, "" for the record as a whole. */
  field: string
  message: string
}

export class SnapshotError extends Error {
  readonly problems: SnapshotProblem[]
  constructor(problems: SnapshotProblem[]) {
    super(describeProblems(problems))
    this.name = 'SnapshotError'
    this.problems = problems
  }
}

/** One line per problem: "services 12 "Stay and Play": summary: Summary is required." */
export const describeProblems = (problems: readonly SnapshotProblem[]): string => {
  const lines = problems.slice(0, 200).map((p) => {
    const who = [p.collection, p.id, p.record ? `"${p.record}"` : undefined]
      .filter((x) => x !== undefined && x !== '')
      .join(' ')
    return `- ${who}: ${p.field ? `${p.field}: ` : ''}${p.message}`
  })
  if (problems.length > 200) lines.push(`- and ${problems.length - 200} more`)
  const n = problems.length
  return `The published data has ${n} problem${n === 1 ? '' : 's'}; nothing was built. Fix ${n === 1 ? 'it' : 'them'} in the admin and publish again:\n${lines.join('\n')}`
}

const nameOf = (doc: unknown): string | undefined => {
  if (!doc || typeof doc !== 'object') return undefined
  const d = doc as Record<string, unknown>
  for (const key of ['name', 'title', 'slug'] as const) if (typeof d[key] === 'string' && d[key]) return d[key]
  return undefined
}

const idOf = (doc: unknown): Id | undefined => {
  const id = doc && typeof doc === 'object' ? (doc as { id?: unknown }).id : undefined
  return typeof id === 'number' || typeof id === 'string' ? id : undefined
}

/** The record's last change, kept when it is an ISO date and time (the open-data API reports it). */
const updatedAtOf = (doc: unknown): { updatedAt?: string } => {
  const value = doc && typeof doc === 'object' ? (doc as { updatedAt?: unknown }).updatedAt : undefined
  return typeof value === 'string' && !Number.isNaN(Date.parse(value))
    ? { updatedAt: new Date(value).toISOString() }
    : {}
}

const withoutStaffOnly = <T extends object>(doc: T): T => {
  const copy = { ...doc } as Record<string, unknown>
  for (const key of staffOnly) delete copy[key]
  return copy as T
}

/**
 * Check a raw snapshot. Returns the typed snapshot, or throws SnapshotError listing every invalid
 * record (with the field and the schema's message), every record without an id, and every slug
 * used twice in a collection (two pages cannot share an address).
 */
export const parseSnapshot = (raw: unknown): Snapshot => {
  const problems: SnapshotProblem[] = []
  const top = raw as Partial<RawSnapshot> | null
  if (!top || typeof top !== 'object' || top.format !== SNAPSHOT_FORMAT)
    throw new SnapshotError([
      {
        collection: 'snapshot',
        field: 'format',
        message: `This is not a snapshot: "format" must be "${SNAPSHOT_FORMAT}".`,
      },
    ])
  if (top.version !== SNAPSHOT_VERSION)
    throw new SnapshotError([
      {
        collection: 'snapshot',
        field: 'version',
        message: `Snapshot version ${String(top.version)} is not supported: this build reads version ${SNAPSHOT_VERSION}.`,
      },
    ])
  if (typeof top.publishedAt !== 'string' || Number.isNaN(Date.parse(top.publishedAt)))
    problems.push({
      collection: 'snapshot',
      field: 'publishedAt',
      message: `"publishedAt" must be an ISO date and time, like 2026-03-03T09:00:00Z.`,
    })

  const out: Record<string, unknown[]> = {}
  for (const collection of snapshotCollections) {
    const docs = top.collections?.[collection]
    if (!Array.isArray(docs)) {
      problems.push({ collection, field: '', message: `The snapshot has no list of ${collection}.` })
      out[snapshotKeyOf(collection)] = []
      continue
    }
    const slugs = new Map<string, Id | undefined>()
    out[snapshotKeyOf(collection)] = docs.flatMap((doc) => {
      const id = idOf(doc)
      const record = nameOf(doc)
      // Published text loses the characters that can disguise it (core/text/safe-text.ts).
      const parsed = schemas[collection].safeParse(cleanStrings(doc))
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          problems.push({ collection, id, record, field: issue.path.join('.'), message: issue.message })
        return []
      }
      if (id === undefined) {
        problems.push({ collection, record, field: 'id', message: 'The record has no id.' })
        return []
      }
      const value = withoutStaffOnly({ ...(parsed.data as object), id, ...updatedAtOf(doc) }) as {
        slug?: string | null
      }
      if (collection === 'sessions' && !value.slug) {
        problems.push({
          collection,
          id,
          record,
          field: 'slug',
          message: 'The session has no slug: save it once in the admin to give it one.',
        })
        return []
      }
      if (typeof value.slug === 'string') {
        if (slugs.has(value.slug))
          problems.push({
            collection,
            id,
            record,
            field: 'slug',
            message: `Slug "${value.slug}" is also used by ${collection} ${String(slugs.get(value.slug))}: two pages cannot share an address. Give one of them another slug.`,
          })
        else slugs.set(value.slug, id)
      }
      return [value]
    })
  }
  if (problems.length > 0) throw new SnapshotError(problems)
  return { publishedAt: top.publishedAt!, ...out } as unknown as Snapshot
}
