/**
 * The Site panel's actions, on the site-builds collection:
 *   GET  /api/site-builds/status     what is live, building, waiting or failed (council staff)
 *   POST /api/site-builds/publish-now  build the public site now (council staff)
 *   POST /api/site-builds/roll-back  put the build before the live one back (admins)
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { isAdminUser, isCouncilStaffUser } from '../access/roles.ts'
import { dataDir } from '../paths.ts'
import { requestPublish } from './publish-requests.ts'
import { rollBack } from './rollback.ts'
import { siteFoldersIn } from '../../core/publishing/site-folders.ts'
import { siteStatus } from './site-status.ts'

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

export const siteStatusEndpoint: Endpoint = {
  path: '/status',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!isCouncilStaffUser(req.user))
      return refuse(403, 'Only admins and hub staff can see the site’s publishing status.')
    return Response.json(await siteStatus(req.payload), { headers: { 'Cache-Control': 'no-store' } })
  },
}

export const publishNowEndpoint: Endpoint = {
  path: '/publish-now',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!isCouncilStaffUser(req.user)) return refuse(403, 'Only admins and hub staff can publish the site.')
    const who =
      (req.user as { name?: string; email?: string }).name ?? (req.user as { email?: string }).email ?? 'staff'
    const { id, joined } = await requestPublish(req.payload, {
      change: `Publish now, asked by ${who}`,
      userId: req.user!.id,
      immediate: true,
    })
    return Response.json(
      { id, joined, message: joined ? 'Publishing now, with the changes already waiting.' : 'Publishing now.' },
      { status: 202 },
    )
  },
}

export const rollBackEndpoint: Endpoint = {
  path: '/roll-back',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!isAdminUser(req.user)) return refuse(403, 'Only admins can roll the site back.')
    const result = await rollBack(req.payload, siteFoldersIn(dataDir), { userId: req.user!.id })
    if (!result.ok) return refuse(result.status, result.message)
    return Response.json({ id: result.build.id, message: result.build.summary })
  },
}

export const siteEndpoints: Endpoint[] = [siteStatusEndpoint, publishNowEndpoint, rollBackEndpoint]
