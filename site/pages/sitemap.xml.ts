import type { APIRoute } from 'astro'
import { buildContext } from '../build/build-context.ts'
import { sitemapXml } from '../build/sitemap.ts'

export const GET: APIRoute = () => {
  const { directory, siteUrl } = buildContext()
  return new Response(sitemapXml(directory, siteUrl), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
