import { describe, expect, it } from 'vitest'
import { demoAccountsAllowed, isDemoAccount, isProductionDeployment } from '../../cms/demo-accounts.ts'
import { payloadSecret } from '../../cms/secret.ts'

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
    expect(() => payloadSecret({ NODE_ENV: 'production' })).toThrow('PAYLOAD_SECRET is not set. In production set it to at least 32 random characters')
    expect(() => payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' })).toThrow('PAYLOAD_SECRET is 5 characters long.')
    expect(payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40) })).toBe('x'.repeat(40))
    expect(payloadSecret({})).toMatch(/development/)
  })
})
