/**
 * A small static file server for the built public site (Astro's `dist/`), with no dependencies.
 * GET and HEAD only; safe path decoding (no `..`, NUL or backslash, never outside the root);
 * `dir/` serves `dir/index.html` and `/dir` redirects to `/dir/`; unknown paths get the root's
 * `404.html`. HTML is revalidated (`no-cache`), `/_astro/` files are immutable, the rest is cached
 * for 5 minutes; weak ETag and Last-Modified answer conditional requests with 304. Text-like files
 * are sent brotli- or gzip-compressed when the client accepts it, and the compressed bytes are kept
 * in a bounded in-memory LRU (requests that miss it together share one compression). Calendar
 * feeds and open data are readable cross-origin. Every answer carries the site's security headers
 * (Content Security Policy and the rest: core/http/security-headers.ts).
 * `root` may be a function, read once per request, so a publisher can swap builds atomically.
 * `handle` answers requests before the files (the live Open Referral API); without it, an `/api/...`
 * address with no file is the static export's `<path>.json` or `<path>/index.json`, so a copy of
 * the site answers `/api/services` (and `/api/services/<id>` where the build wrote a file per
 * service, SITE_API_RECORD_FILES=true) from the files alone.
 */
import { open, readFile, stat, type FileHandle } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { promisify } from 'node:util'
import { brotliCompress, constants as zlib, gzip } from 'node:zlib'
import { isProductionDeployment } from '../../core/deployment.ts'
import { cmsUrl } from '../shared/cms-url.ts'
import { siteSecurityHeaders } from '../../core/http/security-headers.ts'

export type StaticServerOptions = {
  /** The folder to serve, or a function giving it (called once per request). */
  root: string | (() => string)
  /** Extra headers for every response (e.g. a Content-Security-Policy); the server's own headers win on conflict. */
  headers?: Record<string, string> | ((pathname: string) => Record<string, string> | undefined)
  /**
   * Called for GET, HEAD and OPTIONS before any file, with the decoded path, the query and this
   * request's root; resolves true when it has answered the request.
   */
  handle?: (
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
    query: URLSearchParams,
    root: string,
  ) => Promise<boolean>
  /**
   * Security headers for every response, the `handle`r's included (core/http/security-headers.ts).
   * Default: the site's, with the CMS (CMS_URL) allowed as the report form's target and HSTS in production.
   */
  security?: Record<string, string>
}

type Encoding = 'br' | 'gzip'

const TEXT = 'charset=utf-8'
const CONTENT_TYPES: Record<string, string> = {
  '.html': `text/html; ${TEXT}`,
  '.css': `text/css; ${TEXT}`,
  '.js': `text/javascript; ${TEXT}`,
  '.mjs': `text/javascript; ${TEXT}`,
  '.json': `application/json; ${TEXT}`,
  '.map': `application/json; ${TEXT}`,
  '.xml': `application/xml; ${TEXT}`,
  '.txt': `text/plain; ${TEXT}`,
  '.ics': `text/calendar; ${TEXT}`,
  '.svg': `image/svg+xml; ${TEXT}`,
  '.webmanifest': `application/manifest+json; ${TEXT}`,
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // Pagefind's index and its wasm are already gzip-compressed: binary, never compressed again.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
}
const OCTET_STREAM = 'application/octet-stream'

/** Files smaller than this are sent as they are: compression would not pay for itself. */
const MIN_COMPRESS_BYTES = 1024
const CACHE_BUDGET_BYTES = 64 * 1024 * 1024
const IMMUTABLE = 'public, max-age=31536000, immutable'

const compressors: Record<Encoding, (data: Buffer) => Promise<Buffer>> = {
  br: (data) =>
    promisify(brotliCompress)(data, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: data.length },
    }),
  gzip: (data) => promisify(gzip)(data, { level: 9 }),
}

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? OCTET_STREAM
}

function isCompressible(contentType: string): boolean {
  return /^text\/|json|javascript|svg|xml|wasm/.test(contentType)
}

function cacheControlOf(pathname: string, contentType: string): string {
  if (contentType.startsWith('text/html')) return 'no-cache'
  if (pathname.startsWith('/_astro/')) return IMMUTABLE
  // Pagefind names its index, filter and fragment files by their content.
  if (/^\/pagefind\/(index|filter|fragment)\//.test(pathname)) return IMMUTABLE
  return 'public, max-age=300'
}

function allowsCrossOrigin(pathname: string): boolean {
  return /^\/(calendars|api|open-data)(\/|$)/.test(pathname) || /\.(ics|json)$/i.test(pathname)
}

/** The best encoding the client accepts (q > 0), brotli winning ties; undefined for identity. */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  const q = new Map<string, number>()
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const value = qParam ? Number(qParam.slice(2)) : 1
    q.set(name, Number.isFinite(value) ? value : 0)
  }
  const br = q.get('br') ?? q.get('*') ?? 0
  const gz = q.get('gzip') ?? q.get('x-gzip') ?? q.get('*') ?? 0
  if (br > 0 && br >= gz) return 'br'
  if (gz > 0) return 'gzip'
  return undefined
}

/**
 * The URL path as segments, or undefined when it is malformed or tries to leave the root:
 * bad percent-encoding, NUL, backslash, `.` or `..` segments (also when percent-encoded).
 */
export function pathSegments(rawPath: string): string[] | undefined {
  if (!rawPath.startsWith('/')) return undefined
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return undefined
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined
  const segments = decoded.split('/').filter((s) => s !== '')
  if (segments.some((s) => s === '.' || s === '..')) return undefined
  return segments
}

/** An LRU of compressed bodies bounded by their total size. */
class CompressedCache {
  #entries = new Map<string, Buffer>()
  #bytes = 0
  constructor(private readonly budget: number) {}

  get(key: string): Buffer | undefined {
    const value = this.#entries.get(key)
    if (value) {
      this.#entries.delete(key)
      this.#entries.set(key, value)
    }
    return value
  }

  set(key: string, value: Buffer): void {
    if (value.length > this.budget / 4) return
    const previous = this.#entries.get(key)
    if (previous) {
      this.#bytes -= previous.length
      this.#entries.delete(key)
    }
    this.#entries.set(key, value)
    this.#bytes += value.length
    for (const [oldest, buffer] of this.#entries) {
      if (this.#bytes <= this.budget) break
      this.#entries.delete(oldest)
      this.#bytes -= buffer.length
    }
  }
}

function etagMatches(ifNoneMatch: string, etag: string): boolean {
  const bare = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag))
}

function isNotModified(req: IncomingMessage, etag: string, mtime: Date): boolean {
  const ifNoneMatch = req.headers['if-none-match']
  if (ifNoneMatch !== undefined) return etagMatches(ifNoneMatch, etag)
  const since = Date.parse(req.headers['if-modified-since'] ?? '')
  return Number.isFinite(since) && Math.floor(mtime.getTime() / 1000) * 1000 <= since
}

function sendText(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...headers,
    'Content-Type': `text/plain; ${TEXT}`,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-cache',
  })
  res.end(res.req.method === 'HEAD' ? undefined : body)
}

type Resolved = { kind: 'file'; file: string } | { kind: 'redirect'; location: string } | { kind: 'missing' }

/**
 * What a path names under the root: a file, a directory to redirect to, or nothing. Hidden files
 * and folders (a name starting with a dot, such as the build's own record in `.build/`) are
 * nothing, except `.well-known`.
 */
async function resolvePath(root: string, segments: string[], trailingSlash: boolean, query: string): Promise<Resolved> {
  if (segments.some((s) => s.startsWith('.') && s !== '.well-known')) return { kind: 'missing' }
  const target = path.join(root, ...segments)
  const relative = path.relative(root, target)
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return { kind: 'missing' }
  const info = await statOrUndefined(target)
  if (info?.isFile()) return trailingSlash ? { kind: 'missing' } : { kind: 'file', file: target }
  if (!info?.isDirectory()) return { kind: 'missing' }
  const index = path.join(target, 'index.html')
  if (!(await statOrUndefined(index))?.isFile()) return { kind: 'missing' }
  if (trailingSlash || segments.length === 0) return { kind: 'file', file: index }
  const location = '/' + segments.map(encodeURIComponent).join('/') + '/' + query
  return { kind: 'redirect', location }
}

/** The static export's file for an `/api/...` address without one: `<path>.json`, else `<path>/index.json`. */
async function apiFileOf(root: string, segments: string[]): Promise<string | undefined> {
  if (segments[0] !== 'api') return undefined
  const target = path.join(root, ...segments)
  for (const file of [`${target}.json`, path.join(target, 'index.json')])
    if ((await statOrUndefined(file))?.isFile()) return file
  return undefined
}

async function statOrUndefined(file: string) {
  try {
    return await stat(file)
  } catch (error) {
    if (['ENOENT', 'ENOTDIR', 'ENAMETOOLONG'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined
    throw error
  }
}

export function createStaticServer(options: StaticServerOptions): Server {
  const cache = new CompressedCache(CACHE_BUDGET_BYTES)
  const inFlight = new Map<string, Promise<Buffer>>()
  const rootOf = typeof options.root === 'function' ? options.root : () => options.root as string

  /** Send one file: headers, conditional 304, then the body (compressed when worthwhile). */
  async function sendFile(
    req: IncomingMessage,
    res: ServerResponse,
    file: string,
    pathname: string,
    status: number,
    headers: Record<string, string>,
  ) {
    let fileHandle: FileHandle | undefined = await open(file, 'r')
    try {
      const info = await fileHandle.stat()
      const contentType = contentTypeOf(file)
      const compressible = isCompressible(contentType)
      const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`
      const common: Record<string, string> = {
        ...headers,
        'Cache-Control': cacheControlOf(pathname, contentType),
        ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
      }
      if (status === 200) Object.assign(common, { ETag: etag, 'Last-Modified': info.mtime.toUTCString() })
      if (status === 200 && isNotModified(req, etag, info.mtime)) {
        res.writeHead(304, common)
        res.end()
        return
      }
      const encoding =
        req.method === 'GET' && compressible && info.size >= MIN_COMPRESS_BYTES
          ? negotiateEncoding(req.headers['accept-encoding'])
          : undefined
      if (!encoding) {
        res.writeHead(status, { ...common, 'Content-Type': contentType, 'Content-Length': info.size })
        if (req.method === 'HEAD') return void res.end()
        // A client that went away before the body: nothing to send, and the handle is closed below.
        if (res.destroyed) return
        const stream = fileHandle.createReadStream()
        fileHandle = undefined // the stream closes it
        try {
          await pipeline(stream, res)
        } finally {
          stream.destroy() // pipeline leaves the file open when it cannot start (ERR_STREAM_UNABLE_TO_PIPE)
        }
        return
      }
      const key = `${file}\0${info.mtimeMs}\0${info.size}\0${encoding}`
      let body = cache.get(key)
      if (!body) {
        // Requests that miss together share one compression: under load, fifty connections asking
        // for the same new page would otherwise each compress it (26 requests/s instead of thousands).
        let compressing = inFlight.get(key)
        if (!compressing) {
          const handle = fileHandle
          compressing = readFile(handle)
            .then((bytes) => compressors[encoding](bytes))
            .then((compressed) => {
              cache.set(key, compressed)
              return compressed
            })
            .finally(() => inFlight.delete(key))
          inFlight.set(key, compressing)
        }
        body = await compressing
      }
      res.writeHead(status, {
        ...common,
        'Content-Type': contentType,
        'Content-Encoding': encoding,
        'Content-Length': body.length,
      })
      res.end(body)
    } finally {
      await fileHandle?.close()
    }
  }

  async function respond(req: IncomingMessage, res: ServerResponse) {
    const url = req.url ?? ''
    const queryAt = url.indexOf('?')
    const rawPath = queryAt === -1 ? url : url.slice(0, queryAt)
    const query = queryAt === -1 ? '' : url.slice(queryAt)
    const segments = pathSegments(rawPath)
    const pathname = segments ? '/' + segments.join('/') : rawPath
    const extra = (typeof options.headers === 'function' ? options.headers(pathname) : options.headers) ?? {}
    const headers: Record<string, string> = {
      ...(allowsCrossOrigin(pathname) ? { 'Access-Control-Allow-Origin': '*' } : {}),
      ...extra,
    }

    const notAllowed = () => sendText(res, 405, 'Method Not Allowed\n', { ...headers, Allow: 'GET, HEAD' })
    const preflight = options.handle !== undefined && req.method === 'OPTIONS'
    if (req.method !== 'GET' && req.method !== 'HEAD' && !preflight) return notAllowed()
    if (!segments) return sendText(res, 400, 'Bad Request\n', headers)

    const root = path.resolve(rootOf())
    if (options.handle && (await options.handle(req, res, pathname, new URLSearchParams(query.slice(1)), root))) return
    if (req.method === 'OPTIONS') return notAllowed()
    const resolved = await resolvePath(root, segments, rawPath.endsWith('/'), query)
    if (resolved.kind === 'file') return sendFile(req, res, resolved.file, pathname, 200, headers)
    const apiFile = resolved.kind === 'missing' ? await apiFileOf(root, segments) : undefined
    if (apiFile) return sendFile(req, res, apiFile, pathname, 200, headers)
    if (resolved.kind === 'redirect') {
      res.writeHead(301, {
        ...headers,
        Location: resolved.location,
        'Cache-Control': 'public, max-age=300',
        'Content-Length': 0,
      })
      return void res.end()
    }
    const notFoundPage = path.join(root, '404.html')
    if ((await statOrUndefined(notFoundPage))?.isFile())
      return sendFile(req, res, notFoundPage, '/404.html', 404, headers)
    sendText(res, 404, 'Not Found\n', headers)
  }

  const security =
    options.security ?? siteSecurityHeaders({ formOrigins: [cmsUrl()], production: isProductionDeployment() })
  return createServer((req, res) => {
    for (const [name, value] of Object.entries(security)) res.setHeader(name, value)
    res.setHeader('X-Content-Type-Options', 'nosniff')
    respond(req, res).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ERR_STREAM_PREMATURE_CLOSE' && code !== 'ERR_STREAM_UNABLE_TO_PIPE')
        console.error(`static server: ${req.method} ${req.url}: ${String(error)}`)
      if (!res.headersSent) sendText(res, 500, 'Internal Server Error\n')
      else res.destroy()
    })
  })
}
