import { describe, expect, it } from 'vitest'
import { dataFilesHeapMiB } from './data-files.ts'

const env = (values: Record<string, string>): NodeJS.ProcessEnv => values as NodeJS.ProcessEnv

describe('the heap of the process writing the feeds and open data', () => {
  it('grows with the snapshot, from 768 MiB', () => {
    expect(dataFilesHeapMiB(2 * 2 ** 20, env({}))).toBe(768)
    expect(dataFilesHeapMiB(68 * 2 ** 20, env({}))).toBe(1088)
    expect(dataFilesHeapMiB(300 * 2 ** 20, env({}))).toBe(4800)
  })

  it('is SITE_DATA_HEAP_MIB when set, and names a bad value', () => {
    expect(dataFilesHeapMiB(68 * 2 ** 20, env({ SITE_DATA_HEAP_MIB: ' 2048 ' }))).toBe(2048)
    expect(() => dataFilesHeapMiB(1, env({ SITE_DATA_HEAP_MIB: '2 GB' }))).toThrow(
      'SITE_DATA_HEAP_MIB "2 GB" is not a number of MiB of at least 256.',
    )
    expect(() => dataFilesHeapMiB(1, env({ SITE_DATA_HEAP_MIB: '100' }))).toThrow('SITE_DATA_HEAP_MIB "100"')
  })
})
