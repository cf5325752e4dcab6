/** Names and slugs that are not taken yet, so every generated page has its own address. */
import { numberedSlug, slugify } from '../../core/records/fields.ts'

/** The first candidate name whose slug is not used yet. */
export const firstFree = (used: ReadonlySet<string>, candidates: readonly string[]): string | undefined =>
  candidates.find((name) => !used.has(slugify(name)))

/** The first of slug, slug-2, slug-3... not yet used, as the CMS would make it (numberedSlug); now used. */
export const uniqueSlug = (used: Set<string>, base: string): string => {
  let slug = numberedSlug(base, 1)
  for (let n = 2; used.has(slug); n++) slug = numberedSlug(base, n)
  used.add(slug)
  return slug
}
