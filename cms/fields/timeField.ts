import type { TextField } from 'payload'

/** A local wall-clock time in Europe/London, "09:30". Checked by the zod schema on save. */
export const timeField = (
  name: string,
  label: string,
  options: { required?: boolean; width?: string } = {},
): TextField => ({
  name,
  label,
  type: 'text',
  required: options.required,
  admin: { placeholder: '09:30', width: options.width, description: '24-hour clock, UK time' },
})
