import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone.ts'
import { loggedIn } from '../../access/loggedIn.ts'
import { canChangeMedia } from './access.ts'
import { validateWith } from '../../hooks/validateWith.ts'
import { mediaSchema } from '../../../core/records/media.ts'
import { mediaDir } from '../../paths.ts'

/** Images: logos and photos of venues. Alt text is required. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Image', plural: 'Images' },
  admin: { group: 'Directory' },
  access: { read: anyone, create: loggedIn, update: canChangeMedia, delete: canChangeMedia },
  hooks: { beforeChange: [validateWith(mediaSchema)] },
  upload: {
    staticDir: mediaDir,
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/svg+xml'],
    imageSizes: [
      { name: 'thumbnail', width: 320 },
      { name: 'card', width: 768 },
    ],
  },
  fields: [
    {
      name: 'alt',
      label: 'Alt text',
      type: 'text',
      required: true,
      admin: { description: 'What the image shows, for people who cannot see it. Required.' },
    },
  ],
}
