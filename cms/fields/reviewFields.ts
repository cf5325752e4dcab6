/**
 * Freshness: when a service or session timetable was last checked, by whom, and how often it
 * should be, and the "Mark as reviewed" button that fills in the first two. Falls due
 * `reviewEveryMonths` after `lastReviewed` (never checked: due from the day it was added).
 */
import type { Field } from 'payload'
import { staffOnlyField } from '../access/staffOnlyField.ts'
import { calendarDateField } from './calendarDateField.ts'
import { DEFAULT_REVIEW_MONTHS } from '../../schemas/freshness.ts'

export const reviewFields = (what: string): Field[] => {
  const lastReviewed = calendarDateField('lastReviewed', 'Last reviewed', { description: `When someone last checked this ${what} is right. Parents see “Checked on”.` })
  return [
  { ...lastReviewed, admin: { ...lastReviewed.admin, position: 'sidebar' } },
  { name: 'reviewedBy', type: 'relationship', relationTo: 'users', access: { read: staffOnlyField }, admin: { position: 'sidebar', readOnly: true } },
  // "Mark as reviewed": sets the two fields above to today and the signed-in user (cms/endpoints/markReviewed.ts).
  { name: 'markReviewed', type: 'ui', admin: { position: 'sidebar', components: { Field: '/components/MarkReviewed.tsx#MarkReviewedField' } } },
  {
    name: 'reviewEveryMonths',
    label: 'Review every (months)',
    type: 'number',
    defaultValue: DEFAULT_REVIEW_MONTHS,
    min: 1,
    max: 24,
    admin: { position: 'sidebar', description: `How often it must be checked. ${DEFAULT_REVIEW_MONTHS} unless you change it.` },
  },
  ]
}
