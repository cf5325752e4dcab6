/**
 * The live Open Referral UK API of the public site: `/api` and everything under `/api/`, answered
 * from the live build's bulk file (open-data/open-referral-uk.json), so the answers are the same
 * documents as the build's static export, at the same addresses (`/api/services/index.json`,
 * `/api/services/page/2.json`, `/api/services/<id>.json` and trailing slashes work too), plus the
 * query parameters a static host cannot answer (site/shared/open-data-query/query.ts).
 *
 * GET and HEAD; OPTIONS answers CORS preflights. Every answer is JSON, readable from any origin
 * (no credentials), cached for a minute, brotli- or gzip-compressed over 1 KB when the client
 * accepts it. Errors: 400 `{ status, message, errors: [{ parameter, message }] }`, 404 for an
 * unknown address or id, 503 before anything is published. The dataset is loaded once per build:
 * cached by the root folder's real path and the file's modification time, so a publisher swapping
 * the live folder is picked up on the next request, and concurrent first requests share one load.
 */
import { readFile, realpath, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants as zlib, gzip } from 'node:zlib'
import { datasetOfFile } from '../../core/open-referral/index.ts'
import { OPEN_DATA_FILE } from '../shared/open-data-files.ts'
import { shardFileName, type PostcodeShard } from '../shared/postcode-lookup.ts'
import { openReferralIndexOf, type OpenReferralIndex } from '../shared/open-data-query/index.ts'
import {
  answerList,
  LIST_ENDPOINTS,
  readListQuery,
  unknownParameters,
  type ListEndpoint,
  type ParameterError,
} from '../shared/open-data-query/query.ts'
import { negotiateEncoding } from './static-server.ts'

export type OpenReferralApiHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  query: URLSearchParams,
  root?: string,
) => Promise<boolean>

export interface OpenReferralApiOptions {
  /** The live build's folder, read on each request that does not pass its own. */
  root: () => string
}

const JSON_TYPE = 'application/json; charset=utf-8'
const NDJSON_TYPE = 'application/x-ndjson; charset=utf-8'
const MIN_COMPRESS_BYTES = 1024
const CORS = { 'Access-Control-Allow-Origin': '*' }
const compressors = {
  br: (data: Buffer) =>
    promisify(brotliCompress)(data, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: data.length },
    }),
  gzip: (data: Buffer) => promisify(gzip)(data, { level: 6 }),
}

/** What one request asks for, from the path under /api. */
type Route =
  | { kind: 'meta' }
  | { kind: 'list'; list: ListEndpoint; page?: number }
  | { kind: 'item'; list: ListEndpoint; id: string }
  | { kind: 'unknown' }

/** The route of a path's segments after "api", in the API's and the static files' forms. */
export const routeOf = (segments: readonly string[]): Route => {
  const parts = segments.at(-1) === 'index.json' ? segments.slice(0, -1) : segments
  const [list, second, third, ...more] = parts
  if (list === undefined) return { kind: 'meta' }
  if (!(LIST_ENDPOINTS as readonly string[]).includes(list) || more.length > 0) return { kind: 'unknown' }
  const endpoint = list as ListEndpoint
  if (second === undefined) return { kind: 'list', list: endpoint }
  if (second === 'page') {
    const n = /^([1-9]\d{0,8})(\.json)?$/.exec(third ?? '')
    return n ? { kind: 'list', list: endpoint, page: Number(n[1]) } : { kind: 'unknown' }
  }
  if (third !== undefined) return { kind: 'unknown' }
  return { kind: 'item', list: endpoint, id: second.toLowerCase().replace(/\.json$/, '') }
}

const singular: Record<ListEndpoint, string> = {
  services: 'service',
  service_at_locations: 'service at a location',
  organizations: 'organization',
  taxonomies: 'taxonomy',
  taxonomy_terms: 'taxonomy term',
}

const itemOf = (index: OpenReferralIndex, list: ListEndpoint, id: string): unknown => {
  switch (list) {
    case 'services':
      return index.serviceById.get(id)?.full
    case 'service_at_locations':
      return index.serviceAtLocationById.get(id)?.full
    case 'organizations':
      return index.organizationById.get(id)
    case 'taxonomies':
      return index.taxonomyById.get(id)
    case 'taxonomy_terms':
      return index.taxonomyTermById.get(id)
  }
}

const readShard =
  (root: string) =>
  async (outcode: string): Promise<PostcodeShard | null> => {
    try {
      return JSON.parse(await readFile(path.join(root, 'postcodes', shardFileName(outcode)), 'utf8')) as PostcodeShard
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
  }

/** The index of the dataset in a root folder, or undefined when nothing is published there; one load per file version. */
const datasetLoader = () => {
  let cached: { key: string; index: Promise<OpenReferralIndex> } | undefined
  return async (root: string): Promise<OpenReferralIndex | undefined> => {
    let real: string
    let info
    try {
      real = await realpath(root)
      info = await stat(path.join(real, ...OPEN_DATA_FILE.split('/')))
    } catch (error) {
      if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined
      throw error
    }
    const key = `${real}\0${info.mtimeMs}\0${info.size}`
    if (cached?.key !== key) {
      const index = readFile(path.join(real, ...OPEN_DATA_FILE.split('/')), 'utf8').then((text) =>
        openReferralIndexOf(datasetOfFile(JSON.parse(text))),
      )
      const entry = { key, index }
      cached = entry
      // A failed load is tried again on the next request.
      index.catch(() => {
        if (cached === entry) cached = undefined
      })
    }
    return cached.index
  }
}

export const createOpenReferralApi = (options: OpenReferralApiOptions): OpenReferralApiHandler => {
  const load = datasetLoader()

  const send = async (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    body: string,
    contentType = JSON_TYPE,
  ) => {
    const headers: Record<string, string | number> = {
      ...CORS,
      'Content-Type': contentType,
      'Cache-Control': status >= 500 ? 'no-store' : 'public, max-age=60',
      Vary: 'Accept-Encoding',
    }
    let bytes = Buffer.from(body)
    const encoding =
      req.method === 'GET' && bytes.length > MIN_COMPRESS_BYTES
        ? negotiateEncoding(req.headers['accept-encoding'])
        : undefined
    if (encoding) {
      bytes = await compressors[encoding](bytes)
      headers['Content-Encoding'] = encoding
    }
    res.writeHead(status, { ...headers, 'Content-Length': bytes.length })
    res.end(req.method === 'HEAD' ? undefined : bytes)
  }
  const sendJson = (req: IncomingMessage, res: ServerResponse, status: number, body: unknown) =>
    send(req, res, status, JSON.stringify(body))
  const badRequest = (req: IncomingMessage, res: ServerResponse, errors: ParameterError[]) =>
    sendJson(req, res, 400, { status: 400, message: errors.map((e) => e.message).join(' '), errors })
  const notFound = (req: IncomingMessage, res: ServerResponse, message: string) =>
    sendJson(req, res, 404, { status: 404, message })

  /** Answer a GET or HEAD of an address under /api. */
  const answer = async (
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
    query: URLSearchParams,
    route: Route,
    root: string,
  ): Promise<void> => {
    if (route.kind === 'unknown')
      return notFound(
        req,
        res,
        `There is nothing at ${pathname}. The API's lists are ${LIST_ENDPOINTS.map((l) => `/api/${l}`).join(', ')}.`,
      )
    let index: OpenReferralIndex | undefined
    try {
      index = await load(root)
    } catch (error) {
      console.error(`open referral api: cannot read ${path.join(root, OPEN_DATA_FILE)}: ${String(error)}`)
      return sendJson(req, res, 500, {
        status: 500,
        message: 'The published data could not be read. Try again in a minute.',
      })
    }
    if (!index)
      return sendJson(req, res, 503, {
        status: 503,
        message: 'Nothing has been published yet, so the API has no data. Try again once the site has been published.',
      })

    if (route.kind === 'meta') {
      const errors = unknownParameters('/api', query, [])
      return errors.length > 0 ? badRequest(req, res, errors) : sendJson(req, res, 200, index.meta)
    }
    if (route.kind === 'item') {
      const errors = unknownParameters(`/api/${route.list}/{id}`, query, [])
      if (errors.length > 0) return badRequest(req, res, errors)
      const item = itemOf(index, route.list, route.id)
      return item === undefined
        ? notFound(req, res, `No ${singular[route.list]} has the id "${route.id}".`)
        : sendJson(req, res, 200, item)
    }
    const read = await readListQuery(route.list, query, readShard(root), route.page)
    if (!read.ok) return badRequest(req, res, read.errors)
    const list = answerList(index, route.list, read.value.query, read.value.origin)
    if (list.format === 'ndjson')
      return send(req, res, 200, list.items.map((item) => `${JSON.stringify(item)}\n`).join(''), NDJSON_TYPE)
    return sendJson(req, res, 200, list.page)
  }

  return async (req, res, pathname, query, root) => {
    const segments = pathname.split('/').filter(Boolean)
    if (segments[0] !== 'api') return false
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...CORS,
        'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
        'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? 'Accept, Accept-Encoding',
        'Access-Control-Max-Age': '86400',
        'Content-Length': 0,
      })
      res.end()
      return true
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    await answer(req, res, pathname, query, routeOf(segments.slice(1)), root ?? options.root())
    return true
  }
}
