/**
 * Edit to live: how long from a staff member's save to the change being on the public site.
 * Starts the product as `npm start` does (on a fresh data folder, seeded with the demo, unless
 * --data-dir names one), signs in as hub staff through the REST API, then `--runs` times: saves a
 * session with a new booking note (published), and polls the served service page every 100 ms
 * until the note is there. Prints each run's seconds (save answered, page showing it), the median,
 * and the publisher's own build times from the Site builds rows.
 *
 *   npm run bench:publish -- [--runs 3] [--port 3300] [--data-dir /tmp/x]
 *
 * Writes tools/bench/results/publish-<date>.json. Asserts nothing: timings belong here, never in tests.
 * Target (issue 6): under 20 s on the demo data.
 */
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { demoAccounts } from '../../cms/demo/demo-accounts.ts'

const root = path.resolve(import.meta.dirname, '../..')
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '3300' },
    'data-dir': { type: 'string' },
  },
})
const runs = Number(values.runs)
const port = Number(values.port)
const admin = `http://localhost:${port}`
const site = `http://localhost:${port + 1}`
const dataDir = values['data-dir'] ?? (await mkdtemp(path.join(tmpdir(), 'family-hub-bench-publish-')))

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const seconds = (ms: number) => Math.round(ms / 100) / 10

const waitFor = async (what: string, check: () => Promise<boolean>, timeoutMs: number) => {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return
    await sleep(100)
  }
  throw new Error(`Gave up waiting for ${what} after ${timeoutMs / 1000} s`)
}

console.log(`Starting the product on ${admin} (public site ${site}), data in ${dataDir}...`)
const product = spawn('npm', ['start'], {
  cwd: root,
  env: {
    ...process.env,
    PORT: String(port),
    SITE_PORT: String(port + 1),
    DATA_DIR: dataDir,
    NEXT_TELEMETRY_DISABLED: '1',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
})
const log: string[] = []
product.stdout.on('data', (c: Buffer) => log.push(c.toString()))
product.stderr.on('data', (c: Buffer) => log.push(c.toString()))
const stop = () => {
  try {
    process.kill(-product.pid!, 'SIGTERM')
  } catch {
    // Already stopped.
  }
}
process.on('exit', stop)

try {
  await waitFor('the admin', async () => (await fetch(`${admin}/admin/login`)).ok, 900_000)
  await waitFor('the public site', async () => (await fetch(`${site}/`)).ok, 300_000)
  const staff = demoAccounts.find((a) => a.role === 'hub-staff')!
  const login = await fetch(`${admin}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: staff.email, password: staff.password }),
  })
  const { token } = (await login.json()) as { token: string }
  const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
  const found = await fetch(`${admin}/api/sessions?where[slug][like]=stay-and-play-birchwood&depth=1&limit=1`, {
    headers: auth,
  })
  const session = ((await found.json()) as { docs: { id: number; title: string; service: { slug: string } }[] })
    .docs[0]!
  const page = `${site}/services/${session.service.slug}/`
  console.log(`Session: ${session.title}; watching ${page}\n`)

  const results: { run: number; saveSeconds: number; liveSeconds: number }[] = []
  for (let run = 1; run <= runs; run += 1) {
    // Let any build from the previous run finish first, so each run starts from a quiet publisher.
    await sleep(3000)
    const marker = `Bench run ${run} ${Date.now()}: bring a towel.`
    const started = performance.now()
    const saved = await fetch(`${admin}/api/sessions/${session.id}`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ bookingNotes: marker, _status: 'published' }),
    })
    if (!saved.ok) throw new Error(`The save was refused: ${saved.status} ${await saved.text()}`)
    const saveSeconds = seconds(performance.now() - started)
    await waitFor(
      'the change on the public site',
      async () => (await (await fetch(page)).text()).includes(marker),
      180_000,
    )
    const liveSeconds = seconds(performance.now() - started)
    results.push({ run, saveSeconds, liveSeconds })
    console.log(`run ${run}: saved in ${saveSeconds} s, live after ${liveSeconds} s`)
  }
  const sorted = results.map((r) => r.liveSeconds).sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)]!
  const builds = await fetch(`${admin}/api/site-builds?sort=-requestedAt&limit=${runs}&depth=0`, { headers: auth })
  const rows = ((await builds.json()) as { docs: { durationSeconds?: number; status: string; summary?: string }[] })
    .docs
  console.log(`\nEdit to live (median of ${runs}): ${median} s (target: under 20 s)`)
  console.log(`Publisher builds: ${rows.map((r) => `${r.status} in ${r.durationSeconds ?? '?'} s`).join('; ')}`)
  const resultsDir = path.join(root, 'tools/bench/results')
  await mkdir(resultsDir, { recursive: true })
  const file = path.join(resultsDir, `publish-${new Date().toISOString().slice(0, 10)}.json`)
  await writeFile(file, JSON.stringify({ runs: results, medianSeconds: median, builds: rows }, null, 2))
  console.log(`Wrote ${path.relative(root, file)}`)
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  console.error(log.join('').split('\n').slice(-40).join('\n'))
  process.exitCode = 1
} finally {
  stop()
}
