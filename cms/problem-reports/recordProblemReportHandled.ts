/**
 * When staff mark a problem report done, record who and when; reopening it clears both. Whatever
 * a request sends for these two fields is ignored: only this hook writes them.
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../access/roles.ts'

export const recordProblemReportHandled: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  if (operation !== 'update') return data
  const wasDone = originalDoc?.status === 'done'
  const isDone = (data.status ?? originalDoc?.status) === 'done'
  if (isDone && !wasDone) return { ...data, handledBy: idOf(req.user?.id) ?? null, handledAt: new Date().toISOString() }
  if (!isDone) return { ...data, handledBy: null, handledAt: null }
  return { ...data, handledBy: originalDoc?.handledBy ?? null, handledAt: originalDoc?.handledAt ?? null }
}
