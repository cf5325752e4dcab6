/**
 * The plan of one build, shared between the build (site/build/build-site.ts) and Astro's rendering
 * of each page (site/middleware.ts) in the same process: which pages the last build can lend
 * unchanged, and what each page built now read. Without a plan (astro dev), pages render as usual.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Directory } from '../directory/directory.ts'
import { propsDigest, type PageReadsRecord } from '../directory/page-reads.ts'

export interface BuildPlan {
  /** The last build, when this one is incremental. */
  previous?: {
    dir: string
    /** What each of its pages read. */
    pages: Readonly<Record<string, PageReadsRecord>>
    /** What the values shared by pages read (site/directory/page-reads.ts, rememberWithReads). */
    memos: Readonly<Record<string, PageReadsRecord>>
    /** Its pages that read a changed record or asked a question with a new answer. */
    render: ReadonlySet<string>
  }
  /** What each page of this build read (for the next one), filled in as pages are built. */
  pages: Record<string, PageReadsRecord>
  memos: Record<string, PageReadsRecord>
  /** The pages taken from the last build. */
  reused: string[]
}

const KEY = Symbol.for('family-hub.build-plan')
const shared = globalThis as { [KEY]?: BuildPlan }

export const currentBuildPlan = (): BuildPlan | undefined => shared[KEY]
export const setBuildPlan = (plan: BuildPlan | undefined): void => {
  shared[KEY] = plan
}

/** The file Astro writes for an address ("directory" format): /a/ → a/index.html, /404/ → 404.html, /sitemap.xml as it is. */
export const outputFileOf = (address: string): string => {
  const relative = decodeURIComponent(address).replace(/^\/+/, '')
  if (relative === '404/' || relative === '500/') return `${relative.slice(0, 3)}.html`
  if (relative === '' || relative.endsWith('/')) return path.join(relative, 'index.html')
  return path.extname(relative) ? relative : `${relative}.html`
}

/**
 * Whether the last build can lend this page: it built it, nothing the page read has changed, its
 * props are the same and its file is there. If so, the page is noted as lent.
 */
export const lendFromPrevious = (plan: BuildPlan, d: Directory, address: string, props: unknown): boolean => {
  const previous = plan.previous
  const before = previous?.pages[address]
  if (!previous || !before || previous.render.has(address) || before.props !== propsDigest(d, props)) return false
  if (!existsSync(path.join(previous.dir, outputFileOf(address)))) return false
  plan.pages[address] = before
  plan.reused.push(address)
  return true
}

/**
 * A route's paths without those the last build lends: Astro never visits them, which at 20,000
 * services saves more than rendering a few pages costs. `pattern` is the route's address with
 * its parameters in brackets: "/services/[slug]/".
 */
export const pathsToRender = <P extends { params: Record<string, string | number | undefined>; props?: unknown }>(
  pattern: string,
  paths: P[],
  d: Directory,
): P[] => {
  const plan = currentBuildPlan()
  if (!plan?.previous) return paths
  const addressOf = (params: P['params']) =>
    pattern.replace(/\[(?:\.\.\.)?(\w+)\]\/?/g, (_, name: string) =>
      params[name] === undefined ? '' : `${encodeURIComponent(String(params[name]))}/`,
    )
  return paths.filter((p) => !lendFromPrevious(plan, d, addressOf(p.params), p.props ?? {}))
}
