/** The demo's organisations and categories, as they are: with the ids the demo loader gives them. */
import { categories as demoCategories } from '../../cms/demo/data/categories.ts'
import { organisations as demoOrganisations } from '../../cms/demo/data/organisations.ts'
import type { CategoryDoc, OrganisationDoc } from './records.ts'

export interface DemoRecords {
  organisations: OrganisationDoc[]
  categories: CategoryDoc[]
  organisationBySlug: ReadonlyMap<string, OrganisationDoc>
  categoryIdBySlug: ReadonlyMap<string, number>
}

/** New documents each time (a caller may change its snapshot): organisations in order, top-level categories first. */
export const demoRecords = (): DemoRecords => {
  const organisations: OrganisationDoc[] = demoOrganisations.map((o, i) => ({ id: i + 1, ...o, logo: null }))
  const ordered = [...demoCategories].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)))
  const categoryIdBySlug = new Map(ordered.map((c, i) => [c.slug, i + 1]))
  const categories: CategoryDoc[] = ordered.map((c, i) => ({
    id: i + 1,
    name: c.name,
    slug: c.slug,
    description: c.description,
    parent: c.parent ? categoryIdBySlug.get(c.parent)! : null,
  }))
  const organisationBySlug = new Map(organisations.map((o) => [o.slug, o]))
  return { organisations, categories, organisationBySlug, categoryIdBySlug }
}
