/** sitemap.xml: every public page of the directory, with the date services and advice were last checked. */
import { ageGroups } from '../../core/records/age-groups.ts'
import { weekdayOptions } from '../../core/records/vocabulary.ts'
import { dayPages } from '../directory/days.ts'
import type { Directory } from '../directory/directory.ts'
import { pageHref, pagesOf } from '../directory/paging.ts'
import { whatsOnOf } from '../directory/whats-on.ts'

/** Every page of a listing split into pages (site/directory/paging.ts). */
const pagesAt = (base: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({ path: pageHref(base, i + 1) }))

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Every page path of the site, with its last-checked date where there is one. */
export const sitePages = (d: Directory): { path: string; lastmod?: string }[] => [
  ...[
    '/',
    '/whats-on/',
    '/hubs/',
    '/services/',
    '/venues/',
    '/advice/',
    '/categories/',
    '/search/',
    '/accessibility/',
    '/privacy/',
    '/open-data/',
  ].map((path) => ({ path })),
  ...d.hubs.map((h) => ({ path: `/hubs/${h.slug}/` })),
  ...d.services.map((s) => ({ path: `/services/${s.slug}/`, lastmod: s.lastChecked })),
  ...d.venues.map((v) => ({ path: `/venues/${v.slug}/` })),
  ...d.articles.map((a) => ({ path: `/advice/${a.slug}/`, lastmod: a.lastChecked })),
  ...d.categories.flatMap((c) => pagesAt(`/categories/${c.slug}/`, pagesOf(d.servicesInCategory(c.id)).length)),
  ...ageGroups.flatMap((g) => pagesAt(`/ages/${g.value}/`, pagesOf(d.servicesForAgeGroup(g.value)).length)),
  { path: '/days/' },
  ...weekdayOptions.flatMap((o) => pagesAt(`/days/${o.label.toLowerCase()}/`, dayPages(d, o.value).length)),
  ...(whatsOnOf(d).byArea
    ? whatsOnOf(d)
        .areas.filter((a) => a.listings.length > 0)
        .map((a) => ({ path: `/whats-on/${a.slug}/` }))
    : []),
]

export const sitemapXml = (d: Directory, siteUrl: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${sitePages(d)
    .map(
      (p) =>
        `  <url><loc>${escapeXml(`${siteUrl}${p.path}`)}</loc>${p.lastmod ? `<lastmod>${p.lastmod}</lastmod>` : ''}</url>`,
    )
    .join('\n')}\n</urlset>\n`
