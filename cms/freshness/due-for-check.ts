/**
 * What is due for a check: the published services and session timetables whose check falls due
 * today or within the next 14 days, has passed, or that nobody has checked yet, grouped by hub
 * (a service under each of its hubs, a session under its hub), most overdue first.
 *
 * Which version counts: the published one, because that is what parents read ("Checked on" comes
 * from it). Drafts never published are left out: nobody sees them yet, and they are checked
 * before they go live. A published record with changes waiting to be published is listed with
 * `pendingChanges`, since marking it checked must wait until those changes are published or
 * discarded.
 *
 * Never checked: due from the day the record was added (its creation date in London).
 */
import type { Payload, Where } from 'payload'
import { hubIdsOf, idOf, isAdminUser, isHubStaffUser, isPartnerUser, organisationIdOf } from '../access/roles.ts'
import { dayNumber, formatDayMonth, toPlainDate } from '../../core/dates/plain-date.ts'
import type { Id } from '../../core/records/fields.ts'
import { DEFAULT_CHECK_MONTHS, freshnessOf } from '../../core/records/freshness.ts'

export const checkedCollections = ['services', 'sessions'] as const
export type CheckedCollection = (typeof checkedCollections)[number]

/** What staff call each collection's records. */
export const checkNoun: Record<CheckedCollection, string> = { services: 'service', sessions: 'timetable' }

export interface CheckItem {
  collection: CheckedCollection
  id: Id
  title: string
  state: 'due' | 'overdue' | 'never-checked'
  /** When the check falls due (YYYY-MM-DD); never checked: the day the record was added. */
  dueOn: string
  /** Days past the due date on `today` (negative while it is still to come). */
  daysOverdue: number
  lastChecked?: string
  checkEveryMonths: number
  /** The hubs it belongs to: a service's hubs, a session's hub. */
  hubs: Id[]
  provider?: Id
  /** Published, with draft changes waiting to be published. */
  pendingChanges: boolean
}

export interface HubGroup {
  /** null: records on no hub (a service not yet linked to one). */
  hub: { id: Id; name: string } | null
  items: CheckItem[]
}

/** The fields of a service or session freshness reads (as Payload returns them at depth 0). */
export interface CheckRecord {
  id: Id
  name?: string | null
  title?: string | null
  hubs?: unknown[] | null
  hub?: unknown
  provider?: unknown
  lastChecked?: string | null
  checkEveryMonths?: number | null
  lastDate?: string | null
  createdAt?: string | null
}

const idsOf = (values: unknown): Id[] =>
  (Array.isArray(values) ? values : values == null ? [] : [values])
    .map((v) => idOf(v as never))
    .filter((id): id is Id => id !== undefined)

/**
 * A record's place in the review list on `today`, or undefined when it is fresh (or a timetable
 * that has ended: nothing left to check). Pure.
 */
export const checkItemOf = (
  collection: CheckedCollection,
  record: CheckRecord,
  today: string,
  pendingChanges = false,
): CheckItem | undefined => {
  const lastDate = record.lastDate ? toPlainDate(record.lastDate) : undefined
  if (collection === 'sessions' && lastDate && lastDate < today) return undefined
  const everyMonths = record.checkEveryMonths ?? DEFAULT_CHECK_MONTHS
  const freshness = freshnessOf(record.lastChecked, everyMonths, today)
  if (freshness.state === 'fresh') return undefined
  const dueOn =
    freshness.state === 'never-checked'
      ? ((record.createdAt ? toPlainDate(record.createdAt) : undefined) ?? today)
      : freshness.dueOn
  const lastChecked = record.lastChecked ? toPlainDate(record.lastChecked) : undefined
  const provider = idOf(record.provider as never)
  return {
    collection,
    id: record.id,
    title: (collection === 'services' ? record.name : record.title) || `${checkNoun[collection]} ${record.id}`,
    state: freshness.state,
    dueOn,
    daysOverdue: dayNumber(today) - dayNumber(dueOn),
    ...(lastChecked ? { lastChecked } : {}),
    checkEveryMonths: everyMonths,
    hubs: idsOf(collection === 'services' ? record.hubs : record.hub),
    ...(provider !== undefined ? { provider } : {}),
    pendingChanges,
  }
}

/** Where an item stands, in words: "overdue: due on 3 September 2026, last checked 3 March 2026", "due today, last checked …", "due on …", "never checked, added 1 March 2026". */
export const dueWords = (item: CheckItem): string => {
  if (item.state === 'never-checked') return `never checked, added ${formatDayMonth(item.dueOn)}`
  const head =
    item.daysOverdue > 0
      ? `overdue: due on ${formatDayMonth(item.dueOn)}`
      : item.daysOverdue === 0
        ? 'due today'
        : `due on ${formatDayMonth(item.dueOn)}`
  return item.lastChecked ? `${head}, last checked ${formatDayMonth(item.lastChecked)}` : head
}

/** Most overdue first: the earliest due date, then by title. */
export const byMostOverdue = (a: CheckItem, b: CheckItem): number =>
  a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title, 'en-GB') || a.collection.localeCompare(b.collection)

/**
 * Items by hub: an item under each of its hubs (only `onlyHubs` when given), items on no hub
 * under a group of their own at the end; hubs by name, items most overdue first. Pure.
 */
export const groupByHub = (
  items: readonly CheckItem[],
  hubNames: ReadonlyMap<string, string>,
  onlyHubs?: readonly Id[],
): HubGroup[] => {
  const allowed = onlyHubs ? new Set(onlyHubs.map(String)) : undefined
  const groups = new Map<string, HubGroup>()
  const add = (key: string, hub: HubGroup['hub'], item: CheckItem) => {
    const group = groups.get(key) ?? { hub, items: [] }
    group.items.push(item)
    groups.set(key, group)
  }
  for (const item of items) {
    const hubs = item.hubs.filter((h) => !allowed || allowed.has(String(h)))
    if (hubs.length === 0 && !allowed) add('', null, item)
    for (const hub of hubs) add(String(hub), { id: hub, name: hubNames.get(String(hub)) ?? `Hub ${hub}` }, item)
  }
  for (const group of groups.values()) group.items.sort(byMostOverdue)
  return [...groups.values()].sort((a, b) =>
    a.hub === null ? 1 : b.hub === null ? -1 : a.hub.name.localeCompare(b.hub.name, 'en-GB'),
  )
}

/** Which records a user looks after: admins all; hub staff their hubs'; partners their organisation's. undefined: none. */
export const scopeOf = (user: unknown, collection: CheckedCollection): Where | undefined => {
  if (isAdminUser(user)) return {}
  if (isHubStaffUser(user)) {
    const hubs = hubIdsOf(user)
    return hubs.length > 0 ? { [collection === 'services' ? 'hubs' : 'hub']: { in: hubs } } : undefined
  }
  if (isPartnerUser(user)) {
    const organisation = organisationIdOf(user)
    return organisation !== undefined ? { provider: { equals: organisation } } : undefined
  }
  return undefined
}

export interface LoadOptions {
  today: string
  /** Read as this user, with their access rules and scope; without one, everything (the reminders job). */
  user?: unknown
}

/** The published records of a collection that are due, overdue or never checked on `today`. */
export const loadCheckItems = async (
  payload: Payload,
  collection: CheckedCollection,
  { today, user }: LoadOptions,
): Promise<CheckItem[]> => {
  const scope = user === undefined ? {} : scopeOf(user, collection)
  if (!scope) return []
  const published: Where = { _status: { equals: 'published' } }
  const { docs } = await payload.find({
    collection,
    where: Object.keys(scope).length > 0 ? { and: [published, scope] } : published,
    depth: 0,
    pagination: false,
    draft: false,
    ...(user === undefined ? { overrideAccess: true } : { overrideAccess: false, user: user as never }),
  })
  const drafts = await payload.findVersions({
    collection,
    where: { and: [{ latest: { equals: true } }, { 'version._status': { equals: 'draft' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const pending = new Set(drafts.docs.map((v) => String(idOf(v.parent as never))))
  return docs
    .map((doc) => checkItemOf(collection, doc as unknown as CheckRecord, today, pending.has(String(doc.id))))
    .filter((item): item is CheckItem => item !== undefined)
}

/** Every hub's name by id. */
export const hubNames = async (payload: Payload): Promise<Map<string, string>> => {
  const { docs } = await payload.find({
    collection: 'hubs',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { name: true },
  })
  return new Map(docs.map((h) => [String(h.id), h.name]))
}

/**
 * The admin dashboard's list for a user on `today`: what is due (within 14 days), overdue or never
 * checked, by hub, most overdue first. Hub staff see only their hubs' groups.
 */
export const dueForCheck = async (
  payload: Payload,
  { user, today }: { user: unknown; today: string },
): Promise<HubGroup[]> => {
  const items = (await Promise.all(checkedCollections.map((c) => loadCheckItems(payload, c, { today, user })))).flat()
  if (items.length === 0) return []
  return groupByHub(items, await hubNames(payload), isHubStaffUser(user) ? hubIdsOf(user) : undefined)
}
