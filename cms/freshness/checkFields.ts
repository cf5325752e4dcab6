/**
 * Freshness: when a service or session timetable was last checked, by whom, and how often it
 * should be, and the "Mark as checked" button that fills in the first two. Falls due
 * `checkEveryMonths` after `lastChecked` (never checked: due from the day it was added).
 */
import type { Field } from 'payload'
import { staffOnlyField } from '../access/staffOnlyField.ts'
import { plainDateField } from '../fields/plainDateField.ts'
import { DEFAULT_CHECK_MONTHS } from '../../core/records/freshness.ts'

export const checkFields = (what: string): Field[] => {
  const lastChecked = plainDateField('lastChecked', 'Last checked', {
    description: `When someone last checked this ${what} is right. Parents see “Checked on”.`,
  })
  return [
    { ...lastChecked, admin: { ...lastChecked.admin, position: 'sidebar' } },
    {
      name: 'checkedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { read: staffOnlyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    // "Mark as checked": sets the two fields above to today and the signed-in user (cms/freshness/markChecked.ts).
    {
      name: 'markChecked',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/freshness/components/MarkChecked.tsx#MarkCheckedField' } },
    },
    {
      name: 'checkEveryMonths',
      label: 'Check every (months)',
      type: 'number',
      defaultValue: DEFAULT_CHECK_MONTHS,
      min: 1,
      max: 24,
      admin: {
        position: 'sidebar',
        description: `How often it must be checked. ${DEFAULT_CHECK_MONTHS} unless you change it.`,
      },
    },
  ]
}
