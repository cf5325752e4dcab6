/**
 * One build at a time, across every process that runs a publisher: a lease in the database.
 * Taking the lock is creating the row with the unique key "site"; the database refuses a second
 * one (SQLite and MongoDB alike), so two processes cannot both win. The holder renews the lease
 * while it builds; a lease left by a process that died expires and may be taken over.
 */
import type { Payload } from 'payload'

const KEY = 'site'

export interface PublishLock {
  /** Take the lock, or return false when another holder has a lease that has not expired. */
  acquire(now?: Date): Promise<boolean>
  /** Extend the lease; false when the lock is no longer ours (it expired and was taken). */
  renew(now?: Date): Promise<boolean>
  release(): Promise<void>
}

export const publishLock = (payload: Payload, holder: string, leaseMs: number): PublishLock => {
  const find = async () =>
    (
      await payload.find({
        collection: 'publish-locks',
        where: { key: { equals: KEY } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        pagination: false,
      })
    ).docs[0]

  const tryCreate = async (now: Date): Promise<boolean> => {
    try {
      await payload.create({
        collection: 'publish-locks',
        data: { key: KEY, holder, expiresAt: new Date(now.getTime() + leaseMs).toISOString() },
        overrideAccess: true,
      })
      return true
    } catch {
      return false // the unique key: someone else holds it
    }
  }

  return {
    async acquire(now = new Date()) {
      if (await tryCreate(now)) return true
      const current = await find()
      if (!current) return tryCreate(now)
      if (current.holder === holder) return this.renew(now)
      if (new Date(current.expiresAt).getTime() > now.getTime()) return false
      // Expired: remove exactly that lease (not one taken since), then race for a new one.
      await payload.delete({
        collection: 'publish-locks',
        where: { and: [{ id: { equals: current.id } }, { expiresAt: { less_than_equal: now.toISOString() } }] },
        overrideAccess: true,
      })
      return tryCreate(now)
    },
    async renew(now = new Date()) {
      const result = await payload.update({
        collection: 'publish-locks',
        where: { and: [{ key: { equals: KEY } }, { holder: { equals: holder } }] },
        data: { expiresAt: new Date(now.getTime() + leaseMs).toISOString() },
        overrideAccess: true,
      })
      return result.docs.length > 0
    },
    async release() {
      await payload.delete({
        collection: 'publish-locks',
        where: { and: [{ key: { equals: KEY } }, { holder: { equals: holder } }] },
        overrideAccess: true,
      })
    },
  }
}
