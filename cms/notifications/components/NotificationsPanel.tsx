/**
 * The dashboard's "Notifications": the signed-in person's latest, unread first, each with what
 * happened, when (London), the comment or details, links to the pages it names, why they were told,
 * and what became of its email (a failed one says why). "Mark as read" on each, or all at once.
 * The bell in the header links here (#notifications). A server component.
 */
import type { ServerProps } from 'payload'
import { idOf } from '../../access/roles.ts'
import { londonDateTime } from '../../../core/dates/london-format.ts'
import { emailStatusText } from '../email-status.ts'
import { MarkAllReadButton, MarkReadButton } from './NotificationActions.tsx'
import './Notifications.css'

const base = 'notifications'
const SHOWN = 10

export const NotificationsPanel = async ({ payload, user }: ServerProps) => {
  const me = user ? idOf(user as never) : undefined
  if (!user || me === undefined) return null
  const mine = { recipient: { equals: me } }
  const [latest, unread] = await Promise.all([
    payload.find({
      collection: 'notifications',
      where: mine,
      sort: '-createdAt',
      limit: SHOWN,
      depth: 0,
      overrideAccess: false,
      user,
    }),
    payload.count({ collection: 'notifications', where: { and: [mine, { read: { equals: false } }] }, user }),
  ])
  const admin = payload.config.routes.admin
  // Unread first; newest first within each.
  const list = [...latest.docs].sort((a, b) => Number(Boolean(a.read)) - Number(Boolean(b.read)))
  const headingId = `${base}-heading`
  const count = unread.totalDocs

  return (
    <section className={base} id="notifications" aria-labelledby={headingId}>
      <div className={`${base}__top`}>
        <h2 className={`${base}__heading`} id={headingId}>
          Notifications{count > 0 ? ` (${count} unread)` : ''}
        </h2>
        {count > 0 && <MarkAllReadButton />}
      </div>
      {list.length === 0 ? (
        <p className={`${base}__empty`}>
          Nothing yet. You are told here, and by email, when a partner’s change needs your review, when your change is
          returned or goes live, and when a parent reports a problem.
        </p>
      ) : (
        <ul className={`${base}__list`}>
          {list.map((n) => {
            const failed =
              n.email?.status === 'failed' || ((n.email?.attempts ?? 0) > 0 && n.email?.status === 'pending')
            return (
              <li key={n.id} className={`${base}__item${n.read ? '' : ` ${base}__item--unread`}`}>
                <p className={`${base}__title`}>
                  {!n.read && <strong className={`${base}__tag`}>New</strong>} {n.title}
                </p>
                <p className={`${base}__meta`}>
                  <time dateTime={n.createdAt}>{londonDateTime(n.createdAt)}</time>
                  {n.why ? `. ${n.why}` : ''}
                </p>
                {n.details && (
                  <p className={`${base}__details`}>
                    {n.details.split('\n').map((line, i) => (
                      <span key={i} className={`${base}__line`}>
                        {line}
                      </span>
                    ))}
                  </p>
                )}
                {(n.links ?? []).length > 0 && (
                  <p className={`${base}__links`}>
                    {(n.links ?? []).map((l) => (
                      <a key={l.path} href={`${admin}${l.path}`}>
                        {l.label}
                      </a>
                    ))}
                  </p>
                )}
                <p className={`${base}__email${failed ? ` ${base}__email--failed` : ''}`}>{emailStatusText(n.email)}</p>
                {!n.read && <MarkReadButton id={n.id} title={n.title} />}
              </li>
            )
          })}
        </ul>
      )}
      {latest.totalDocs > list.length && (
        <p>
          <a href={`${admin}/collections/notifications?where[recipient][equals]=${String(me)}`}>
            See all {latest.totalDocs} of your notifications
          </a>
        </p>
      )}
    </section>
  )
}
