import { mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStaticServer, negotiateEncoding, pathSegments } from './static-server.ts'
import { raw } from '../../tests/helpers/raw-http.ts'

/** Collect what console.error would print, until restore(). */
function silenceErrors() {
  const original = console.error
  const logged: unknown[][] = []
  console.error = (...args: unknown[]) => void logged.push(args)
  return { logged, restore: () => void (console.error = original) }
}

const bigHtml = `<!doctype html><title>Big</title>\n${'<p>Stay and play at the family hub, every Tuesday morning.</p>\n'.repeat(330)}`
const files: Record<string, string> = {
  'index.html': '<!doctype html><title>Home</title><h1>Family hubs</h1>',
  'about/index.html': '<!doctype html><title>About</title>',
  '404.html': '<!doctype html><title>Not found</title><h1>Page not found</h1>',
  '_astro/app.abc123.css': 'body{margin:0}',
  'calendars/hubs/x.ics': 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n',
  'data.json': '{"hubs":[]}',
  'big.html': bigHtml,
  'pagefind/pagefind-entry.json': '{"version":"1.6.0"}',
  'pagefind/index/en_1.pf_index': 'binary'.repeat(400),
  'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'font.woff2': 'wOF2',
  'unknown.xyz': 'x',
  '..dots.txt': 'dots',
  '.build/manifest.json': '{"pages":{}}',
  '.well-known/security.txt': 'Contact: mailto:security@example.org',
  'api/index.json': '{"version":"HSDS-UK-3.0"}',
  'api/services/index.json': '{"page_number":1}',
  'api/services/page/2.json': '{"page_number":2}',
  'api/services/5a1b.json': '{"id":"5a1b"}',
}

describe('the static server of the public site', () => {
  let base: string
  let root: string
  let port: number
  let server: Server
  let current: string
  const url = (p: string) => `http://127.0.0.1:${port}${p}`

  beforeAll(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'static-server-'))
    root = path.join(base, 'site')
    current = root
    for (const [name, contents] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, name)), { recursive: true })
      await writeFile(path.join(root, name), contents)
    }
    await writeFile(path.join(base, 'secret.txt'), 'TOP SECRET')
    await mkdir(path.join(base, 'other'))
    await writeFile(path.join(base, 'other', 'index.html'), '<!doctype html><title>Second build</title>')
    await utimes(path.join(root, 'data.json'), new Date('2026-01-02T03:04:05Z'), new Date('2026-01-02T03:04:05Z'))
    server = createStaticServer({ root: () => current })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
    await rm(base, { recursive: true, force: true })
  })

  it('serves the index page as HTML revalidated on every use', async () => {
    const res = await fetch(url('/'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('no-cache')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
    expect(await res.text()).toBe(files['index.html'])
    expect(await (await fetch(url('/index.html?x=1'))).text()).toBe(files['index.html'])
  })

  it('redirects a directory without its slash, keeping the query, and serves its index with it', async () => {
    const res = await raw(port, '/about?lang=cy')
    expect(res.status).toBe(301)
    expect(res.headers.location).toBe('/about/?lang=cy')
    const page = await fetch(url('/about/'))
    expect(page.status).toBe(200)
    expect(await page.text()).toBe(files['about/index.html'])
  })

  it('does not redirect to another host from a path starting with //', async () => {
    const res = await raw(port, '//about')
    expect(res.status).toBe(301)
    expect(res.headers.location).toBe('/about/')
  })

  it('answers unknown paths with the 404 page and status 404', async () => {
    for (const p of ['/nope', '/about/nope.html', '/data.json/', '/_astro/missing.css']) {
      const res = await fetch(url(p))
      expect(res.status, p).toBe(404)
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(await res.text()).toBe(files['404.html'])
    }
  })

  it('falls back to a plain text 404 when the root has no 404.html', async () => {
    current = path.join(base, 'other')
    try {
      const res = await fetch(url('/nope'))
      expect(res.status).toBe(404)
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8')
      expect(await res.text()).toBe('Not Found\n')
    } finally {
      current = root
    }
  })

  it('sends the content type of each file', async () => {
    const expected: Record<string, string> = {
      '/_astro/app.abc123.css': 'text/css; charset=utf-8',
      '/calendars/hubs/x.ics': 'text/calendar; charset=utf-8',
      '/data.json': 'application/json; charset=utf-8',
      '/logo.svg': 'image/svg+xml; charset=utf-8',
      '/font.woff2': 'font/woff2',
      '/pagefind/index/en_1.pf_index': 'application/octet-stream',
      '/unknown.xyz': 'application/octet-stream',
    }
    for (const [p, type] of Object.entries(expected)) {
      const res = await raw(port, p)
      expect(res.status, p).toBe(200)
      expect(res.headers['content-type'], p).toBe(type)
      expect(res.headers['x-content-type-options'], p).toBe('nosniff')
    }
  })

  it('caches hashed assets for a year and the rest for five minutes', async () => {
    expect((await raw(port, '/_astro/app.abc123.css')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    )
    expect((await raw(port, '/logo.svg')).headers['cache-control']).toBe('public, max-age=300')
    expect((await raw(port, '/about/')).headers['cache-control']).toBe('no-cache')
  })

  it('answers If-None-Match and If-Modified-Since with 304 and no body', async () => {
    const first = await raw(port, '/data.json')
    const etag = first.headers.etag
    expect(etag).toBe(
      `W/"${Buffer.byteLength(files['data.json']!).toString(16)}-${new Date('2026-01-02T03:04:05Z').getTime().toString(16)}"`,
    )
    expect(first.headers['last-modified']).toBe('Fri, 02 Jan 2026 03:04:05 GMT')

    const byTag = await raw(port, '/data.json', { headers: { 'If-None-Match': etag! } })
    expect(byTag.status).toBe(304)
    expect(byTag.body.length).toBe(0)
    expect(byTag.headers.etag).toBe(etag)
    expect(byTag.headers['content-encoding']).toBeUndefined()

    const byDate = await raw(port, '/data.json', { headers: { 'If-Modified-Since': 'Fri, 02 Jan 2026 03:04:05 GMT' } })
    expect(byDate.status).toBe(304)
    const stale = await raw(port, '/data.json', { headers: { 'If-Modified-Since': 'Fri, 02 Jan 2026 03:04:04 GMT' } })
    expect(stale.status).toBe(200)
    const otherTag = await raw(port, '/data.json', { headers: { 'If-None-Match': 'W/"1-1"' } })
    expect(otherTag.status).toBe(200)
    expect(otherTag.body.toString()).toBe(files['data.json'])
  })

  it('compresses with brotli when accepted, gzip otherwise, and the bytes decompress to the file', async () => {
    const br = await raw(port, '/big.html', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } })
    expect(br.status).toBe(200)
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers.vary).toBe('Accept-Encoding')
    expect(Number(br.headers['content-length'])).toBe(br.body.length)
    expect(br.body.length).toBeLessThan(Buffer.byteLength(bigHtml) / 10)
    expect(brotliDecompressSync(br.body).toString()).toBe(bigHtml)

    const gz = await raw(port, '/big.html', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.body).toString()).toBe(bigHtml)

    const again = await raw(port, '/big.html', { headers: { 'Accept-Encoding': 'br' } })
    expect(again.body.equals(br.body)).toBe(true)

    const fetched = await fetch(url('/big.html'))
    expect(await fetched.text()).toBe(bigHtml)
  })

  it('sends the file as it is when compression is not accepted, too small or already done', async () => {
    for (const acceptEncoding of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const res = await raw(port, '/big.html', { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} })
      expect(res.headers['content-encoding'], acceptEncoding).toBeUndefined()
      expect(res.headers['content-length']).toBe(String(Buffer.byteLength(bigHtml)))
      expect(res.body.toString()).toBe(bigHtml)
    }
    const small = await raw(port, '/index.html', { headers: { 'Accept-Encoding': 'br, gzip' } })
    expect(small.headers['content-encoding']).toBeUndefined()
    const pagefind = await raw(port, '/pagefind/index/en_1.pf_index', { headers: { 'Accept-Encoding': 'br, gzip' } })
    expect(pagefind.headers['content-encoding']).toBeUndefined()
    expect(pagefind.headers.vary).toBeUndefined()
    expect(pagefind.body.toString()).toBe(files['pagefind/index/en_1.pf_index'])
  })

  it('answers HEAD with the headers and no body', async () => {
    const res = await raw(port, '/big.html', { method: 'HEAD', headers: { 'Accept-Encoding': 'br' } })
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(bigHtml)))
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(res.body.length).toBe(0)
  })

  it('refuses other methods with 405 and Allow', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const res = await raw(port, '/index.html', { method })
      expect(res.status, method).toBe(405)
      expect(res.headers.allow).toBe('GET, HEAD')
      expect(res.headers['x-content-type-options']).toBe('nosniff')
    }
  })

  it('never serves a file outside the root', async () => {
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/about/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/a%00.html',
      '/%E0%A4%A',
    ]) {
      const res = await raw(port, p)
      expect([400, 404], p).toContain(res.status)
      expect(res.body.toString(), p).not.toContain('TOP SECRET')
      expect(res.body.toString(), p).not.toContain('root:')
    }
    expect((await raw(port, '/../secret.txt')).status).toBe(400)
    expect((await raw(port, '/..dots.txt')).status).toBe(404) // hidden files are never served
    expect((await raw(port, '/.build/manifest.json')).status).toBe(404)
    expect((await raw(port, '/.well-known/security.txt')).body.toString()).toContain('Contact:')
    expect(pathSegments('/%2e%2e/x')).toBeUndefined()
    expect(pathSegments('/a/./b')).toBeUndefined()
    expect(pathSegments('/a%20b//c/')).toEqual(['a b', 'c'])
  })

  it('lets other sites read calendar feeds and open data, not pages', async () => {
    expect((await raw(port, '/calendars/hubs/x.ics')).headers['access-control-allow-origin']).toBe('*')
    expect((await raw(port, '/data.json')).headers['access-control-allow-origin']).toBe('*')
    expect((await raw(port, '/open-data/missing.csv')).headers['access-control-allow-origin']).toBe('*')
    expect((await raw(port, '/big.html')).headers['access-control-allow-origin']).toBeUndefined()
    expect((await raw(port, '/')).headers['access-control-allow-origin']).toBeUndefined()
  })

  it('serves the folder the root function names at the time of each request', async () => {
    expect(await (await fetch(url('/'))).text()).toBe(files['index.html'])
    current = path.join(base, 'other')
    try {
      expect(await (await fetch(url('/'))).text()).toBe('<!doctype html><title>Second build</title>')
      expect((await fetch(url('/data.json'))).status).toBe(404)
    } finally {
      current = root
    }
    expect(await (await fetch(url('/'))).text()).toBe(files['index.html'])
  })

  it('adds the extra headers it is given', async () => {
    const extra = createStaticServer({
      root,
      security: {},
      headers: (p) => (p === '/' ? { 'Content-Security-Policy': "default-src 'self'" } : undefined),
    })
    await new Promise<void>((resolve) => extra.listen(0, '127.0.0.1', resolve))
    try {
      const extraPort = (extra.address() as AddressInfo).port
      expect((await raw(extraPort, '/')).headers['content-security-policy']).toBe("default-src 'self'")
      expect((await raw(extraPort, '/data.json')).headers['content-security-policy']).toBeUndefined()
    } finally {
      extra.closeAllConnections()
      await new Promise((resolve) => extra.close(resolve))
    }
  })

  it('sends its security headers with every answer: files, redirects, 404s, 405s and a handler’s', async () => {
    const secured = createStaticServer({
      root,
      security: { 'Content-Security-Policy': "default-src 'self'", 'X-Frame-Options': 'DENY' },
      handle: async (_req, res, pathname) => {
        if (pathname !== '/api/live') return false
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}')
        return true
      },
    })
    await new Promise<void>((resolve) => secured.listen(0, '127.0.0.1', resolve))
    try {
      const securedPort = (secured.address() as AddressInfo).port
      for (const [address, method] of [
        ['/', 'GET'],
        ['/data.json', 'GET'],
        ['/about', 'GET'],
        ['/missing', 'GET'],
        ['/', 'POST'],
        ['/api/live', 'GET'],
        ['/%2e%2e/x', 'GET'],
      ] as const) {
        const response = await raw(securedPort, address, { method })
        expect(response.headers['content-security-policy'], `${method} ${address}`).toBe("default-src 'self'")
        expect(response.headers['x-frame-options'], `${method} ${address}`).toBe('DENY')
        expect(response.headers['x-content-type-options'], `${method} ${address}`).toBe('nosniff')
      }
    } finally {
      secured.closeAllConnections()
      await new Promise((resolve) => secured.close(resolve))
    }
  })

  it('answers requests for a page that arrive together (one shared compression) each with the whole page', async () => {
    const big = createStaticServer({ root })
    await new Promise<void>((resolve) => big.listen(0, '127.0.0.1', resolve))
    try {
      const bigPort = (big.address() as AddressInfo).port
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => raw(bigPort, '/big.html', { headers: { 'accept-encoding': 'br' } })),
      )
      for (const answer of answers) {
        expect(answer.headers['content-encoding']).toBe('br')
        expect(brotliDecompressSync(answer.body).toString()).toBe(files['big.html'])
      }
    } finally {
      big.closeAllConnections()
      await new Promise((resolve) => big.close(resolve))
    }
  })

  it('answers 500 when a file cannot be read, logs it, and keeps running', async () => {
    const loop = path.join(root, 'loop.txt')
    await symlink('loop.txt', loop) // stat fails with ELOOP: an error, not a missing file
    const errors = silenceErrors()
    try {
      const res = await raw(port, '/loop.txt')
      expect(res.status).toBe(500)
      expect(res.body.toString()).toBe('Internal Server Error\n')
      expect(errors.logged).toHaveLength(1)
    } finally {
      errors.restore()
      await rm(loop)
    }
    expect((await raw(port, '/')).status).toBe(200)
  })

  it('answers 500 when the root function throws, request after request', async () => {
    const broken = createStaticServer({
      root: () => {
        throw new Error('no build')
      },
    })
    await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve))
    const errors = silenceErrors()
    try {
      const brokenPort = (broken.address() as AddressInfo).port
      for (let i = 0; i < 2; i++) {
        const res = await raw(brokenPort, '/')
        expect(res.status).toBe(500)
        expect(res.body.toString()).toBe('Internal Server Error\n')
      }
      expect(errors.logged).toHaveLength(2)
    } finally {
      errors.restore()
      broken.closeAllConnections()
      await new Promise((resolve) => broken.close(resolve))
    }
  })

  it('answers the Open Referral addresses from the static export’s files when no API is mounted', async () => {
    const expected: Record<string, string> = {
      '/api': 'api/index.json',
      '/api/': 'api/index.json',
      '/api/services': 'api/services/index.json',
      '/api/services/': 'api/services/index.json',
      '/api/services/page/2': 'api/services/page/2.json',
      '/api/services/5a1b': 'api/services/5a1b.json',
      '/api/services/5a1b.json?full=true': 'api/services/5a1b.json',
    }
    for (const [p, file] of Object.entries(expected)) {
      const res = await raw(port, p)
      expect(res.status, p).toBe(200)
      expect(res.headers['content-type'], p).toBe('application/json; charset=utf-8')
      expect(res.headers['access-control-allow-origin'], p).toBe('*')
      expect(res.body.toString(), p).toBe(files[file])
    }
    // Only under /api/, and only files that are there.
    for (const p of ['/api/services/nope', '/api/services/page/3', '/data', '/apiary'])
      expect((await raw(port, p)).status, p).toBe(404)
  })

  it('lets a handler answer before the files, with the path, query and root of the request', async () => {
    const seen: { method?: string; pathname: string; query: string; root: string }[] = []
    const handled = createStaticServer({
      root: () => current,
      handle: async (req, res, pathname, query, requestRoot) => {
        seen.push({ method: req.method, pathname, query: query.toString(), root: requestRoot })
        if (!pathname.startsWith('/api')) return false
        res.writeHead(req.method === 'OPTIONS' ? 204 : 200, { 'Content-Type': 'text/plain' })
        res.end(req.method === 'OPTIONS' ? undefined : 'from the handler')
        return true
      },
    })
    await new Promise<void>((resolve) => handled.listen(0, '127.0.0.1', resolve))
    try {
      const handledPort = (handled.address() as AddressInfo).port
      const api = await raw(handledPort, '/api/services/5a1b?day=MO&x=%20y')
      expect(api.body.toString()).toBe('from the handler')
      expect(seen.at(-1)).toEqual({
        method: 'GET',
        pathname: '/api/services/5a1b',
        query: 'day=MO&x=+y',
        root: path.resolve(root),
      })
      expect((await raw(handledPort, '/api/services', { method: 'OPTIONS' })).status).toBe(204)
      // What the handler leaves is served from the files; OPTIONS it leaves is not allowed.
      expect((await raw(handledPort, '/data.json')).body.toString()).toBe(files['data.json'])
      expect((await raw(handledPort, '/data.json', { method: 'OPTIONS' })).status).toBe(405)
      // Other methods never reach it.
      const before = seen.length
      expect((await raw(handledPort, '/api/services', { method: 'POST' })).status).toBe(405)
      expect(seen.length).toBe(before)
    } finally {
      handled.closeAllConnections()
      await new Promise((resolve) => handled.close(resolve))
    }
    // Without a handler, OPTIONS is not allowed anywhere.
    expect((await raw(port, '/api/services', { method: 'OPTIONS' })).status).toBe(405)
  })

  it('negotiates encodings by q-value, brotli winning ties', () => {
    expect(negotiateEncoding('gzip, br')).toBe('br')
    expect(negotiateEncoding('br;q=0.5, gzip')).toBe('gzip')
    expect(negotiateEncoding('*')).toBe('br')
    expect(negotiateEncoding('gzip;q=0, *;q=0')).toBeUndefined()
    expect(negotiateEncoding('')).toBeUndefined()
    expect(negotiateEncoding(undefined)).toBeUndefined()
  })
})
