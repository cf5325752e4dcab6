import { describe, expect, it } from 'vitest'
import { createTurns } from './turns.ts'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('turns', () => {
  it('gives a turn at once when nobody holds one', async () => {
    const turns = createTurns({ waitMs: 1000, timedOut: () => new Error('timed out') })
    const end = await turns.take()
    expect(turns.held).toBe(true)
    end()
    expect(turns.held).toBe(false)
  })

  it('gives turns one at a time, in the order they were asked for', async () => {
    const turns = createTurns({ waitMs: 1000, timedOut: () => new Error('timed out') })
    const log: string[] = []
    let inside = 0
    const work = async (name: string, ms: number) => {
      const end = await turns.take()
      inside++
      expect(inside).toBe(1)
      log.push(`${name} starts`)
      await pause(ms)
      log.push(`${name} ends`)
      inside--
      end()
    }
    await Promise.all([work('a', 30), work('b', 1), work('c', 10)])
    expect(log).toEqual(['a starts', 'a ends', 'b starts', 'b ends', 'c starts', 'c ends'])
    expect(turns.held).toBe(false)
  })

  it('ends a turn once, however often its end is called', async () => {
    const turns = createTurns({ waitMs: 1000, timedOut: () => new Error('timed out') })
    const first = await turns.take()
    const second = turns.take()
    first()
    const endSecond = await second
    first()
    expect(turns.held).toBe(true)
    endSecond()
    expect(turns.held).toBe(false)
  })

  it('gives up waiting after waitMs with the given error, and the turns go on without it', async () => {
    const turns = createTurns({ waitMs: 20, timedOut: () => new Error('waited too long') })
    const end = await turns.take()
    await expect(turns.take()).rejects.toThrow('waited too long')
    expect(turns.waiting).toBe(0)
    end()
    expect(turns.held).toBe(false)
    const again = await turns.take()
    again()
  })
})
