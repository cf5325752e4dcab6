/**
 * A slug for public URLs: generated from another field when left empty, editable, unique.
 * A clash gets a message naming the slug and the document that has it.
 */
import type { CollectionSlug, PayloadRequest, TextField, TextFieldSingleValidation } from 'payload'
import { slugify, slugPattern } from '../../core/records/fields.ts'

/** `from`: the field the slug is made from when left empty; null when a collection hook makes it. */
export const slugField = (
  from: string | null,
  description = `Used in the page address. Left empty, it is made from the ${from ?? 'title'}.`,
): TextField => ({
  name: 'slug',
  type: 'text',
  index: true,
  unique: true,
  admin: {
    position: 'sidebar',
    description,
  },
  hooks: {
    beforeValidate: [
      ({ value, siblingData, originalDoc }) => {
        if (typeof value === 'string' && value.trim() !== '') return slugify(value) || value
        if (from === null) return value
        const source =
          (siblingData as Record<string, unknown>)[from] ?? (originalDoc as Record<string, unknown> | undefined)?.[from]
        return typeof source === 'string' && source.trim() !== '' ? slugify(source) : value
      },
    ],
  },
  validate: (async (
    value: string | null | undefined,
    { req, collectionSlug, id }: { req: PayloadRequest; collectionSlug?: string; id?: number | string },
  ) => {
    if (value == null || value === '')
      return `Slug is required: enter one${from ? `, or fill in the ${from} so it can be made from it` : ''}.`
    if (!slugPattern.test(value))
      return `Slug "${value}" can only contain lower-case letters, numbers and single hyphens.`
    if (!collectionSlug) return true
    const clash = await req.payload.find({
      collection: collectionSlug as CollectionSlug,
      where: { and: [{ slug: { equals: value } }, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])] },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      draft: true,
      req,
    })
    const other = clash.docs[0] as Record<string, unknown> | undefined
    if (other)
      return `Slug "${value}" is already used by "${String((from && other[from]) ?? other.title ?? other.id)}". Choose a different slug, for example "${value}-2".`
    return true
  }) as TextFieldSingleValidation,
})
