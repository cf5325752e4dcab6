import { describe, expect, it } from 'vitest'
import { adminContentSecurityPolicy, adminSecurityHeaders } from './security-headers.ts'
import {
  originOf,
  siteContentSecurityPolicy,
  siteSecurityHeaders,
  staticHostHeadersFile,
} from '../core/http/security-headers.ts'

/** A policy as directive → sources. */
const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name ?? '', sources]),
  )

describe('the public site’s security headers', () => {
  it('allow scripts and styles from the site only: no inline script, no inline style, no eval', () => {
    const policy = directives(
      siteContentSecurityPolicy({ formOrigins: ['http://localhost:3000/api/problem-reports/report'] }),
    )
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"])
    expect(policy.get('style-src')).toEqual(["'self'"])
    expect(policy.get('default-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    // "Report a problem" posts to the CMS, by form and by fetch: its origin only, not its path.
    expect(policy.get('form-action')).toEqual(["'self'", 'http://localhost:3000'])
    expect(policy.get('connect-src')).toEqual(["'self'", 'http://localhost:3000'])
    for (const sources of policy.values())
      expect(sources.filter((s) => s !== "'wasm-unsafe-eval'").join(' ')).not.toMatch(/unsafe|\*/)
  })

  it('leave out origins that are not http(s) URLs', () => {
    expect(originOf('javascript:alert(1)')).toBeUndefined()
    expect(originOf('not a url')).toBeUndefined()
    expect(
      directives(siteContentSecurityPolicy({ formOrigins: ['data:text/html,hi', "x'; script-src *"] })).get(
        'form-action',
      ),
    ).toEqual(["'self'"])
  })

  it('send HSTS and upgrade plain-http requests in production only', () => {
    const production = siteSecurityHeaders({ production: true })
    expect(production['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains')
    expect(production['Content-Security-Policy']).toContain('upgrade-insecure-requests')
    const demo = siteSecurityHeaders({})
    expect(demo['Strict-Transport-Security']).toBeUndefined()
    expect(demo['Content-Security-Policy']).not.toContain('upgrade-insecure-requests')
    expect(demo).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
    })
    expect(demo['Permissions-Policy']).toContain('geolocation=(self)')
  })
})

describe('the headers file for a static host', () => {
  it('gives every header for every path, in Netlify’s and Cloudflare Pages’ format', () => {
    expect(staticHostHeadersFile({ 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "default-src 'self'" })).toBe(
      "/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: default-src 'self'\n",
    )
  })
})

describe('the admin’s security headers', () => {
  it('allow only scripts with this response’s nonce (and what they load), and nothing may frame the admin', () => {
    const policy = directives(adminContentSecurityPolicy({ nonce: 'abc123', production: false }))
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.get('form-action')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
  })

  it('allow eval and the reload websocket only under next dev', () => {
    expect(adminContentSecurityPolicy({ nonce: 'n', production: false })).not.toContain('unsafe-eval')
    const dev = directives(adminContentSecurityPolicy({ nonce: 'n', production: false, development: true }))
    expect(dev.get('script-src')).toContain("'unsafe-eval'")
    expect(dev.get('connect-src')).toContain('ws:')
  })

  it('send HSTS in production only', () => {
    expect(adminSecurityHeaders({ nonce: 'n', production: true })['Strict-Transport-Security']).toBe(
      'max-age=63072000; includeSubDomains',
    )
    expect(adminSecurityHeaders({ nonce: 'n', production: false })['Strict-Transport-Security']).toBeUndefined()
  })
})
