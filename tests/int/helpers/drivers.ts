/**
 * Two ways to ask Payload for something as a given user: the Local API with overrideAccess false,
 * and the REST API (Payload's own request handler, as mounted by the Next.js admin) with a login
 * token. Both report "allowed" or "refused"; anything else (a 500, a validation error) is thrown.
 */
import { handleEndpoints, type CollectionSlug, type SanitizedConfig } from 'payload'
import { loginToken } from './rest.ts'
import type { Doc, Id, World } from './world.ts'
import { tinyPng } from './world.ts'
import type { Outcome, Role } from './access-matrix.ts'

export interface Driver {
  name: string
  create: (role: Role, collection: CollectionSlug, data: Record<string, unknown>) => Promise<Outcome>
  read: (role: Role, collection: CollectionSlug, id: Id) => Promise<Outcome>
  update: (role: Role, collection: CollectionSlug, id: Id, data: Record<string, unknown>) => Promise<Outcome>
  remove: (role: Role, collection: CollectionSlug, id: Id) => Promise<Outcome>
}

const refusal = (error: unknown): Outcome => {
  const status = (error as { status?: number }).status
  if (status === 403 || status === 404) return 'refused'
  throw error
}

let fileCounter = 0
const pngFile = () => ({
  data: tinyPng,
  mimetype: 'image/png',
  name: `upload-${++fileCounter}.png`,
  size: tinyPng.length,
})

export const localDriver = (world: World): Driver => {
  const users: Record<Role, Doc | undefined> = {
    admin: world.admin,
    'hub-staff': world.hubStaff,
    partner: world.partner,
    public: undefined,
  }
  const as = (role: Role) => ({
    overrideAccess: false,
    user: users[role] ? { ...users[role], collection: 'users' } : undefined,
    depth: 0,
  })
  const { payload } = world
  return {
    name: 'Local API',
    create: (role, collection, data) =>
      payload
        .create({
          collection,
          data: data as never,
          ...as(role),
          ...(collection === 'media' ? { file: pngFile() } : {}),
        })
        .then(() => 'allowed' as const, refusal),
    read: (role, collection, id) =>
      payload
        .find({ collection, where: { id: { equals: id } }, ...as(role) })
        .then((r) => (r.docs.length === 1 ? 'allowed' : 'refused'), refusal),
    update: (role, collection, id, data) =>
      payload.update({ collection, id, data: data as never, ...as(role) }).then(() => 'allowed' as const, refusal),
    remove: (role, collection, id) =>
      payload.delete({ collection, id, ...as(role) }).then(() => 'allowed' as const, refusal),
  }
}

export const restDriver = async (world: World, config: SanitizedConfig): Promise<Driver> => {
  const call = (method: string, path: string, token: string | undefined, body?: BodyInit, json = true) =>
    handleEndpoints({
      config,
      request: new Request(`http://localhost/api${path}`, {
        method,
        headers: {
          ...(token ? { Authorization: `JWT ${token}` } : {}),
          ...(json && body ? { 'Content-Type': 'application/json' } : {}),
        },
        body,
      }),
    })
  const tokens: Partial<Record<Role, string>> = {}
  for (const role of ['admin', 'hub-staff', 'partner'] as const)
    tokens[role] = await loginToken(config, world.passwords[role])
  const outcome = async (response: Response): Promise<Outcome> => {
    if (response.ok) return 'allowed'
    if (response.status === 403 || response.status === 404) return 'refused'
    throw new Error(`${response.status} ${await response.text()}`)
  }
  return {
    name: 'REST',
    create: async (role, collection, data) => {
      if (collection === 'media') {
        const form = new FormData()
        form.append('file', new Blob([tinyPng], { type: 'image/png' }), `upload-${++fileCounter}.png`)
        form.append('_payload', JSON.stringify(data))
        return outcome(await call('POST', `/${collection}`, tokens[role], form, false))
      }
      return outcome(await call('POST', `/${collection}?depth=0`, tokens[role], JSON.stringify(data)))
    },
    read: async (role, collection, id) => outcome(await call('GET', `/${collection}/${id}?depth=0`, tokens[role])),
    update: async (role, collection, id, data) =>
      outcome(await call('PATCH', `/${collection}/${id}?depth=0`, tokens[role], JSON.stringify(data))),
    remove: async (role, collection, id) => outcome(await call('DELETE', `/${collection}/${id}`, tokens[role])),
  }
}
