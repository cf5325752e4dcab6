/**
 * Long listings split into pages, so that no page of the site grows with the directory: a
 * category, an age group or a day of the week at a county's or a region's size holds thousands of
 * services or sessions, which no family reads on one page and no phone should download.
 *
 * Items are grouped (a day's sessions by area and hub, venues by town); a page holds whole groups
 * up to the limit, and a group larger than the limit has a page to itself. Page 1 is the listing's
 * own address (/categories/stay-and-play/), the others follow it (/categories/stay-and-play/2/).
 */

/** How many items (services, sessions, venues) a page of a listing holds before the next page starts. */
export const LISTING_PAGE_SIZE = 100

/** Split `groups` into pages of at most `limit` items without splitting a group. Always at least one page. */
export const pagesOfGroups = <G>(
  groups: readonly G[],
  sizeOf: (group: G) => number,
  limit: number = LISTING_PAGE_SIZE,
): G[][] => {
  if (!(Number.isInteger(limit) && limit >= 1))
    throw new Error(`A listing page must hold at least one item (limit ${limit}).`)
  const pages: G[][] = [[]]
  let size = 0
  for (const group of groups) {
    const n = sizeOf(group)
    if (size > 0 && size + n > limit) {
      pages.push([])
      size = 0
    }
    pages.at(-1)!.push(group)
    size += n
  }
  return pages
}

/** Split a flat list into pages of `limit`. Always at least one page (perhaps empty). */
export const pagesOf = <T>(items: readonly T[], limit: number = LISTING_PAGE_SIZE): T[][] =>
  pagesOfGroups(items, () => 1, limit)

/** The address of page `n` of the listing at `base` ("/days/tuesday/"): the base itself for page 1. */
export const pageHref = (base: string, n: number): string => (n <= 1 ? base : `${base}${n}/`)

/** The `page` route parameter of page `n` for a `[...page]` route: none for page 1. */
export const pageParam = (n: number): string | undefined => (n <= 1 ? undefined : String(n))

export interface PageLink {
  n: number
  href: string
  current: boolean
}

/**
 * The numbered links a pagination shows (GOV.UK's pattern): the first and last pages, the current
 * one and its neighbours, with `null` where pages are left out (shown as an ellipsis).
 */
export const pageLinks = (base: string, current: number, total: number): (PageLink | null)[] => {
  const shown = [...new Set([1, current - 1, current, current + 1, total])]
    .filter((n) => n >= 1 && n <= total)
    .sort((a, b) => a - b)
  const links: (PageLink | null)[] = []
  for (const [i, n] of shown.entries()) {
    if (i > 0 && n - shown[i - 1]! > 1) links.push(null)
    links.push({ n, href: pageHref(base, n), current: n === current })
  }
  return links
}
