/**
 * The admin's security headers (the Payload admin and REST API on Next.js), set by cms/proxy.ts on
 * every response. Pure, so that tests can read the policy without a server.
 *
 * Scripts: only the admin's own files and the inline scripts Next.js writes with this response's
 * nonce ('strict-dynamic' lets those load the chunks they import). Styles: the admin's React
 * components set style attributes and inject style elements, and a nonce cannot cover attributes,
 * so styles allow 'unsafe-inline'; styles cannot run script. Nothing may frame the admin.
 */
import { contentSecurityPolicy, HSTS } from '../core/http/security-headers.ts'

export interface AdminSecurityOptions {
  /** A fresh random value for each response. */
  nonce: string
  /** Production: HSTS and upgrade-insecure-requests. */
  production: boolean
  /** `next dev`: React's fast refresh needs eval and a websocket. */
  development?: boolean
}

export const adminContentSecurityPolicy = ({ nonce, production, development = false }: AdminSecurityOptions): string =>
  contentSecurityPolicy({
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(development ? ['ws:', 'wss:'] : [])],
    'media-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    'form-action': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'frame-src': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(production ? { 'upgrade-insecure-requests': [] } : {}),
  })

export const adminSecurityHeaders = (options: AdminSecurityOptions): Record<string, string> => ({
  'Content-Security-Policy': adminContentSecurityPolicy(options),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'geolocation=(), camera=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  ...(options.production ? { 'Strict-Transport-Security': HSTS } : {}),
})
