/**
 * Next.js proxy (the successor of middleware): security headers on every admin and API response,
 * with a fresh nonce for the inline scripts Next.js writes (it reads the nonce from the request's
 * Content-Security-Policy header). Production is what the operator asked for (FHD_DEPLOYMENT,
 * recorded by `npm start`), not NODE_ENV, which `next start` always sets to production.
 */
import { NextResponse, type NextRequest } from 'next/server'
import { isProductionDeployment } from '../core/deployment.ts'
import { adminSecurityHeaders } from './security-headers.ts'

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const headers = adminSecurityHeaders({
    nonce,
    production: isProductionDeployment(),
    development: process.env.NODE_ENV === 'development',
  })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-nonce', nonce)
  requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy'] ?? '')
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

export const config = {
  // Not for the build's own hashed files, which carry no page and never change.
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
}
