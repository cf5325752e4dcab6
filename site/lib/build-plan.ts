/**
 * The plan of one build, shared between the build (site/lib/build-site.ts) and Astro's rendering
 * of each page (site/middleware.ts) in the same process: which pages the last build can lend
 * unchanged, and what each page built now read. Without a plan (astro dev), pages render as usual.
 */
import path from 'node:path'
import type { PageReadsRecord } from './page-reads.ts'

export interface BuildPlan {
  /** The last build, when this one is incremental. */
  previous?: {
    dir: string
    /** What each of its pages read. */
    pages: Readonly<Record<string, PageReadsRecord>>
    /** What the values shared by pages read (site/lib/page-reads.ts, rememberWithReads). */
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
