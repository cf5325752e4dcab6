import { describe, expect, it } from 'vitest'
import { isProductionDeployment } from '../core/deployment.ts'
import { demoAccountsAllowed, isDemoAccount } from './demo/demo-accounts.ts'
import { payloadSecret } from './secret.ts'

describe('production mode', () => {
  it('is production when NODE_ENV=production, unless npm start recorded the operator’s choice', () => {
    expect(isProductionDeployment({ NODE_ENV: 'production' })).toBe(true)
    expect(isProductionDeployment({ NODE_ENV: 'development' })).toBe(false)
    expect(isProductionDeployment({})).toBe(false)
    // next start forces NODE_ENV=production; npm start passes on what the operator asked for.
    expect(isProductionDeployment({ NODE_ENV: 'production', FHD_DEPLOYMENT: 'demo' })).toBe(false)
    expect(isProductionDeployment({ NODE_ENV: 'test', FHD_DEPLOYMENT: 'production' })).toBe(true)
  })

  it('refuses demo accounts in production', () => {
    expect(demoAccountsAllowed({ NODE_ENV: 'production' })).toBe(false)
    expect(demoAccountsAllowed({ NODE_ENV: 'development' })).toBe(true)
    expect(isDemoAccount('Admin@Example.org')).toBe(true)
    expect(isDemoAccount('someone@council.gov.uk')).toBe(false)
  })

  it('needs a long PAYLOAD_SECRET in production and uses a development secret elsewhere', () => {
    expect(() => payloadSecret({ NODE_ENV: 'production' })).toThrow(
      'PAYLOAD_SECRET is not set. In production set it to at least 32 random characters',
    )
    expect(() => payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' })).toThrow(
      'PAYLOAD_SECRET is 5 characters long.',
    )
    const strong = 'c1f0a7d93b5e28e6f4a0b9d17c3e52a8f6d04b1e9a7c35d2'
    expect(payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: strong })).toBe(strong)
    expect(payloadSecret({})).toMatch(/development/)
  })

  it.each([
    ['x'.repeat(40), 'uses only 1 different characters'],
    ['ab'.repeat(20), 'uses only 2 different characters'],
    ['0123456701234567012345670123456701', 'uses only 8 different characters'],
    ['family-hub-directory-development-secret-not-for-production', 'is the development secret'],
    ['please-change-me-to-something-long-and-random', 'looks like a placeholder'],
    ['YOUR_SECRET_HERE_YOUR_SECRET_HERE_1234', 'looks like a placeholder'],
    ['password-for-the-family-hub-directory-2026', 'looks like a placeholder'],
  ])('refuses the weak PAYLOAD_SECRET %j in production, saying why', (secret, why) => {
    expect(() => payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })).toThrow(why)
    expect(() => payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })).toThrow('openssl rand -hex 32')
    // Outside production any secret is accepted as it is.
    expect(payloadSecret({ PAYLOAD_SECRET: secret })).toBe(secret)
  })

  it('accepts what openssl rand -hex 32 and -base64 32 give', () => {
    for (const secret of [
      '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      'q8T0yJ3m5vQ2nW7rZ1xK4bH6cL9dF0gP2sA8eR5tU3o=',
    ])
      expect(payloadSecret({ FHD_DEPLOYMENT: 'production', PAYLOAD_SECRET: secret })).toBe(secret)
  })
})
