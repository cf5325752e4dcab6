/**
 * A plain date ("3 March 2026") in a Payload date field. Stored at midday UTC of the London
 * date the editor picked, so it is the same day whatever the server's or browser's time zone.
 */
import type { DateField } from 'payload'
import { toPlainDate, toStoredDate } from '../../core/dates/plain-date.ts'

export const normaliseCalendarDate = (value: unknown): unknown => {
  if (typeof value !== 'string' && !(value instanceof Date)) return value
  const date = toPlainDate(value)
  return date ? toStoredDate(date) : value
}

export const plainDateField = (
  name: string,
  label: string,
  options: { required?: boolean; description?: string; width?: string } = {},
): DateField => ({
  name,
  label,
  type: 'date',
  required: options.required,
  admin: {
    date: { pickerAppearance: 'dayOnly', displayFormat: 'EEE d MMM yyyy' },
    description: options.description,
    width: options.width,
  },
  hooks: { beforeValidate: [({ value }) => normaliseCalendarDate(value)] },
})
