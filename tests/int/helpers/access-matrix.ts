/**
 * The access matrix of issue #2: every role × collection × operation, allowed or refused.
 * Where the answer depends on whose document it is, the cell says so for "own" (the requester's
 * hub or organisation, or the requester themself for users) and "other" documents. Reads of
 * collections with drafts are checked on a published document and on own and other drafts.
 */
import type { CollectionSlug } from 'payload'

export const roles = ['admin', 'hub-staff', 'partner', 'public'] as const
export type Role = (typeof roles)[number]
export const operations = ['create', 'read', 'update', 'delete', 'publish'] as const
export type Operation = (typeof operations)[number]
export const collections = [
  'organisations',
  'hubs',
  'venues',
  'services',
  'sessions',
  'articles',
  'categories',
  'term-dates',
  'users',
  'media',
] as const satisfies readonly CollectionSlug[]
export type MatrixCollection = (typeof collections)[number]

export type Outcome = 'allowed' | 'refused'
/** "n/a": the collection has no drafts, so there is nothing to publish. */
export type Cell =
  Outcome | 'n/a' | { own: Outcome; other: Outcome } | { published: Outcome; ownDraft: Outcome; otherDraft: Outcome }

const A: Outcome = 'allowed'
const R: Outcome = 'refused'
const scoped = (own: Outcome, other: Outcome) => ({ own, other })
const drafts = (published: Outcome, ownDraft: Outcome, otherDraft: Outcome) => ({ published, ownDraft, otherDraft })

type Row = Record<Operation, Cell>
const adminOnlyWrites = (publish: Cell): Record<Role, Row> => ({
  admin: { create: A, read: A, update: A, delete: A, publish: publish === 'n/a' ? 'n/a' : A },
  'hub-staff': { create: R, read: A, update: R, delete: R, publish: publish === 'n/a' ? 'n/a' : R },
  partner: { create: R, read: A, update: R, delete: R, publish: publish === 'n/a' ? 'n/a' : R },
  public: { create: R, read: A, update: R, delete: R, publish: publish === 'n/a' ? 'n/a' : R },
})
const directory = (): Record<Role, Row> => ({
  admin: { create: A, read: drafts(A, A, A), update: A, delete: A, publish: A },
  'hub-staff': {
    create: scoped(A, R),
    read: drafts(A, A, A),
    update: scoped(A, R),
    delete: scoped(A, R),
    publish: scoped(A, R),
  },
  partner: { create: scoped(A, R), read: drafts(A, A, R), update: scoped(A, R), delete: R, publish: R },
  public: { create: R, read: drafts(A, R, R), update: R, delete: R, publish: R },
})

export const matrix: Record<MatrixCollection, Record<Role, Row>> = {
  organisations: adminOnlyWrites('n/a'),
  categories: adminOnlyWrites('n/a'),
  'term-dates': adminOnlyWrites('n/a'),
  articles: {
    admin: { create: A, read: drafts(A, A, A), update: A, delete: A, publish: A },
    'hub-staff': { create: R, read: drafts(A, A, A), update: R, delete: R, publish: R },
    partner: { create: R, read: drafts(A, R, R), update: R, delete: R, publish: R },
    public: { create: R, read: drafts(A, R, R), update: R, delete: R, publish: R },
  },
  hubs: {
    admin: { create: A, read: A, update: A, delete: A, publish: 'n/a' },
    'hub-staff': { create: R, read: A, update: scoped(A, R), delete: R, publish: 'n/a' },
    partner: { create: R, read: A, update: R, delete: R, publish: 'n/a' },
    public: { create: R, read: A, update: R, delete: R, publish: 'n/a' },
  },
  venues: {
    admin: { create: A, read: A, update: A, delete: A, publish: 'n/a' },
    'hub-staff': { create: scoped(A, R), read: A, update: scoped(A, R), delete: scoped(A, R), publish: 'n/a' },
    partner: { create: R, read: A, update: R, delete: R, publish: 'n/a' },
    public: { create: R, read: A, update: R, delete: R, publish: 'n/a' },
  },
  services: directory(),
  sessions: directory(),
  users: {
    admin: { create: A, read: A, update: A, delete: A, publish: 'n/a' },
    'hub-staff': { create: R, read: A, update: scoped(A, R), delete: R, publish: 'n/a' },
    partner: { create: R, read: scoped(A, R), update: scoped(A, R), delete: R, publish: 'n/a' },
    public: { create: R, read: R, update: R, delete: R, publish: 'n/a' },
  },
  media: {
    admin: { create: A, read: A, update: A, delete: A, publish: 'n/a' },
    'hub-staff': { create: A, read: A, update: A, delete: A, publish: 'n/a' },
    partner: { create: A, read: A, update: R, delete: R, publish: 'n/a' },
    public: { create: R, read: A, update: R, delete: R, publish: 'n/a' },
  },
}

export type Target = 'own' | 'other' | 'published' | 'ownDraft' | 'otherDraft'
export interface Case {
  collection: MatrixCollection
  role: Role
  operation: Operation
  target: Target
  expected: Outcome
}

/** Every cell of the matrix as test cases; a plain outcome is checked on both own and other documents. */
export const cases = (): Case[] =>
  collections.flatMap((collection) =>
    roles.flatMap((role) =>
      operations.flatMap((operation): Case[] => {
        const cell = matrix[collection][role][operation]
        if (cell === 'n/a') return []
        const c = { collection, role, operation }
        if (typeof cell === 'string')
          return (['own', 'other'] as const).map((target) => ({ ...c, target, expected: cell }))
        return Object.entries(cell).map(([target, expected]) => ({ ...c, target: target as Target, expected }))
      }),
    ),
  )

export const updateFor: Record<MatrixCollection, Record<string, unknown>> = {
  organisations: { description: 'Updated in the access test.' },
  categories: { description: 'Updated in the access test.' },
  'term-dates': { reason: 'Updated in the access test.' },
  articles: { summary: 'Updated in the access test.' },
  hubs: { description: 'Updated in the access test.' },
  venues: { directions: 'Updated in the access test.' },
  services: { summary: 'Updated in the access test.' },
  sessions: { bookingNotes: 'Updated in the access test.' },
  users: { name: 'Updated in the access test' },
  media: { alt: 'Updated in the access test' },
}
