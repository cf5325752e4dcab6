/**
 * Load on loopback: the public site's static server and its live Open Referral UK API, each for
 * `--duration` seconds with `--connections` concurrent connections (default 30 s × 50), through
 * autocannon. The site is built from the demo fixture (or `--snapshot`, or served from `--dir`),
 * and served by site/bin/serve.ts in its own process, as `npm start` serves it, so the load
 * generator and the server do not share an event loop.
 *
 *   npm run bench:load -- [--duration 30] [--connections 50] [--snapshot data/gen-5000.json | --dir dist]
 *
 * Prints, per target: requests per second (mean), latency p50/p99/max, throughput, and errors
 * (socket errors, timeouts and any answer other than 2xx). Exits 1 if there was any error: none
 * are allowed. Writes tools/bench/results/load-<date>.json.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'

const root = path.resolve(import.meta.dirname, '../..')
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '50' },
    snapshot: { type: 'string', default: 'tests/fixtures/demo-snapshot.json' },
    dir: { type: 'string' },
    port: { type: 'string', default: '4480' },
  },
})
const duration = Number(values.duration)
const connections = Number(values.connections)
const port = Number(values.port)
const base = `http://127.0.0.1:${port}`

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// The site to serve.
let dir = values.dir ? path.resolve(values.dir) : ''
if (!dir) {
  dir = await mkdtemp(path.join(tmpdir(), 'family-hub-bench-load-'))
  console.log(`Building the site from ${values.snapshot} into ${dir}...`)
  const build = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'site/bin/build.ts', '--snapshot', values.snapshot, '--out', dir],
    { cwd: root, stdio: 'inherit' },
  )
  if (build.status !== 0) throw new Error('The site did not build.')
}

// What families and API clients ask for: pages of every kind and the files they load; list
// queries of the live API with paging, words, filters and a postcode.
const snapshot = JSON.parse(await readFile(path.resolve(root, values.snapshot), 'utf8')) as {
  collections: {
    hubs: { slug: string }[]
    services: { slug: string }[]
    articles: { slug: string }[]
    venues: { postcode: string }[]
  }
}
const c = snapshot.collections
const pick = <T>(items: T[], n: number): T[] =>
  items.filter((_, i) => i % Math.max(1, Math.floor(items.length / n)) === 0).slice(0, n)
const pagePaths = [
  '/',
  '/search/',
  '/whats-on/',
  '/hubs/',
  '/services/',
  '/advice/',
  ...pick(c.hubs, 10).map((h) => `/hubs/${h.slug}/`),
  ...pick(c.services, 20).map((s) => `/services/${s.slug}/`),
  ...pick(c.articles, 5).map((a) => `/advice/${a.slug}/`),
  ...pick(c.hubs, 5).map((h) => `/calendars/hubs/${h.slug}.ics`),
  '/pagefind/pagefind.js',
  '/favicon.svg',
  '/sitemap.xml',
]
const postcodes = pick(c.venues, 5).map((v) => encodeURIComponent(v.postcode))
const apiPaths = [
  '/api/services',
  '/api/services?page=2&per_page=20',
  '/api/services?search=stay+and+play',
  '/api/services?search=baby&per_page=50',
  ...postcodes.map((p) => `/api/service_at_locations?postcode=${p}&proximity=5`),
  '/api/service_at_locations?page=3',
  '/api/organizations',
  '/api/taxonomies',
  '/api/taxonomy_terms?per_page=100',
]

console.log(`Serving ${dir} on ${base} (site/bin/serve.ts, its own process)...`)
const server = spawn(process.execPath, ['--import', 'tsx', 'site/bin/serve.ts', '--dir', dir, '--port', String(port)], {
  cwd: root,
  env: { ...process.env, SITE_HOST: '127.0.0.1' },
  stdio: ['ignore', 'inherit', 'inherit'],
})
try {
  for (let tries = 0; ; tries++) {
    const ok = await fetch(`${base}/`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    if (tries > 150) throw new Error('The static server did not start.')
    await sleep(200)
  }
  // Taxonomy filters by the export's term ids (UUIDs), read from the API itself.
  const terms = (await (await fetch(`${base}/api/taxonomy_terms?per_page=100`)).json()) as {
    contents?: { id: string }[]
  }
  const api = [...apiPaths, ...(terms.contents ?? []).slice(0, 5).map((t) => `/api/services?taxonomy_term_id=${t.id}`)]
  // Every address answers before the load starts: an error below is load, not a wrong path.
  for (const address of [...pagePaths, ...api]) {
    const response = await fetch(base + address)
    if (!response.ok)
      throw new Error(`${address} answers ${response.status} before any load: fix the list of addresses.`)
  }

  const targets = [
    { name: 'static site', paths: pagePaths },
    { name: 'live open-data API', paths: api },
  ]
  const rows: Record<string, unknown>[] = []
  let failed = false
  for (const target of targets) {
    console.log(
      `\n${target.name}: ${target.paths.length} addresses in turn, ${connections} connections, ${duration} s...`,
    )
    const result = await autocannon({
      url: base,
      connections,
      duration,
      timeout: 10,
      headers: { 'accept-encoding': 'br, gzip' },
      requests: target.paths.map((p) => ({ method: 'GET', path: p })),
    })
    const errors = result.errors + result.timeouts + result.non2xx
    if (errors > 0) failed = true
    rows.push({
      target: target.name,
      addresses: target.paths.length,
      requests: result.requests.total,
      'requests per second': Math.round(result.requests.mean),
      'latency p50 (ms)': result.latency.p50,
      'latency p99 (ms)': result.latency.p99,
      'latency max (ms)': result.latency.max,
      'throughput (MB/s)': Math.round((result.throughput.mean / 1e6) * 10) / 10,
      errors,
      'socket errors': result.errors,
      timeouts: result.timeouts,
      'not 2xx': result.non2xx,
    })
  }

  const names = Object.keys(rows[0] ?? {})
  const width = Math.max(...names.map((n) => n.length))
  console.log(
    `\nLoad on loopback, ${connections} connections × ${duration} s per target (${new Date().toISOString()}):`,
  )
  console.log(`${''.padEnd(width)}  ${rows.map((r) => String(r.target).padStart(20)).join('')}`)
  for (const name of names.slice(1))
    console.log(`${name.padEnd(width)}  ${rows.map((r) => String(r[name]).padStart(20)).join('')}`)

  await mkdir(path.join(root, 'tools/bench/results'), { recursive: true })
  const file = path.join(root, 'tools/bench/results', `load-${new Date().toISOString().slice(0, 10)}.json`)
  await writeFile(
    file,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        duration,
        connections,
        snapshot: values.dir ? undefined : values.snapshot,
        dir: values.dir,
        rows,
      },
      null,
      2,
    ) + '\n',
  )
  console.log(`\nWritten to ${path.relative(root, file)}.`)
  if (failed) {
    console.error('Errors under load: none are allowed.')
    process.exitCode = 1
  }
} finally {
  server.kill('SIGTERM')
}
