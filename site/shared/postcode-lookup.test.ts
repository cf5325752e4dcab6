import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchShard, findPostcode, type PostcodeShard } from './postcode-lookup.ts'

const wa5: PostcodeShard = {
  outcode: 'WA5',
  centre: [53.3951, -2.6392],
  postcodes: { '1EZ': [53.3935, -2.6405], '3AA': [53.3963, -2.652] },
}

/** Loads from a fixed set of shards and remembers what was asked for. */
const loader = () => {
  const asked: string[] = []
  const load = async (outcode: string) => {
    asked.push(outcode)
    return outcode === 'WA5' ? wa5 : null
  }
  return { asked, load }
}

describe('finding a postcode from the outcode files', () => {
  it('finds a known postcode exactly, loading only its outcode', async () => {
    const { asked, load } = loader()
    expect(await findPostcode('WA5 1EZ', load)).toEqual({
      found: true,
      point: { latitude: 53.3935, longitude: -2.6405 },
      label: 'WA5 1EZ',
      approximate: false,
    })
    expect(asked).toEqual(['WA5'])
  })

  it('reads lower case and no space as people type them', async () => {
    const { load } = loader()
    expect(await findPostcode(' wa53aa ', load)).toEqual({
      found: true,
      point: { latitude: 53.3963, longitude: -2.652 },
      label: 'WA5 3AA',
      approximate: false,
    })
    expect(await findPostcode('wa5 1ez', load)).toMatchObject({ found: true, label: 'WA5 1EZ', approximate: false })
  })

  it('places an unknown postcode in a known outcode at the outcode centre, as approximate', async () => {
    const { load } = loader()
    expect(await findPostcode('WA5 1ZZ', load)).toEqual({
      found: true,
      point: { latitude: 53.3951, longitude: -2.6392 },
      label: 'WA5 1ZZ',
      approximate: true,
    })
  })

  it('places an outcode on its own at its centre', async () => {
    const { load } = loader()
    expect(await findPostcode('wa5', load)).toEqual({
      found: true,
      point: { latitude: 53.3951, longitude: -2.6392 },
      label: 'WA5',
      approximate: true,
    })
    expect(await findPostcode('WA5', load)).toMatchObject({ label: 'WA5', approximate: true })
  })

  it('says which postcode or outcode it could not find', async () => {
    const { load } = loader()
    expect(await findPostcode('wa99 9zz', load)).toEqual({
      found: false,
      message: 'We could not find WA99 9ZZ. Check it, or use your location.',
    })
    expect(await findPostcode('zz9', load)).toEqual({
      found: false,
      message: 'We could not find ZZ9. Check it, or use your location.',
    })
  })

  it('explains what a postcode looks like, without loading anything', async () => {
    const { asked, load } = loader()
    expect(await findPostcode(' hello ', load)).toEqual({
      found: false,
      message: '"hello" is not a postcode. Enter a postcode like WA5 1AB, or the first part, like WA5.',
    })
    expect(await findPostcode('   ', load)).toEqual({ found: false, message: 'Enter a postcode, like WA5 1AB.' })
    expect(asked).toEqual([])
  })
})

describe('fetching an outcode file', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('fetches /postcodes/<OUTCODE>.json once per outcode, null when there is none, an error otherwise', async () => {
    const fetched: string[] = []
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url)
      if (url === '/postcodes/WA5.json') return new Response(JSON.stringify(wa5), { status: 200 })
      if (url === '/postcodes/BROKE1.json') return new Response('oops', { status: 500 })
      return new Response('Not found', { status: 404 })
    })
    expect(await fetchShard('WA5')).toEqual(wa5)
    expect(await fetchShard('WA5')).toEqual(wa5)
    expect(await fetchShard('ZZ9')).toBeNull()
    await expect(fetchShard('BROKE1')).rejects.toThrow('Could not load the postcodes of BROKE1 (HTTP 500).')
    await expect(fetchShard('BROKE1')).rejects.toThrow()
    expect(fetched).toEqual([
      '/postcodes/WA5.json',
      '/postcodes/ZZ9.json',
      '/postcodes/BROKE1.json',
      '/postcodes/BROKE1.json',
    ])
    expect(await findPostcode('WA5 1EZ', fetchShard)).toMatchObject({ found: true, approximate: false })
    expect(fetched).toHaveLength(4)
  })
})
