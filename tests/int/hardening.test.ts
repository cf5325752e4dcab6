/**
 * Issue 9, through Payload's REST handler as the admin mounts it: login lockout, the cookie's
 * flags, CSRF (whose requests may use the cookie), and two people changing the same session
 * (a document locked by someone else; an update made from an older version).
 */
import { describe, expect, it } from 'vitest'
import { loginToken, restRequest, signIn, type RestInit } from './helpers/rest.ts'
import { useWorld, type Doc } from './helpers/world.ts'

const t = useWorld()

const call = (method: string, path: string, init: RestInit = {}) => restRequest(t.config, method, path, init)
const login = (email: string, password: string) => signIn(t.config, { email, password })
const tokenOf = (role: 'admin' | 'hub-staff' | 'partner'): Promise<string> =>
  loginToken(t.config, t.world.passwords[role])
const messagesOf = async (response: Response): Promise<string> => JSON.stringify(await response.json())

describe('signing in', () => {
  it('locks an account for ten minutes after five wrong passwords, then lets the right password in again', async () => {
    const email = 'lockout@example.org'
    const user = await t.payload.create({
      collection: 'users',
      data: {
        email,
        password: 'the-right-password',
        name: 'Lockout',
        role: 'hub-staff',
        hubs: [t.world.hubOwn.id],
      } as never,
      overrideAccess: true,
    })
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await login(email, `wrong-password-${attempt}`)
      expect(response.status).toBe(401)
      expect(await messagesOf(response)).toContain('The email or password provided is incorrect.')
    }
    const locked = await login(email, 'the-right-password')
    expect(locked.status).toBe(401)
    expect(await messagesOf(locked)).toContain('This user is locked due to having too many failed login attempts.')
    const stored = (await t.payload.db.findOne({ collection: 'users', where: { id: { equals: user.id } } })) as {
      lockUntil?: string
      loginAttempts?: number
    }
    expect(stored.loginAttempts).toBe(5)
    const minutes = (new Date(stored.lockUntil ?? 0).getTime() - Date.now()) / 60_000
    expect(minutes).toBeGreaterThan(9)
    expect(minutes).toBeLessThanOrEqual(10)

    // Ten minutes later (the lock moved into the past): the right password works and the count restarts.
    await t.payload.db.updateOne({
      collection: 'users',
      where: { id: { equals: user.id } },
      data: { lockUntil: new Date(Date.now() - 1000).toISOString() },
    })
    const after = await login(email, 'the-right-password')
    expect(after.status).toBe(200)
    const reset = (await t.payload.db.findOne({ collection: 'users', where: { id: { equals: user.id } } })) as {
      loginAttempts?: number
    }
    expect(reset.loginAttempts).toBe(0)
  })

  it('sets the login cookie httpOnly and SameSite=Lax, and not Secure outside production', async () => {
    const response = await login(t.world.passwords['hub-staff'].email, t.world.passwords['hub-staff'].password)
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^payload-token=/)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Lax')
    expect(cookie).not.toContain('Secure')
  })
})

describe('CSRF: the login cookie counts only on requests from the admin’s own pages', () => {
  const me = async (headers: Record<string, string>) =>
    ((await (await call('GET', '/users/me', { headers })).json()) as { user: Doc | null }).user?.email ?? null

  it('is ignored from another origin, and from clients that say neither Origin nor Sec-Fetch-Site', async () => {
    const token = await tokenOf('admin')
    const cookie = `payload-token=${token}`
    const email = t.world.passwords.admin.email
    expect(await me({ Cookie: cookie, Origin: 'http://localhost:3000' })).toBe(email)
    expect(await me({ Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' })).toBe(email)
    expect(await me({ Cookie: cookie, Origin: 'https://evil.example' })).toBeNull()
    expect(await me({ Cookie: cookie, Origin: 'http://localhost:4321' })).toBeNull()
    expect(await me({ Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' })).toBeNull()
    expect(await me({ Cookie: cookie })).toBeNull()
    // An API client signs each request instead.
    expect(await me({ Authorization: `JWT ${token}` })).toBe(email)
  })

  it('refuses a forged cross-site change made with a staff member’s cookie, and stores nothing', async () => {
    const token = await tokenOf('admin')
    const venue = await t.world.make('venues', 'own')
    const forged = await call('PATCH', `/venues/${venue.id}`, {
      headers: { Cookie: `payload-token=${token}`, Origin: 'https://evil.example' },
      body: { name: 'Forged' },
    })
    expect(forged.status).toBe(403)
    expect(((await t.payload.findByID({ collection: 'venues', id: venue.id, depth: 0 })) as unknown as Doc).name).toBe(
      venue.name,
    )
  })
})

describe('two people changing the same session', () => {
  const sessionAsStored = async (id: Doc['id']) =>
    (await t.payload.findByID({ collection: 'sessions', id, depth: 0, draft: true })) as unknown as Doc

  it('refuses an update made from an older version with 409, saying when it changed, and keeps the other person’s change', async () => {
    const token = await tokenOf('hub-staff')
    const session = await t.world.make('sessions', 'own')
    const readByBoth = String(session.updatedAt)
    await new Promise((resolve) => setTimeout(resolve, 5))

    // The first person saves, from the version both read.
    const first = await call('PATCH', `/sessions/${session.id}?depth=0`, {
      headers: { Authorization: `JWT ${token}` },
      body: { closesAt: '12:00', updatedAt: readByBoth },
    })
    expect(first.status).toBe(200)
    const afterFirst = await sessionAsStored(session.id)
    expect(afterFirst.closesAt).toBe('12:00')

    // The second person saves from the same, now older, version: refused, nothing changed.
    const second = await call('PATCH', `/sessions/${session.id}?depth=0`, {
      headers: { Authorization: `JWT ${token}` },
      body: { closesAt: '11:00', updatedAt: readByBoth },
    })
    expect(second.status).toBe(409)
    const body = await messagesOf(second)
    expect(body).toMatch(/This session was changed at \d{1,2} \w{3} \d{4}, \d\d:\d\d:\d\d \(UK time\)/)
    expect(body).toContain(`updatedAt sent: ${readByBoth}; stored: ${String(afterFirst.updatedAt)}`)
    expect(await sessionAsStored(session.id)).toEqual(afterFirst)

    // Loaded again, the change goes through.
    const again = await call('PATCH', `/sessions/${session.id}?depth=0`, {
      headers: { Authorization: `JWT ${token}` },
      body: { closesAt: '11:00', updatedAt: afterFirst.updatedAt },
    })
    expect(again.status).toBe(200)
    expect((await sessionAsStored(session.id)).closesAt).toBe('11:00')
  })

  it('refuses updatedAt that is not a date and time with 400 naming it', async () => {
    const token = await tokenOf('hub-staff')
    const session = await t.world.make('sessions', 'own')
    const response = await call('PATCH', `/sessions/${session.id}?depth=0`, {
      headers: { Authorization: `JWT ${token}` },
      body: { closesAt: '12:00', updatedAt: 'last Tuesday' },
    })
    expect(response.status).toBe(400)
    const body = await messagesOf(response)
    expect(body).toContain('"path":"updatedAt"')
    expect(body).toContain('\\"last Tuesday\\" is not a date')
    expect((await sessionAsStored(session.id)).closesAt).toBe(session.closesAt)
  })

  it('refuses an update while someone else has the session open in the admin (Payload’s document lock), and allows it to the person editing', async () => {
    const session = await t.world.make('sessions', 'own')
    // What the admin records when the admin user opens the session to edit it.
    await t.payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'sessions', value: session.id },
        globalSlug: null,
        user: { relationTo: 'users', value: t.world.admin.id },
      } as never,
      overrideAccess: true,
    })
    const staff = await tokenOf('hub-staff')
    const refused = await call('PATCH', `/sessions/${session.id}?depth=0`, {
      headers: { Authorization: `JWT ${staff}` },
      body: { closesAt: '12:15' },
    })
    expect(refused.status).toBe(423)
    expect(await messagesOf(refused)).toContain('is currently locked by another user and cannot be updated.')
    expect((await sessionAsStored(session.id)).closesAt).toBe(session.closesAt)

    const admin = await tokenOf('admin')
    const allowed = await call('PATCH', `/sessions/${session.id}?depth=0`, {
      headers: { Authorization: `JWT ${admin}` },
      body: { closesAt: '12:15' },
    })
    expect(allowed.status).toBe(200)
    expect((await sessionAsStored(session.id)).closesAt).toBe('12:15')
  })
})
