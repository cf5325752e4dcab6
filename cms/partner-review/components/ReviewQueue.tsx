/**
 * The dashboard's "Waiting for review": partners' changes the signed-in user may see, read with
 * their access (hub staff: their hubs'; admins: all). Partners see their own changes in review,
 * the returned ones first and highlighted with the reviewer's comment. A server component.
 */
import type { ServerProps } from 'payload'
import type { ReviewRequest } from '../../payload-types.ts'
import { isCouncilStaffUser, isPartnerUser } from '../../access/roles.ts'
import { londonDateTime } from '../../../core/dates/london-format.ts'
import { reviewStatusOptions, labelOf } from '../../../core/records/vocabulary.ts'
import './Review.css'

const base = 'review-queue'
const LIMIT = 50

const nameOf = (value: unknown): string | undefined =>
  value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string'
    ? (value as { name: string }).name
    : undefined

export const ReviewQueue = async ({ payload, user }: ServerProps) => {
  if (!user || !(isCouncilStaffUser(user) || isPartnerUser(user))) return null
  const partner = isPartnerUser(user)
  const found = await payload.find({
    collection: 'review-requests',
    where: { status: partner ? { in: ['waiting', 'returned'] } : { equals: 'waiting' } },
    sort: '-submittedAt',
    depth: 1,
    limit: LIMIT,
    overrideAccess: false,
    user,
  })
  // Partners: what came back to them first, newest first within each.
  const requests: ReviewRequest[] = partner
    ? [...found.docs].sort((a, b) => Number(b.status === 'returned') - Number(a.status === 'returned'))
    : found.docs
  const admin = payload.config.routes.admin
  const heading = partner ? 'Your changes in review' : 'Waiting for review'
  const headingId = `${base}-heading`

  return (
    <section className={base} aria-labelledby={headingId}>
      <h2 className={`${base}__heading`} id={headingId}>
        {heading}
      </h2>
      {requests.length === 0 ? (
        <p className={`${base}__empty`}>
          {partner
            ? 'None of your changes is waiting for review or has come back to you.'
            : 'No partner’s change is waiting for your review.'}
        </p>
      ) : (
        <table className={`${base}__table`}>
          <caption>
            {found.totalDocs === 1 ? '1 change' : `${found.totalDocs} changes`}
            {found.totalDocs > requests.length ? `, the latest ${requests.length} shown` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Change</th>
              <th scope="col">Type</th>
              {!partner && <th scope="col">Partner</th>}
              <th scope="col">Hubs</th>
              <th scope="col">Sent</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => (
              <tr key={r.id} className={r.status === 'returned' ? `${base}__row--returned` : undefined}>
                <th scope="row">
                  <a href={`${admin}/collections/review-requests/${r.id}`}>{r.title}</a>
                </th>
                <td>{r.targetCollection === 'sessions' ? 'Session' : 'Service'}</td>
                {!partner && <td>{nameOf(r.organisation) ?? '–'}</td>}
                <td>{(r.hubs ?? []).map(nameOf).filter(Boolean).join(', ') || '–'}</td>
                <td>{londonDateTime(r.submittedAt) ?? '–'}</td>
                <td>
                  <span className={`${base}__tag ${base}__tag--${r.status}`}>
                    {labelOf(reviewStatusOptions, r.status)}
                  </span>
                  {r.status === 'returned' && r.comment && <span className={`${base}__comment`}>“{r.comment}”</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
