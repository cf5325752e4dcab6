/**
 * Two people saving the same record must not silently overwrite each other. In the admin, Payload
 * locks a document while someone edits it and warns when what is on screen has gone stale. For
 * the API, an update that says which version it was made from (the `updatedAt` it read) is
 * refused with 409 when the record has changed since: the sender loads it again, makes the
 * change again and saves. An update without `updatedAt` is not checked (it means "whatever is
 * there now"). For collections with drafts the version compared is the newest, draft or not:
 * what the admin and `?draft=true` show.
 */
import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'
import { APIError } from 'payload'
import { londonDateTimeSeconds } from '../../core/dates/london-format.ts'

/** Milliseconds since the epoch, or undefined for anything that is not a date and time. */
const instantOf = (value: unknown): number | undefined => {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  const ms = new Date(value).getTime()
  return Number.isFinite(ms) ? ms : undefined
}

export type StaleCheck =
  | { kind: 'current' }
  | { kind: 'unchecked' }
  | { kind: 'invalid'; message: string }
  | { kind: 'stale'; message: string }

/** Whether an update made from version `sent` may replace version `stored`, and if not, why, for people. */
export const checkVersion = (label: string, sent: unknown, stored: unknown): StaleCheck => {
  if (sent === undefined || sent === null || sent === '') return { kind: 'unchecked' }
  const sentAt = instantOf(sent)
  if (sentAt === undefined)
    return {
      kind: 'invalid',
      message: `updatedAt "${String(sent).slice(0, 40)}" is not a date and time. Send the updatedAt of the version you read (e.g. 2026-12-06T10:15:00.000Z), or leave it out.`,
    }
  const storedAt = instantOf(stored)
  if (storedAt === undefined || storedAt === sentAt) return { kind: 'current' }
  return {
    kind: 'stale',
    message:
      `This ${label} was changed at ${londonDateTimeSeconds(storedAt)} (UK time), after the version your change was made from (${londonDateTimeSeconds(sentAt)}). ` +
      `Someone else may have edited it: load it again, make your change again and save. Nothing was saved. (updatedAt sent: ${new Date(sentAt).toISOString()}; stored: ${new Date(storedAt).toISOString()}.)`,
  }
}

export const refuseStaleUpdates = (collection: CollectionConfig): CollectionConfig => {
  const label = (
    typeof collection.labels?.singular === 'string' ? collection.labels.singular : collection.slug
  ).toLowerCase()
  const hook: CollectionBeforeValidateHook = ({ data, operation, originalDoc }) => {
    if (operation !== 'update' || !data || !originalDoc) return data
    const check = checkVersion(
      label,
      (data as { updatedAt?: unknown }).updatedAt,
      (originalDoc as { updatedAt?: unknown }).updatedAt,
    )
    if (check.kind === 'invalid')
      throw new APIError(check.message, 400, { errors: [{ path: 'updatedAt', message: check.message }] }, true)
    if (check.kind === 'stale')
      throw new APIError(check.message, 409, { errors: [{ path: 'updatedAt', message: check.message }] }, true)
    return data
  }
  return {
    ...collection,
    hooks: { ...collection.hooks, beforeValidate: [hook, ...(collection.hooks?.beforeValidate ?? [])] },
  }
}
