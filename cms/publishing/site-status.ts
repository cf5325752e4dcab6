/**
 * What the Site panel shows: the live build, a build running now, one waiting, and the last
 * failure if it came after the live build (a failure already fixed by a later build is history).
 */
import type { Payload } from 'payload'
import type { SiteBuild } from '../payload-types.ts'

export interface SiteStatus {
  live?: SiteBuild
  building?: SiteBuild
  waiting?: SiteBuild
  failure?: SiteBuild
}

export const siteStatus = async (payload: Payload): Promise<SiteStatus> => {
  const latest = async (status: string, sort: string) =>
    (
      await payload.find({
        collection: 'site-builds',
        where: { status: { equals: status } },
        sort,
        limit: 1,
        depth: 0,
        overrideAccess: true,
        pagination: false,
      })
    ).docs[0] as SiteBuild | undefined
  const [live, building, waiting, failure] = await Promise.all([
    latest('published', '-finishedAt'),
    latest('building', '-startedAt'),
    latest('queued', 'runAfter'),
    latest('failed', '-finishedAt'),
  ])
  const failureIsCurrent = failure && (!live?.finishedAt || (failure.finishedAt ?? '') > live.finishedAt)
  return { live, building, waiting, ...(failureIsCurrent ? { failure } : {}) }
}
