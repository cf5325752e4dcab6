/**
 * Every page as Astro builds it: within a build's plan (site/build/build-plan.ts), a page the last
 * build can lend unchanged is not rendered (an empty answer; the build puts the last build's file
 * in its place), and every page rendered has what it read from the directory noted for the next
 * build (site/directory/page-reads.ts).
 */
import { defineMiddleware } from 'astro/middleware'
import { buildContext } from './build/build-context.ts'
import { currentBuildPlan, lendFromPrevious } from './build/build-plan.ts'
import { memoRecordsOf, noteProps, pageReadsRecord, propsDigest, readsOfPage } from './directory/page-reads.ts'

export const onRequest = defineMiddleware(async (context, next) => {
  const plan = currentBuildPlan()
  if (!plan) return next()
  const d = buildContext().directory
  const address = context.url.pathname
  // (Routes with many pages leave lent pages out of their paths: site/build/build-plan.ts, pathsToRender.)
  if (lendFromPrevious(plan, d, address, context.props)) return new Response('')
  const props = propsDigest(d, context.props)
  const { result, reads } = await readsOfPage(async () => {
    noteProps(d, context.props)
    // Read the whole body here, so every read of the rendering happens within this page's notes.
    const response = await next()
    const body = await response.arrayBuffer()
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers })
  })
  plan.pages[address] = pageReadsRecord(reads, props)
  Object.assign(plan.memos, memoRecordsOf(reads))
  return result
})
