/**
 * Marking notifications read, by the person they are for (nobody else, admins included):
 *
 * - POST /api/notifications/:id/read   { read?: boolean } (true unless false is sent: false marks it unread)
 * - POST /api/notifications/read-all   every unread notification of the signed-in user
 *
 * Answers JSON; refusals are { errors: [{ message, field? }] }.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { idOf } from '../access/roles.ts'

const refuse = (status: number, message: string, field?: string): Response =>
  Response.json({ errors: [field ? { message, field } : { message }] }, { status })

const readBody = async (req: PayloadRequest): Promise<Record<string, unknown> | undefined> => {
  try {
    const text = req.text ? await req.text() : ''
    if (text.trim() === '') return {}
    const body: unknown = JSON.parse(text)
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

export const markRead = async (req: PayloadRequest): Promise<Response> => {
  const me = req.user ? idOf(req.user as never) : undefined
  if (me === undefined) return refuse(401, 'Sign in to mark your notifications as read.')
  const body = await readBody(req)
  if (!body) return refuse(400, 'Send a JSON object, like {"read": true}, or nothing.')
  if (body.read !== undefined && typeof body.read !== 'boolean')
    return refuse(400, 'Read must be true or false.', 'read')
  const read = body.read !== false
  const id = req.routeParams?.id
  const notification =
    typeof id === 'string' || typeof id === 'number'
      ? await req.payload.findByID({
          collection: 'notifications',
          id,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
      : null
  if (!notification) return refuse(404, `There is no notification with id ${String(id)}.`)
  if (String(idOf(notification.recipient as never)) !== String(me))
    return refuse(403, 'This notification is for someone else: only they can mark it as read.')
  const updated = await req.payload.update({
    collection: 'notifications',
    id: notification.id,
    data: { read, readAt: read ? new Date().toISOString() : null },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return Response.json({ message: read ? 'Marked as read.' : 'Marked as unread.', notification: updated })
}

export const markAllRead = async (req: PayloadRequest): Promise<Response> => {
  const me = req.user ? idOf(req.user as never) : undefined
  if (me === undefined) return refuse(401, 'Sign in to mark your notifications as read.')
  const updated = await req.payload.update({
    collection: 'notifications',
    where: { and: [{ recipient: { equals: me } }, { read: { equals: false } }] },
    data: { read: true, readAt: new Date().toISOString() },
    depth: 0,
    overrideAccess: true,
    req,
  })
  const count = updated.docs.length
  return Response.json({
    message:
      count === 0
        ? 'Nothing was unread.'
        : `Marked ${count} ${count === 1 ? 'notification' : 'notifications'} as read.`,
    count,
  })
}

export const notificationEndpoints: Endpoint[] = [
  { path: '/read-all', method: 'post', handler: markAllRead },
  { path: '/:id/read', method: 'post', handler: markRead },
]
