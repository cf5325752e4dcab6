/**
 * Page weight budget for the public site, built from the fixture snapshot for the pinned date.
 *
 * For every page (each .html file except the search page, whose weight is Pagefind's, and
 * Pagefind's own files):
 *  - weight = gzip (zlib level 9) of the HTML + gzip of each stylesheet it links
 *    (<link rel="stylesheet" href>) + gzip of each script it references (<script src>,
 *    <link rel="modulepreload">, and the modules those import statically). Inline scripts are
 *    inside the HTML, so they are weighed once, within its gzip. Images and fonts are not counted.
 *    Under 60 KB (61,440 bytes).
 *  - JavaScript = uncompressed bytes of the referenced scripts (and their static imports) + inline
 *    <script> bodies, except data blocks (type="application/ld+json" and other non-script types).
 *    Under 10 KB (10,240 bytes).
 * A referenced local file that is missing fails the test; so does a stylesheet or script from
 * another host.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SITE_TODAY } from '../e2e/support/site-date.ts'

const PAGE_LIMIT = 61_440
const JS_LIMIT = 10_240
const root = path.resolve(import.meta.dirname, '../..')
const origin = 'http://site.invalid'

interface PageWeight {
  page: string
  html: number
  css: number
  js: number
  total: number
  jsBytes: number
}

let dist = ''
let pages: PageWeight[] = []
const problems: string[] = []

const run = (command: string, args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`)),
    )
  })

const htmlFiles = async (dir: string): Promise<string[]> => {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await htmlFiles(full)))
    else if (entry.name.endsWith('.html')) out.push(full)
  }
  return out
}

/** Attributes of one start tag, names lower-cased; values unquoted (no entity decoding needed for paths). */
const attributes = (tag: string): Map<string, string> => {
  const found = new Map<string, string>()
  const body = tag.replace(/^<\w+/, '').replace(/\/?>$/, '')
  for (const m of body.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    found.set(m[1]!.toLowerCase(), (m[2] ?? m[3] ?? m[4] ?? '').replace(/&amp;/g, '&'))
  }
  return found
}

/** The site path a file in dist is served at: services/x/index.html -> /services/x/. */
const pagePath = (file: string) => `/${path.relative(dist, file).split(path.sep).join('/')}`.replace(/index\.html$/, '')

/** Resolve a reference against the URL it appears at; undefined (and a problem noted) if it is not on this site. */
const localFile = (ref: string, base: string, where: string): string | undefined => {
  const url = new URL(ref, `${origin}${base}`)
  if (url.origin !== origin) {
    problems.push(`${where}: ${ref} is not on this site`)
    return undefined
  }
  const file = path.join(dist, decodeURIComponent(url.pathname))
  if (!file.startsWith(dist + path.sep) || !existsSync(file)) {
    problems.push(`${where}: ${ref} is missing (${path.relative(dist, file)})`)
    return undefined
  }
  return file
}

/** Static imports and re-exports with a path specifier ("./x.js", "../x.js", "/x.js"); dynamic import() is not counted. */
const staticImports = (code: string): string[] =>
  [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`](\.{0,2}\/[^"'`]+)["'`]/g)].map(
    (m) => m[1]!,
  )

const isScript = (type: string | undefined) =>
  type === undefined || type === '' || type === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/i.test(type)

const gzipCache = new Map<string, { raw: number; gz: number; text: string }>()
const load = async (file: string) => {
  let entry = gzipCache.get(file)
  if (!entry) {
    const bytes = await readFile(file)
    entry = { raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length, text: bytes.toString('utf8') }
    gzipCache.set(file, entry)
  }
  return entry
}

const weigh = async (file: string): Promise<PageWeight> => {
  const html = await readFile(file)
  const text = html.toString('utf8')
  const base = pagePath(file)
  const where = path.relative(dist, file)
  const stylesheets = new Set<string>()
  const scripts = new Set<string>()
  let inlineJs = 0

  // Scripts first, and their bodies removed, so no text inside a script is read as a tag.
  const pending: { code: string; base: string; module: boolean }[] = []
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = attributes(`<script${m[1]}>`)
    const type = attrs.get('type')?.trim().toLowerCase()
    if (!isScript(type)) continue
    const src = attrs.get('src')
    if (src !== undefined) {
      const found = localFile(src, base, where)
      if (found) scripts.add(found)
    } else {
      inlineJs += Buffer.byteLength(m[2]!, 'utf8')
      if (type === 'module') pending.push({ code: m[2]!, base, module: true })
    }
  }
  const markup = text.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
  for (const m of markup.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = attributes(m[0])
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/)
    const href = attrs.get('href')
    if (href === undefined) continue
    if (rel.includes('stylesheet')) {
      const found = localFile(href, base, where)
      if (found) stylesheets.add(found)
    } else if (rel.includes('modulepreload')) {
      const found = localFile(href, base, where)
      if (found) scripts.add(found)
    }
  }

  // Follow static imports from module scripts (files and inline), each file counted once.
  for (const file of scripts)
    pending.push({
      code: (await load(file)).text,
      base: `/${path.relative(dist, file).split(path.sep).join('/')}`,
      module: true,
    })
  while (pending.length > 0) {
    const { code, base: from } = pending.pop()!
    for (const spec of staticImports(code)) {
      const found = localFile(spec, from, `${where} (import in ${from})`)
      if (found && !scripts.has(found)) {
        scripts.add(found)
        pending.push({
          code: (await load(found)).text,
          base: `/${path.relative(dist, found).split(path.sep).join('/')}`,
          module: true,
        })
      }
    }
  }

  const htmlGz = gzipSync(html, { level: 9 }).length
  let css = 0
  for (const s of stylesheets) css += (await load(s)).gz
  let js = 0
  let jsBytes = inlineJs
  for (const s of scripts) {
    const entry = await load(s)
    js += entry.gz
    jsBytes += entry.raw
  }
  return { page: base, html: htmlGz, css, js, total: htmlGz + css + js, jsBytes }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
const row = (p: PageWeight) =>
  `${p.page}: ${p.total} bytes (${kb(p.total)}; HTML ${p.html}, CSS ${p.css}, JS ${p.js} gzip), JavaScript ${p.jsBytes} bytes uncompressed`

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'family-hub-budget-'))
  await run('npx', ['tsx', 'site/bin/build.ts', '--snapshot', 'tests/fixtures/demo-snapshot.json', '--out', dist], {
    ...process.env,
    SITE_TODAY,
  })
  const files = (await htmlFiles(dist)).filter((f) => {
    const rel = path.relative(dist, f).split(path.sep)
    return rel[0] !== 'search' && rel[0] !== 'pagefind'
  })
  pages = await Promise.all(files.map(weigh))
  const heaviest = [...pages].sort((a, b) => b.total - a.total).slice(0, 5)
  const mostJs = [...pages].sort((a, b) => b.jsBytes - a.jsBytes)[0]
  console.log(
    [
      `Page weight (gzip level 9; HTML + stylesheets + scripts): ${pages.length} pages`,
      'Heaviest 5:',
      ...heaviest.map((p) => `  ${row(p)}`),
      `Largest JavaScript total: ${mostJs ? `${mostJs.page}, ${mostJs.jsBytes} bytes uncompressed (${mostJs.js} gzip)` : 'none'}`,
    ].join('\n'),
  )
}, 180_000)

afterAll(async () => {
  if (dist) await rm(dist, { recursive: true, force: true })
})

describe('page weight budget (site built from the fixture snapshot)', () => {
  it('weighs every page (and found the site)', () => {
    expect(pages.length, 'pages weighed').toBeGreaterThan(100)
    expect(
      pages.some((p) => p.page === '/'),
      'the home page is weighed',
    ).toBe(true)
    expect(
      pages.some((p) => p.page.startsWith('/search/')),
      'the search page is left out',
    ).toBe(false)
  })

  it('every stylesheet and script a page references is on this site and exists', () => {
    expect(problems.length, `${problems.length} reference(s) that cannot be weighed:\n${problems.join('\n')}`).toBe(0)
  })

  it(`every page is under ${kb(PAGE_LIMIT)} (${PAGE_LIMIT} bytes) gzipped, with its stylesheets and scripts`, () => {
    const over = pages.filter((p) => p.total >= PAGE_LIMIT).sort((a, b) => b.total - a.total)
    expect(over.length, `${over.length} page(s) at or over ${PAGE_LIMIT} bytes:\n${over.map(row).join('\n')}`).toBe(0)
  })

  it(`every page has under ${kb(JS_LIMIT)} (${JS_LIMIT} bytes) of JavaScript, uncompressed`, () => {
    const over = pages.filter((p) => p.jsBytes >= JS_LIMIT).sort((a, b) => b.jsBytes - a.jsBytes)
    expect(
      over.length,
      `${over.length} page(s) with ${JS_LIMIT} bytes of JavaScript or more:\n${over.map(row).join('\n')}`,
    ).toBe(0)
  })
})
