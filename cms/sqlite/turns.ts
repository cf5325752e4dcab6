/**
 * Turns at one thing, one holder at a time, in the order they were asked for. The CMS's writes to
 * SQLite take turns within a process: SQLite lets one connection write at a time, and a second
 * connection of the same process waiting on SQLite's busy timeout would block the event loop, so
 * the transaction holding the lock (waiting on its hooks) could never finish.
 */
export interface Turns {
  /**
   * Wait for a turn, at most `waitMs`; then rejects with `timedOut()` and takes no turn. Resolves to
   * the function that ends the turn (calling it again does nothing).
   */
  take: () => Promise<() => void>
  /** Whether a turn is being held now. */
  readonly held: boolean
  /** How many are waiting for a turn. */
  readonly waiting: number
}

export const createTurns = ({ waitMs, timedOut }: { waitMs: number; timedOut: () => Error }): Turns => {
  let held = false
  const queue: Array<{ start: () => void }> = []

  const begin = (): (() => void) => {
    held = true
    let ended = false
    return () => {
      if (ended) return
      ended = true
      const next = queue.shift()
      if (next) next.start()
      else held = false
    }
  }

  return {
    take: () => {
      if (!held && queue.length === 0) return Promise.resolve(begin())
      return new Promise<() => void>((resolve, reject) => {
        const entry = {
          start: () => {
            clearTimeout(timer)
            resolve(begin())
          },
        }
        const timer = setTimeout(() => {
          queue.splice(queue.indexOf(entry), 1)
          reject(timedOut())
        }, waitMs)
        queue.push(entry)
      })
    },
    get held() {
      return held
    },
    get waiting() {
      return queue.length
    },
  }
}
