/**
 * The top of the dashboard: the signed-in person's name, and what they look after (their hubs, or
 * their organisation), so nobody works in the wrong hub's records without knowing. A server component.
 */
import type { ServerProps } from 'payload'
import { hubIdsOf, organisationIdOf } from '../../access/roles.ts'
import { whoYouAre } from '../who-you-are.ts'
import './Dashboard.css'

const base = 'who-you-are'

export const WhoYouAre = async ({ payload, user }: ServerProps) => {
  if (!user) return null
  const hubIds = hubIdsOf(user)
  const organisation = organisationIdOf(user)
  const [hubs, org] = await Promise.all([
    hubIds.length > 0
      ? payload.find({
          collection: 'hubs',
          where: { id: { in: hubIds } },
          depth: 0,
          pagination: false,
          sort: 'name',
          select: { name: true },
        })
      : undefined,
    organisation !== undefined
      ? payload.findByID({
          collection: 'organisations',
          id: organisation,
          depth: 0,
          disableErrors: true,
          select: { name: true },
        })
      : undefined,
  ])
  const who = whoYouAre(user as { name?: string; email?: string; role?: string }, {
    hubs: hubs?.docs.map((h) => h.name) ?? [],
    organisation: org?.name,
  })
  return (
    <section className={base} aria-labelledby={`${base}-name`}>
      <h1 className={`${base}__name`} id={`${base}-name`}>
        {who.name}
      </h1>
      <p className={`${base}__role`}>{who.role}</p>
    </section>
  )
}
