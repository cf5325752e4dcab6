/**
 * Our categories as one published Open Referral taxonomy: a term per category, second-level
 * categories pointing at their parent. Ids come from the categories' own ids, so they stay the
 * same as long as the category does, whatever it is renamed to.
 */
import type { PublishedCategory } from '../records/snapshot.ts'
import type { MappingContext } from './context.ts'
import { openReferralId } from './ids.ts'
import type { OrukTaxonomy, OrukTaxonomyTerm } from './types.ts'

export const CATEGORIES_TAXONOMY_NAME = 'Family hub service categories'

export const categoriesTaxonomy = (context: Pick<MappingContext, 'siteUrl'>): OrukTaxonomy => ({
  id: openReferralId('taxonomies', 'categories'),
  name: CATEGORIES_TAXONOMY_NAME,
  description:
    'The categories families browse services by on this directory: two levels, such as "Health" and, under it, "Health visiting".',
  uri: `${context.siteUrl}/categories/`,
  version: '1',
})

export const mapTaxonomyTerm = (
  category: PublishedCategory,
  context: Pick<MappingContext, 'siteUrl' | 'category'>,
): OrukTaxonomyTerm => {
  const parent = category.parent != null ? context.category(category.parent) : undefined
  return {
    id: openReferralId('taxonomy_terms', category.id),
    name: category.name,
    description: category.description ?? category.name,
    ...(parent ? { parent_id: openReferralId('taxonomy_terms', parent.id) } : {}),
    taxonomy: CATEGORIES_TAXONOMY_NAME,
    taxonomy_id: openReferralId('taxonomies', 'categories'),
    term_uri: `${context.siteUrl}/categories/${category.slug}/`,
    term: category.name,
    code: category.slug,
  }
}
