/**
 * cms/proxy.ts as Next.js runs it before each admin and API request: the security headers on the
 * response, HSTS only in production, and the nonce handed to Next.js on the request.
 */
import { NextRequest } from 'next/server'
import { afterEach, describe, expect, it } from 'vitest'
import { config, proxy } from '../../cms/proxy.ts'
import { createStaticServer } from '../../site/server/static-server.ts'
import { raw } from '../helpers/raw-http.ts'

const saved = { FHD_DEPLOYMENT: process.env.FHD_DEPLOYMENT, NODE_ENV: process.env.NODE_ENV }
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

describe('the admin’s proxy', () => {
  it('sends the policy with a fresh nonce, and hands the same nonce to Next.js on the request', () => {
    process.env.FHD_DEPLOYMENT = 'demo'
    const first = proxy(new NextRequest('http://localhost:3000/admin/login'))
    const second = proxy(new NextRequest('http://localhost:3000/admin/login'))
    const policy = first.headers.get('content-security-policy') ?? ''
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1]
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{20,}$/)
    expect(second.headers.get('content-security-policy')).not.toContain(nonce)
    // NextResponse.next({ request: { headers } }) passes request headers on as x-middleware-request-*.
    expect(first.headers.get('x-middleware-request-x-nonce')).toBe(nonce)
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(policy)
    expect(first.headers.get('x-content-type-options')).toBe('nosniff')
    expect(first.headers.get('x-frame-options')).toBe('DENY')
    expect(first.headers.get('strict-transport-security')).toBeNull()
  })

  it('sends HSTS and upgrades plain-http requests in production', () => {
    process.env.FHD_DEPLOYMENT = 'production'
    const response = proxy(new NextRequest('https://admin.example.org/admin'))
    expect(response.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains')
    expect(response.headers.get('content-security-policy')).toContain('upgrade-insecure-requests')
  })

  it('runs for pages and the API, not for the build’s hashed files', () => {
    const pattern = new RegExp(`^${config.matcher[0]!.source.replace('/((?!', '/(?!').replace(').*)', ').*')}$`)
    for (const address of ['/admin', '/admin/collections/sessions/1', '/api/services', '/api/problem-reports/report'])
      expect(pattern.test(address), address).toBe(true)
    for (const address of ['/_next/static/chunks/app.js', '/_next/image', '/favicon.ico'])
      expect(pattern.test(address), address).toBe(false)
  })
})

describe('the static server in production', () => {
  it('sends HSTS by default when the product was started in production', async () => {
    process.env.FHD_DEPLOYMENT = 'production'
    const server = createStaticServer({ root: import.meta.dirname })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const response = await raw((server.address() as { port: number }).port, '/')
      expect(response.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains')
      expect(response.headers['content-security-policy']).toContain('upgrade-insecure-requests')
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
