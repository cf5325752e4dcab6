import { describe, expect, it } from 'vitest'
import { ageGroups } from '../../core/records/age-groups.ts'
import { parseSnapshot } from '../../core/records/snapshot.ts'
import { weekdayOptions } from '../../core/records/vocabulary.ts'
import { generateSnapshot } from '../../tools/generate/generate-snapshot.ts'
import { dayPages, sessionsOnDay } from '../../site/directory/days.ts'
import { buildDirectory } from '../../site/directory/directory.ts'
import { LISTING_PAGE_SIZE, pageHref, pageLinks, pagesOf, pagesOfGroups } from '../../site/directory/paging.ts'
import { sitePages } from '../../site/build/sitemap.ts'
import { whatsOnOf, WHATS_ON_LIMIT } from '../../site/directory/whats-on.ts'

describe('splitting a listing into pages', () => {
  it('fills pages with whole groups up to the limit, and gives a larger group a page of its own', () => {
    expect(pagesOfGroups([3, 4, 2, 6, 1], (n) => n, 7)).toEqual([[3, 4], [2], [6, 1]])
    expect(pagesOfGroups([9, 2], (n) => n, 5)).toEqual([[9], [2]])
    expect(pagesOfGroups([2, 9], (n) => n, 5)).toEqual([[2], [9]])
  })

  it('always gives at least one page, and refuses a limit below one', () => {
    expect(pagesOf([], 10)).toEqual([[]])
    expect(pagesOf([1, 2, 3], 2)).toEqual([[1, 2], [3]])
    expect(() => pagesOf([1], 0)).toThrow(/at least one item/)
  })

  it('addresses page 1 as the listing itself and the rest after it', () => {
    expect(pageHref('/days/tuesday/', 1)).toBe('/days/tuesday/')
    expect(pageHref('/days/tuesday/', 3)).toBe('/days/tuesday/3/')
  })

  it('links the first, last, current and neighbouring pages, with gaps marked', () => {
    const shown = (current: number, total: number) =>
      pageLinks('/x/', current, total).map((l) => (l === null ? '…' : l.current ? `[${l.n}]` : String(l.n)))
    expect(shown(1, 1)).toEqual(['[1]'])
    expect(shown(1, 5)).toEqual(['[1]', '2', '…', '5'])
    expect(shown(10, 40)).toEqual(['1', '…', '9', '[10]', '11', '…', '40'])
    expect(shown(40, 40)).toEqual(['1', '…', '39', '[40]'])
    expect(pageLinks('/x/', 2, 3).map((l) => l?.href)).toEqual(['/x/', '/x/2/', '/x/3/'])
  })
})

describe('listings of a directory the size of a county', () => {
  const d = buildDirectory(parseSnapshot(generateSnapshot({ services: 1500, seed: 3 })), '2027-02-10')

  it('lists every session of a day once, in pages of whole hubs no longer than a page unless one hub is', () => {
    for (const { value } of weekdayOptions) {
      const expected = sessionsOnDay(d, value).flatMap((g) =>
        g.hubs.flatMap((h) => h.sessions.map((s) => s.session.id)),
      )
      const pages = dayPages(d, value)
      expect(pages.flat().flatMap((h) => h.sessions.map((s) => s.session.id))).toEqual(expected)
      for (const page of pages) {
        const size = page.reduce((n, h) => n + h.sessions.length, 0)
        expect(size <= LISTING_PAGE_SIZE || page.length === 1).toBe(true)
      }
    }
    expect(dayPages(d, 'TU').length).toBeGreaterThan(1)
  })

  it("splits What's on by area once the fortnight is longer than a page, with every date in one area", () => {
    const whatsOn = whatsOnOf(d)
    expect(whatsOn.listings.length).toBeGreaterThan(WHATS_ON_LIMIT)
    expect(whatsOn.byArea).toBe(true)
    expect(whatsOn.areas.reduce((n, a) => n + a.listings.length, 0)).toBe(whatsOn.listings.length)
    expect(new Set(whatsOn.areas.map((a) => a.slug)).size).toBe(whatsOn.areas.length)
    expect(whatsOnOf(d, whatsOn.listings.length).byArea).toBe(false)
  })

  it('puts every page of every split listing in the sitemap', () => {
    const paths = new Set(sitePages(d).map((p) => p.path))
    for (const c of d.categories) {
      const pages = pagesOf(d.servicesInCategory(c.id)).length
      for (let n = 1; n <= pages; n++) expect(paths).toContain(pageHref(`/categories/${c.slug}/`, n))
    }
    for (const g of ageGroups) expect(paths).toContain(`/ages/${g.value}/`)
    expect(paths).toContain('/days/tuesday/2/')
    for (const a of whatsOnOf(d).areas.filter((x) => x.listings.length > 0))
      expect(paths).toContain(`/whats-on/${a.slug}/`)
    expect(paths.size).toBe(sitePages(d).length)
  })
})
