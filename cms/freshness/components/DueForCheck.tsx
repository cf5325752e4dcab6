/**
 * The admin dashboard's "Due for a check": by hub, the published services and session timetables
 * that are overdue, due within 14 days or never checked, most overdue first, each linking to its
 * edit page with a "Mark as checked" button beside it. A React Server Component: the list is
 * worked out on the server for the signed-in user (cms/freshness/due-for-check.ts).
 */
import type { ServerProps } from 'payload'
import { dueForCheck, dueWords, checkNoun, type HubGroup, type CheckItem } from '../due-for-check.ts'
import { MarkCheckedButton } from './MarkChecked.tsx'
import { toPlainDate } from '../../../core/dates/plain-date.ts'
import './DueForCheck.css'

const base = 'due-for-check'

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`

/** "3 overdue, 1 never checked, 2 due soon" over the distinct items of all groups. */
const countsLine = (groups: HubGroup[]): string => {
  const items = new Map(groups.flatMap((g) => g.items).map((i) => [`${i.collection}:${i.id}`, i]))
  const count = (test: (i: CheckItem) => boolean) => [...items.values()].filter(test).length
  const parts = [
    [count((i) => i.state !== 'never-checked' && i.daysOverdue > 0), 'overdue'],
    [count((i) => i.state !== 'never-checked' && i.daysOverdue <= 0), 'due in the next 14 days'],
    [count((i) => i.state === 'never-checked'), 'never checked'],
  ] as const
  return parts
    .filter(([n]) => n > 0)
    .map(([n, words]) => `${n} ${words}`)
    .join(', ')
}

export const DueForCheck = async ({ payload, user }: ServerProps) => {
  if (!user) return null
  const today = toPlainDate(new Date())!
  const groups = await dueForCheck(payload, { user, today })
  const adminRoute = payload.config.routes.admin
  return (
    <section className={base} aria-labelledby={`${base}-heading`}>
      <h2 id={`${base}-heading`} className={`${base}__heading`}>
        Due for a check
      </h2>
      {groups.length === 0 ? (
        <p className={`${base}__empty`}>Nothing is due for a check in the next 14 days.</p>
      ) : (
        <p className={`${base}__intro`}>
          Services and timetables parents see, to check are still right: {countsLine(groups)}. Parents are told when
          something is overdue.
        </p>
      )}
      {groups.map((group) => (
        <section
          key={group.hub ? String(group.hub.id) : 'no-hub'}
          className={`${base}__hub`}
          aria-labelledby={`${base}-hub-${group.hub?.id ?? 'none'}`}
        >
          <h3 id={`${base}-hub-${group.hub?.id ?? 'none'}`} className={`${base}__hub-heading`}>
            {group.hub?.name ?? 'Not on a hub'} <span className={`${base}__count`}>({group.items.length})</span>
          </h3>
          <ul className={`${base}__items`}>
            {group.items.map((item) => (
              <li
                key={`${item.collection}-${item.id}`}
                className={`${base}__item ${base}__item--${item.state === 'never-checked' ? 'never-checked' : item.daysOverdue > 0 ? 'overdue' : 'due'}`}
              >
                <div className={`${base}__what`}>
                  <a href={`${adminRoute}/collections/${item.collection}/${item.id}`}>{item.title}</a>
                  <span className={`${base}__kind`}> {capitalised(checkNoun[item.collection])}</span>
                  <p className={`${base}__when`}>
                    {capitalised(dueWords(item))}.
                    {item.pendingChanges
                      ? ' It has changes waiting to be published: publish or discard them, then mark it as checked.'
                      : ''}
                  </p>
                </div>
                <MarkCheckedButton
                  collection={item.collection}
                  id={item.id}
                  label={`${item.title} (${checkNoun[item.collection]})`}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  )
}
