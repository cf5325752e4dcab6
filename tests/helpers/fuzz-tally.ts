/**
 * What a fuzz run did, counted per endpoint, group (collection or parameter) and role: inputs
 * tried, refused, accepted, and errors (an input whose answer broke a rule: a 500, an unexpected
 * status, a refusal naming no field, something stored on refusal). The table is printed to stdout
 * and appended to test-results/fuzz-counts.txt; the first failures are kept with their input so a
 * run can be read and reproduced (with the seed printed above the table).
 */
import { appendFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'

export type FuzzOutcome = 'accepted' | 'refused' | 'error'

interface Row {
  endpoint: string
  group: string
  role: string
  tried: number
  refused: number
  accepted: number
  errors: number
}

/** A fixed seed unless FUZZ_SEED says otherwise, so every run (and CI) tries the same inputs. */
export const fuzzSeed = (): number => {
  const seed = Number(process.env.FUZZ_SEED ?? 20260309)
  if (!Number.isSafeInteger(seed))
    throw new Error(
      `FUZZ_SEED "${process.env.FUZZ_SEED}" is not a whole number. Give one like FUZZ_SEED=42, or leave it out.`,
    )
  return seed
}

/** Inputs per case: `fallback` unless FUZZ_RUNS asks for more (or fewer) locally. */
export const fuzzRuns = (fallback: number): number => {
  if (process.env.FUZZ_RUNS === undefined) return fallback
  const runs = Number(process.env.FUZZ_RUNS)
  if (!Number.isSafeInteger(runs) || runs < 1)
    throw new Error(
      `FUZZ_RUNS "${process.env.FUZZ_RUNS}" is not a number of runs. Give a whole number from 1, like FUZZ_RUNS=200, or leave it out.`,
    )
  return runs
}

/** A seed of its own for each case, from the run's seed and the case's name, so adding a case does not change the others' inputs. */
export const caseSeed = (seed: number, name: string): number => {
  let hash = seed | 0
  for (const ch of name) hash = (Math.imul(hash, 31) + ch.charCodeAt(0)) | 0
  return hash
}

/** `runs` values of an arbitrary, the same ones for the same seed. */
export const sampleInputs = <T>(arbitrary: fc.Arbitrary<T>, seed: number, runs: number): T[] =>
  fc.sample(arbitrary, { seed, numRuns: runs })

/** A value as shown in a failure: short. */
export const shown = (value: unknown, max = 300): string => {
  let text: string
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value))
  } catch {
    text = String(value)
  }
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text
}

const MAX_KEPT_FAILURES = 40

export const createTally = (title: string) => {
  const rows = new Map<string, Row>()
  const failures: string[] = []
  let failureCount = 0
  return {
    record(endpoint: string, group: string, role: string, outcome: FuzzOutcome, failure?: string) {
      const key = `${endpoint}\0${group}\0${role}`
      const row = rows.get(key) ?? { endpoint, group, role, tried: 0, refused: 0, accepted: 0, errors: 0 }
      rows.set(key, row)
      row.tried++
      if (outcome === 'accepted') row.accepted++
      else if (outcome === 'refused') row.refused++
      else {
        row.errors++
        failureCount++
        if (failures.length < MAX_KEPT_FAILURES)
          failures.push(`${endpoint} ${group} as ${role}: ${failure ?? 'failed'}`)
      }
    },
    /** The failures kept (the first few), each naming the input. */
    failures: () => [...failures],
    failureCount: () => failureCount,
    totals: () =>
      [...rows.values()].reduce(
        (t, r) => ({
          tried: t.tried + r.tried,
          refused: t.refused + r.refused,
          accepted: t.accepted + r.accepted,
          errors: t.errors + r.errors,
        }),
        { tried: 0, refused: 0, accepted: 0, errors: 0 },
      ),
    table(): string {
      const all = [...rows.values()]
      const totals = this.totals()
      const header = ['endpoint', 'collection / parameter', 'role', 'tried', 'refused', 'accepted', 'errors']
      const body = all.map((r) => [
        r.endpoint,
        r.group,
        r.role,
        String(r.tried),
        String(r.refused),
        String(r.accepted),
        String(r.errors),
      ])
      const total = [
        'total',
        '',
        '',
        String(totals.tried),
        String(totals.refused),
        String(totals.accepted),
        String(totals.errors),
      ]
      const widths = header.map((h, i) => Math.max(h.length, ...[...body, total].map((row) => row[i]!.length)))
      const line = (cells: string[]) =>
        `| ${cells.map((c, i) => (i >= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`
      const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`
      return [line(header), rule, ...body.map(line), rule, line(total)].join('\n')
    },
    /** Print the table (with the seed and runs that reproduce it) and append it to test-results/fuzz-counts.txt. */
    report(seed: number, runs: number): string {
      const text = `\n${title} (seed ${seed}, ${runs} runs per case; FUZZ_SEED and FUZZ_RUNS change them)\n${this.table()}\n${failureCount > 0 ? `\n${failureCount} failures, the first ${failures.length}:\n${failures.join('\n')}\n` : ''}`
      process.stdout.write(text)
      const dir = path.resolve(import.meta.dirname, '../../test-results')
      mkdirSync(dir, { recursive: true })
      appendFileSync(path.join(dir, 'fuzz-counts.txt'), `${new Date().toISOString()}${text}\n`)
      return text
    },
  }
}

export type Tally = ReturnType<typeof createTally>
