/**
 * `npm run generate:snapshot -- --services 5000 [--seed 1] [--published-at 2026-11-23T09:00:00Z] --out data/generated-5000.json`
 *
 * Write a synthetic directory of that many services as a snapshot file (tools/generate/generate-snapshot.ts):
 * the same options always give the same bytes. The file is checked with `parseSnapshot` before it
 * is written, so `npm run build:site -- --snapshot <file>` can build from it straight away.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { parseSnapshot, SnapshotError } from '../../../core/records/snapshot.ts'
import { generateSnapshot } from '../generate-snapshot.ts'

const { values } = parseArgs({
  options: {
    services: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'published-at': { type: 'string' },
    out: { type: 'string' },
  },
})

const fail = (message: string): never => {
  console.error(message)
  process.exit(1)
}

const services = Number(values.services)
if (!values.services || !Number.isInteger(services) || services < 1)
  fail(`--services is required: a whole number of 1 or more, like --services 5000.`)
const seed = Number(values.seed)
if (!Number.isInteger(seed)) fail(`--seed "${values.seed}" is not a whole number: use --seed 1.`)
const publishedAt = values['published-at']
if (publishedAt !== undefined && Number.isNaN(Date.parse(publishedAt)))
  fail(`--published-at "${publishedAt}" is not an ISO date and time, like 2026-11-23T09:00:00Z.`)
const out = path.resolve(values.out ?? `data/generated-${services}.json`)

const started = performance.now()
const snapshot = generateSnapshot({ services, seed, ...(publishedAt ? { publishedAt } : {}) })
const generatedSeconds = (performance.now() - started) / 1000
try {
  parseSnapshot(snapshot)
} catch (error) {
  if (error instanceof SnapshotError)
    fail(`The generated snapshot is not valid (a bug in tools/generate/generate-snapshot.ts):\n${error.message}`)
  throw error
}
const text = `${JSON.stringify(snapshot)}\n`
await mkdir(path.dirname(out), { recursive: true })
await writeFile(out, text)

const c = snapshot.collections
const figures = (['hubs', 'venues', 'services', 'sessions', 'articles', 'term-dates'] as const).map(
  (k) => `${c[k].length.toLocaleString('en-GB')} ${k === 'term-dates' ? 'term dates and closures' : k}`,
)
console.log(
  `Wrote ${path.relative(process.cwd(), out)}: ${figures.join(', ')} (seed ${seed}; ${(Buffer.byteLength(text) / 2 ** 20).toFixed(1)} MiB; generated in ${generatedSeconds.toFixed(2)} s, checked in ${((performance.now() - started) / 1000 - generatedSeconds).toFixed(2)} s)`,
)
