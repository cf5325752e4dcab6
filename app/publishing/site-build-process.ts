/**
 * The real SiteBuilder. The CMS writes a checked snapshot of what is published (in this process,
 * where Payload is already open); the site build (`site/bin/build.ts`) then runs on that file in a
 * child process (an Astro build holds a lot of memory for a short time; the process that serves
 * and publishes should not carry it), into the build's fresh folder, incremental from the live
 * build when there is one. Its JSON report says how it went. Invalid published data stops before
 * the build, naming the record and field to fix. Output goes to this process's log, and the last
 * lines of it into the failure when there is no report.
 */
import { spawn } from 'node:child_process'
import { mkdir, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Payload } from 'payload'
import { writeCheckedSnapshot } from '../../cms/publishing/published-snapshot.ts'
import { SnapshotError, type SnapshotProblem } from '../../core/records/snapshot.ts'
import type { BuildOutcome, OffendingRecord, SiteBuilder } from './publisher.ts'

const TAIL_LINES = 30

type Report = { ok: true; pages: number } | { ok: false; error: string }

export const offendingRecordOf = (problems: readonly SnapshotProblem[] | undefined): OffendingRecord | undefined => {
  const first = problems?.[0]
  if (!first) return undefined
  return {
    collection: first.collection,
    ...(first.id !== undefined ? { recordId: String(first.id) } : {}),
    ...(first.record ? { name: first.record } : {}),
    ...(first.field ? { field: first.field } : {}),
    message: first.message,
  }
}

export interface SiteBuildProcessOptions {
  payload: Payload
  rootDir: string
  workDir: string
  env?: NodeJS.ProcessEnv
  echo?: boolean
}

/** Run `site/bin/build.ts` on a snapshot file; resolves with its exit code and last lines of output. */
const runSiteBuild = (
  options: SiteBuildProcessOptions,
  args: string[],
): Promise<{ exitCode: number | null; tail: string[] }> => {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli')
  const tail: string[] = []
  const keep = (chunk: Buffer, stream: NodeJS.WriteStream) => {
    if (options.echo !== false) stream.write(chunk)
    tail.push(
      ...chunk
        .toString('utf8')
        .split('\n')
        .filter((l) => l.trim() !== ''),
    )
    if (tail.length > TAIL_LINES) tail.splice(0, tail.length - TAIL_LINES)
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, path.join(options.rootDir, 'site/bin/build.ts'), ...args], {
      cwd: options.rootDir,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (c: Buffer) => keep(c, process.stdout))
    child.stderr.on('data', (c: Buffer) => keep(c, process.stderr))
    child.on('error', reject)
    child.on('exit', (exitCode) => resolve({ exitCode, tail }))
  })
}

export const siteBuildProcess =
  (options: SiteBuildProcessOptions): SiteBuilder =>
  async (folder, previous) => {
    await mkdir(options.workDir, { recursive: true })
    const name = path.basename(folder)
    const reportFile = path.join(options.workDir, `${name}.report.json`)
    const snapshotFile = path.join(options.workDir, `${name}.snapshot.json`)
    try {
      try {
        await writeCheckedSnapshot(options.payload, snapshotFile)
      } catch (error) {
        if (!(error instanceof SnapshotError)) throw error
        const record = offendingRecordOf(error.problems)
        return { ok: false, error: error.message, ...(record ? { record } : {}) }
      }
      const args = [
        '--snapshot',
        snapshotFile,
        '--out',
        folder,
        '--report',
        reportFile,
        ...(previous ? ['--previous', previous] : []),
      ]
      const { exitCode, tail } = await runSiteBuild(options, args)
      let report: Report | undefined
      try {
        report = JSON.parse(await readFile(reportFile, 'utf8')) as Report
      } catch {
        report = undefined
      }
      if (exitCode === 0 && report?.ok) return { ok: true, pages: report.pages }
      return {
        ok: false,
        error:
          report && !report.ok
            ? report.error
            : `The site build stopped (exit code ${String(exitCode)}). Its last messages:\n${tail.join('\n')}`,
      } satisfies BuildOutcome
    } finally {
      await rm(reportFile, { force: true })
      await rm(snapshotFile, { force: true })
    }
  }
