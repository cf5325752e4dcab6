/**
 * The bell in the admin's header: how many notifications the signed-in person has not read,
 * linking to the list on the dashboard. A server component, read again on every page.
 */
import type { ServerProps } from 'payload'
import { idOf } from '../../access/roles.ts'
import './Notifications.css'

export const NotificationBell = async ({ payload, user }: ServerProps) => {
  const me = user ? idOf(user as never) : undefined
  if (me === undefined) return null
  const { totalDocs: unread } = await payload.count({
    collection: 'notifications',
    where: { and: [{ recipient: { equals: me } }, { read: { equals: false } }] },
  })
  const label = unread === 0 ? 'Notifications: none unread' : `Notifications: ${unread} unread`
  return (
    <a
      className="notification-bell"
      href={`${payload.config.routes.admin}#notifications`}
      aria-label={label}
      title={label}
    >
      <svg
        className="notification-bell__icon"
        viewBox="0 0 24 24"
        width="20"
        height="20"
        aria-hidden="true"
        focusable="false"
      >
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {unread > 0 && <span className="notification-bell__count">{unread > 99 ? '99+' : unread}</span>}
    </a>
  )
}
