/**
 * The W3C Nu HTML checker (vnu.jar from the vnu-jar package) run by the machine's Java over many
 * files at once: one JVM start for the lot. No Java, a Java too old for vnu.jar, or output that is
 * not vnu's JSON is an error saying so, never an empty result.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'

/** One message of vnu's JSON output (https://github.com/validator/validator/wiki/Output-»-JSON). */
export interface NuMessage {
  /** "error", "info" (subType "warning" for warnings) or "non-document-error" (the file could not be read or parsed). */
  type: string
  subType?: string
  /** The file, as a file: URL. */
  url?: string
  message: string
  firstLine?: number
  lastLine?: number
  firstColumn?: number
  lastColumn?: number
  extract?: string
}

export const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')

const JAVA = 'java'

const noJava = () =>
  new Error(
    `The W3C Nu HTML checker (${vnuJar}) runs on Java, and there is no "${JAVA}" command on this machine's PATH. ` +
      'Install a Java runtime, version 11 or later (Debian: apt-get install default-jre-headless; .ci/run does this on CI).',
  )

/** Check `files` (paths of .html files) with vnu; every message it gives, errors and warnings. */
export const checkHtmlFiles = (files: readonly string[]): Promise<NuMessage[]> =>
  new Promise((resolve, reject) => {
    if (files.length === 0) return reject(new Error('checkHtmlFiles: no files to check.'))
    // vnu writes its report to stderr; exit status 1 means it found errors, which is a result, not a failure.
    const child = spawn(JAVA, ['-jar', vnuJar, '--format', 'json', '--skip-non-html', ...files], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? noJava() : error))
    child.on('close', (code) => {
      // The report is one JSON object; Java may print notes (JAVA_TOOL_OPTIONS, say) before it.
      const start = stderr.indexOf('{"')
      const output = `${stdout}${stderr}`.trim()
      if (start < 0)
        return reject(
          new Error(
            `vnu.jar (java -jar ${vnuJar}) exited with ${code} and gave no JSON report:\n${output || '(no output)'}`,
          ),
        )
      let report: { messages?: unknown }
      try {
        report = JSON.parse(stderr.slice(start)) as { messages?: unknown }
      } catch (error) {
        return reject(new Error(`vnu.jar's report is not JSON (${(error as Error).message}):\n${output}`))
      }
      if (!Array.isArray(report.messages))
        return reject(new Error(`vnu.jar's report has no "messages" list:\n${output}`))
      if (code !== 0 && !report.messages.some((m: NuMessage) => m.type !== 'info'))
        return reject(new Error(`vnu.jar exited with ${code} but reported no error:\n${output}`))
      resolve(report.messages as NuMessage[])
    })
  })

/** Whether a message fails the page: errors (including fatal ones) and files vnu could not check. */
export const isError = (m: NuMessage) => m.type === 'error' || m.type === 'non-document-error'

/** "line 1, column 345: message [extract]", the extract on one line and cut to 160 characters. */
export const describeMessage = (m: NuMessage): string => {
  const line = m.lastLine ?? m.firstLine
  const where = line === undefined ? 'whole file' : `line ${line}, column ${m.firstColumn ?? m.lastColumn ?? '?'}`
  const extract = m.extract?.replace(/\s+/g, ' ').trim()
  const shown = extract ? ` [${extract.length > 160 ? `${extract.slice(0, 157)}...` : extract}]` : ''
  return `${where}: ${m.message}${shown}`
}
