/**
 * On the admin dashboard: the open problem reports the signed-in staff member should check,
 * newest first: all of them for admins, their hubs' for hub staff (Payload's access rules decide,
 * through the Local API with the user's access), nothing for partners. A React Server Component.
 */
import type { ServerProps } from 'payload'
import { isCouncilStaffUser } from '../../access/roles.ts'
import { labelOf, problemTopicOptions } from '../../../core/records/vocabulary.ts'
import './ProblemReportsTasks.css'
import { londonDateTime } from '../../../core/dates/london-format.ts'

/** How many reports the dashboard lists; the rest are a click away. */
const SHOWN = 10

const base = 'problem-reports-tasks'

export const ProblemReportsTasks = async ({ payload, user }: ServerProps) => {
  if (!user || !isCouncilStaffUser(user)) return null
  const reports = await payload.find({
    collection: 'problem-reports',
    where: { status: { equals: 'open' } },
    sort: '-createdAt',
    limit: SHOWN,
    depth: 1,
    populate: { services: { name: true } },
    select: { service: true, topic: true, createdAt: true },
    overrideAccess: false,
    user,
  })
  const admin = payload.config.routes.admin
  const count = reports.totalDocs
  return (
    <section className={base} aria-labelledby={`${base}-heading`}>
      <h2 className={`${base}__heading`} id={`${base}-heading`}>
        Problem reports to check ({count})
      </h2>
      {count === 0 ? (
        <p className={`${base}__empty`}>
          No open problem reports. Parents report problems from the “Report something wrong” form on each service page.
        </p>
      ) : (
        <>
          <ul className={`${base}__list`}>
            {reports.docs.map((report) => {
              const service =
                typeof report.service === 'object' ? report.service.name : `Service ${String(report.service)}`
              return (
                <li className={`${base}__item`} key={report.id}>
                  <a href={`${admin}/collections/problem-reports/${report.id}`}>
                    {service}: {labelOf(problemTopicOptions, report.topic)}
                  </a>
                  <p className={`${base}__meta`}>
                    Reported <time dateTime={report.createdAt}>{londonDateTime(report.createdAt)}</time>
                  </p>
                </li>
              )
            })}
          </ul>
          {count > SHOWN && (
            <p>
              <a href={`${admin}/collections/problem-reports?where[status][equals]=open`}>
                See all {count} open reports
              </a>
            </p>
          )}
        </>
      )}
    </section>
  )
}
