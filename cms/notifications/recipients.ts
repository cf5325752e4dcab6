/**
 * Who is told about what, and why. Pure: given the accounts, the record's hubs and its
 * organisation, the people to notify, each with the sentence that says why they were told.
 *
 * - A change sent for review, and a problem report: the hub staff of the hubs it affects; when
 *   none of those hubs has staff in the admin (or it is at no hub), the admins, who review it then.
 * - A change returned, approved or published: the partner who sent it; if that account is gone,
 *   the partners of its organisation.
 * The person who did the thing is never told about it.
 */
import { idOf } from '../access/roles.ts'

type Id = number | string

export interface UserLike {
  id: Id
  email: string
  name?: string | null
  role?: string | null
  hubs?: unknown[] | null
  organisation?: unknown
}

export interface NamedHub {
  id: Id
  name: string
}

export interface Recipient {
  user: UserLike
  /** Why this person was told, for the notification and the email. */
  why: string
}

/** "A", "A and B", "A, B and C". */
export const inWords = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`

const same = (a: unknown, b: unknown): boolean => {
  const x = idOf(a as never)
  const y = idOf(b as never)
  return x !== undefined && y !== undefined && String(x) === String(y)
}

const hubsOfUser = (user: UserLike): string[] => (user.hubs ?? []).map((h) => String(idOf(h as never)))

/** The hubs among `hubs` that have at least one hub staff account, and those that have none. */
export const hubsWithStaff = (
  hubs: readonly NamedHub[],
  users: readonly UserLike[],
): { staffed: NamedHub[]; unstaffed: NamedHub[] } => {
  const staffed = new Set(users.filter((u) => u.role === 'hub-staff').flatMap(hubsOfUser))
  return {
    staffed: hubs.filter((h) => staffed.has(String(h.id))),
    unstaffed: hubs.filter((h) => !staffed.has(String(h.id))),
  }
}

/**
 * The hub staff of the hubs (each told which of their hubs it is at); the admins when none of
 * the hubs has staff. `noun`: "service" or "session".
 */
export const hubStaffOrAdmins = (
  hubs: readonly NamedHub[],
  users: readonly UserLike[],
  { noun, exclude }: { noun: string; exclude?: Id },
): Recipient[] => {
  const others = users.filter((u) => exclude === undefined || String(u.id) !== String(exclude))
  const staff = others.flatMap((user): Recipient[] => {
    if (user.role !== 'hub-staff') return []
    const mine = new Set(hubsOfUser(user))
    const theirs = hubs.filter((h) => mine.has(String(h.id))).map((h) => h.name)
    return theirs.length === 0
      ? []
      : [{ user, why: `You are hub staff at ${inWords(theirs)}, where this ${noun} runs.` }]
  })
  if (staff.length > 0) return staff
  const where =
    hubs.length === 0
      ? `this ${noun} is at no hub`
      : `no hub staff account looks after ${inWords(hubs.map((h) => h.name))}, where this ${noun} runs`
  return others.filter((u) => u.role === 'admin').map((user) => ({ user, why: `You are an admin, and ${where}.` }))
}

/**
 * The partner to tell of a decision on their change: the one who sent it, while that account is
 * a partner of the organisation; otherwise every partner of the organisation.
 */
export const partnersToTell = (
  sentBy: unknown,
  organisation: NamedHub | undefined,
  users: readonly UserLike[],
  { exclude }: { exclude?: Id } = {},
): Recipient[] => {
  const others = users.filter((u) => exclude === undefined || String(u.id) !== String(exclude))
  const partners = others.filter(
    (u) => u.role === 'partner' && (organisation === undefined || same(u.organisation, organisation.id)),
  )
  const sender = partners.find((u) => same(u.id, sentBy))
  if (sender) return [{ user: sender, why: 'You sent this change for review.' }]
  if (!organisation) return []
  return partners.map((user) => ({
    user,
    why: `You are a partner at ${organisation.name}, whose change this is.`,
  }))
}

/** The line beside a partner's "Send for review": who will review the change. */
export const reviewersSentence = (hubs: readonly NamedHub[], users: readonly UserLike[]): string => {
  const { staffed } = hubsWithStaff(hubs, users)
  if (staffed.length > 0)
    return `The staff of ${inWords(staffed.map((h) => h.name))} review it before it goes live; until then parents see the live version.`
  return hubs.length === 0
    ? 'An admin reviews it before it goes live, as it is at no hub yet; until then parents see the live version.'
    : `An admin reviews it before it goes live, as no hub staff look after ${inWords(hubs.map((h) => h.name))} in the admin; until then parents see the live version.`
}
