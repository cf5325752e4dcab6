import type { CollectionConfig } from 'payload'
import { nobody } from '../access/hubScoped.ts'

/**
 * A lease held by the process that is building the public site. `key` is unique, so creating the
 * row is the atomic "take the lock" on SQLite and MongoDB alike, whichever process asks; an
 * expired lease (its holder died) may be removed and taken. Never edited by people.
 */
export const PublishLocks: CollectionConfig = {
  slug: 'publish-locks',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'holder', type: 'text', required: true },
    { name: 'expiresAt', type: 'date', required: true },
  ],
}
