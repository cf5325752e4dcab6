/**
 * The real SiteBuilder: `site/bin/build.ts` in a child process (an Astro build holds a lot of
 * memory for a short time; the process that serves and publishes should not carry it), reading
 * what is published now from the database, into the build's fresh folder, incremental from the
 * live build when there is one. Its JSON report says
 * how it went; for invalid published data, which record and field to fix. Output goes to this
 * process's log, and the last lines of it into the failure when there is no report.
 */
import { spawn } from 'node:child_process'
import { mkdir, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { SnapshotProblem } from '../../schemas/snapshot.ts'
import type { BuildOutcome, OffendingRecord, SiteBuilder } from './publisher.ts'

const TAIL_LINES = 30

type Report = { ok: true; pages: number } | { ok: false; error: string; problems?: SnapshotProblem[] }

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

export const siteBuildProcess =
  (options: { rootDir: string; workDir: string; env?: NodeJS.ProcessEnv; echo?: boolean }): SiteBuilder =>
  async (folder, previous) => {
    await mkdir(options.workDir, { recursive: true })
    const name = path.basename(folder)
    const reportFile = path.join(options.workDir, `${name}.report.json`)
    const snapshotFile = path.join(options.workDir, `${name}.snapshot.json`)
    const tsx = createRequire(import.meta.url).resolve('tsx/cli')
    const tail: string[] = []
    const keep = (chunk: Buffer, stream: NodeJS.WriteStream) => {
      if (options.echo !== false) stream.write(chunk)
      tail.push(...chunk.toString('utf8').split('\n').filter((l) => l.trim() !== ''))
      if (tail.length > TAIL_LINES) tail.splice(0, tail.length - TAIL_LINES)
    }
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [tsx, path.join(options.rootDir, 'site/bin/build.ts'), '--out', folder, '--report', reportFile, '--snapshot-out', snapshotFile, ...(previous ? ['--previous', previous] : [])], {
        cwd: options.rootDir,
        env: options.env ?? process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      child.stdout.on('data', (c: Buffer) => keep(c, process.stdout))
      child.stderr.on('data', (c: Buffer) => keep(c, process.stderr))
      child.on('error', reject)
      child.on('exit', resolve)
    })
    let report: Report | undefined
    try {
      report = JSON.parse(await readFile(reportFile, 'utf8')) as Report
    } catch {
      report = undefined
    }
    await rm(reportFile, { force: true })
    await rm(snapshotFile, { force: true })
    if (exitCode === 0 && report?.ok) return { ok: true, pages: report.pages }
    const outcome: BuildOutcome = {
      ok: false,
      error: report && !report.ok ? report.error : `The site build stopped (exit code ${String(exitCode)}). Its last messages:\n${tail.join('\n')}`,
    }
    const record = report && !report.ok ? offendingRecordOf(report.problems) : undefined
    return record ? { ...outcome, record } : outcome
  }
