/**
 * The security headers of the public site, sent by the static server with every response (pages,
 * files, the live open-data API, errors). Pure: the caller says where the site's forms post to and
 * whether this is production.
 *
 * The Content Security Policy allows no inline script and no inline style: every script and
 * stylesheet of the site is a file under /_astro/ (astro.config.mjs keeps Vite from inlining
 * them). JSON data blocks (`<script type="application/ld+json">`, the search page's settings) are
 * not scripts to a browser and need no permission. Pagefind compiles its WebAssembly, which needs
 * 'wasm-unsafe-eval' (it allows WebAssembly only, not JavaScript eval).
 */

export interface SiteSecurityOptions {
  /** Origins other than the site's own that pages post to or fetch from: the CMS, for "report a problem". */
  formOrigins?: readonly string[]
  /** Production: HSTS, and plain-http sub-resources upgraded. Only send HSTS from a site served over https. */
  production?: boolean
}

/** Two years, with subdomains: what the HSTS preload list asks for. */
export const HSTS = 'max-age=63072000; includeSubDomains'

/** A Content-Security-Policy header value from directives; sources are joined by spaces, directives by '; '. */
export const contentSecurityPolicy = (directives: Record<string, readonly string[]>): string =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')

/** The origin of a URL ("http://localhost:3000"), or undefined when it is not an http(s) URL. */
export const originOf = (url: string): string | undefined => {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined
  } catch {
    return undefined
  }
}

export const siteContentSecurityPolicy = (options: SiteSecurityOptions = {}): string => {
  const others = [...new Set((options.formOrigins ?? []).map(originOf).filter((o): o is string => o !== undefined))]
  return contentSecurityPolicy({
    'default-src': ["'self'"],
    'script-src': ["'self'", "'wasm-unsafe-eval'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...others],
    'form-action': ["'self'", ...others],
    'manifest-src': ["'self'"],
    'worker-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'frame-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    ...(options.production ? { 'upgrade-insecure-requests': [] } : {}),
  })
}

/**
 * The headers as a `_headers` file (Netlify's and Cloudflare Pages' format, every path), for a copy
 * of the site on a static host, which cannot run this server. Such hosts serve https only, so it
 * holds the production headers (HSTS included).
 */
export const staticHostHeadersFile = (headers: Record<string, string>): string =>
  `/*\n${Object.entries(headers)
    .map(([name, value]) => `  ${name}: ${value}\n`)
    .join('')}`

/** Every header the public site sends for safety. */
export const siteSecurityHeaders = (options: SiteSecurityOptions = {}): Record<string, string> => ({
  'Content-Security-Policy': siteContentSecurityPolicy(options),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  // "Near me" asks for the device's location on the site itself; nothing else is needed.
  'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  ...(options.production ? { 'Strict-Transport-Security': HSTS } : {}),
})
