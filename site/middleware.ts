/**
 * Every page as Astro builds it: within a build's plan (site/lib/build-plan.ts), a page the last
 * build can lend unchanged is not rendered (an empty answer; the build puts the last build's file
 * in its place), and every page rendered has what it read from the directory noted for the next
 * build (site/lib/page-reads.ts).
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { defineMiddleware } from 'astro/middleware'
import { buildContext } from './lib/build-context.ts'
import { currentBuildPlan, outputFileOf } from './lib/build-plan.ts'
import { memoRecordsOf, noteProps, pageReadsRecord, propsDigest, readsOfPage } from './lib/page-reads.ts'

export const onRequest = defineMiddleware(async (context, next) => {
  const plan = currentBuildPlan()
  if (!plan) return next()
  const d = buildContext().directory
  const address = context.url.pathname
  const props = propsDigest(d, context.props)
  const before = plan.previous?.pages[address]
  if (before && before.props === props && !plan.previous!.render.has(address) && existsSync(path.join(plan.previous!.dir, outputFileOf(address)))) {
    plan.pages[address] = before
    plan.reused.push(address)
    return new Response('')
  }
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
