/**
 * The product as deployed (FHD_DEPLOYMENT=production, as `NODE_ENV=production npm start` records
 * it): the login cookie is sent over https only, demo accounts cannot sign in, and start refuses
 * to go on while the database holds one. Set before Payload's config is read, in this file's own
 * process.
 */
process.env.FHD_DEPLOYMENT = 'production'
process.env.PAYLOAD_SECRET = '5b0e6f1c2d8a47e39c4b7a0d1e6f2c3b9a8d7e6f5c4b3a21'

import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { refuseDemoAccountsInProduction } from '../../cms/prepare-database.ts'
import { demoAccounts } from '../../cms/demo/demo-accounts.ts'
import { signIn } from './helpers/rest.ts'
import { useWorld } from './helpers/world.ts'

const t = useWorld()

const login = (email: string, password: string) => signIn(t.config, { email, password })

describe('in production', () => {
  it('sends the login cookie Secure, httpOnly and SameSite=Lax', async () => {
    const response = await login(t.world.passwords.admin.email, t.world.passwords.admin.password)
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('Secure')
    expect(cookie).toContain('SameSite=Lax')
  })

  it('refuses to start while the database holds a demo account, naming it, and starts once it is removed', async () => {
    await expect(refuseDemoAccountsInProduction(t.payload)).resolves.toBeUndefined()
    const demo = demoAccounts[0]!
    await t.payload.create({
      collection: 'users',
      data: { email: demo.email, password: demo.password, name: demo.name, role: demo.role } as never,
      overrideAccess: true,
    })
    await expect(refuseDemoAccountsInProduction(t.payload)).rejects.toThrow(
      'the database holds the demo account admin@example.org, whose passwords are published. Remove them with "NODE_ENV=production npm run demo-accounts:remove", then start again.',
    )
    // Nor can it sign in meanwhile.
    const refused = await login(demo.email, demo.password)
    expect(refused.status).toBe(403)
    expect(JSON.stringify(await refused.json())).toContain('Demo accounts cannot sign in in production.')

    await t.payload.delete({ collection: 'users', where: { email: { equals: demo.email } }, overrideAccess: true })
    await expect(refuseDemoAccountsInProduction(t.payload)).resolves.toBeUndefined()
  })
})

describe('npm start in production', () => {
  it.each([
    ['', 'PAYLOAD_SECRET is not set.'],
    ['ab'.repeat(24), 'PAYLOAD_SECRET uses only 2 different characters'],
  ])(
    'exits with one line saying why when PAYLOAD_SECRET is %j',
    (secret, why) => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'family-hub-start-'))
      try {
        const run = spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'app/start.ts'], {
          env: {
            ...process.env,
            NODE_ENV: 'production',
            FHD_DEPLOYMENT: '',
            PAYLOAD_SECRET: secret,
            DATA_DIR: dataDir,
            DATABASE_URL: '',
          },
          encoding: 'utf8',
          timeout: 60_000,
        })
        expect(run.status).toBe(1)
        expect(run.stderr).toContain(`Family Hub Directory cannot start: ${why}`)
        expect(run.stderr).toContain('openssl rand -hex 32')
      } finally {
        rmSync(dataDir, { recursive: true, force: true })
      }
    },
    90_000,
  )
})
