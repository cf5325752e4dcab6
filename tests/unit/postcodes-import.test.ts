import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readPostcode } from '../../core/places/distance.ts'
import { venues } from '../../cms/demo/data/venues.ts'
import { writeSiteShards } from '../../site/postcodes/postcode-shards.ts'
import {
  columnsOf,
  importPostcodeCsv,
  parseAreas,
  parseCsvLine,
  PostcodeImportError,
  readRow,
  ShardAccumulator,
  writeShards,
} from '../../site/postcodes/postcodes-import.ts'
import type { PostcodeShard } from '../../site/shared/postcode-lookup.ts'

const root = path.resolve(import.meta.dirname, '../..')
const demoCsv = path.join(root, 'site/postcodes/onspd-demo.csv')

/** A few ONSPD-shaped rows: quoted strings, bare numbers, CRLF line ends as the ONS writes them. */
const header = 'pcd,pcd2,pcds,dointr,doterm,oslaua,osgrdind,ctry,lat,long'
const row = (pcds: string, lat: string, long: string, { doterm = '', osgrdind = '1' } = {}) => {
  const [outcode, inward] = pcds.split(' ') as [string, string]
  return `"${outcode.padEnd(4)}${inward}","${outcode.padEnd(4)} ${inward}","${pcds}","198001","${doterm}","E06000007","${osgrdind}","E92000001",${lat},${long}`
}
const smallCsv = [
  header,
  row('WA5 1EZ', '53.393512', '-2.640481'),
  row('WA5 3AA', '53.396300', '-2.652000'),
  row('WA1 1JX', '53.388400', '-2.594400'),
  row('WA1 9ZZ', '53.380000', '-2.590000', { doterm: '201203' }),
  row('WA1 8ZZ', '99.999999', '0.000000'),
  row('WA1 7ZZ', '', ''),
  row('WA1 6ZZ', '53.38', '-2.59', { osgrdind: '9' }),
  row('M1 1AE', '53.477000', '-2.230000'),
  row('CH1 1AA', '53.190000', '-2.890000'),
  '',
].join('\r\n')

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postcodes-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const readShard = async (folder: string, outcode: string) =>
  JSON.parse(await readFile(path.join(folder, `${outcode}.json`), 'utf8')) as PostcodeShard

describe('reading an ONSPD file', () => {
  it('finds the columns it needs by name, in any case, wherever they are', () => {
    const columns = columnsOf(parseCsvLine('\uFEFFPCD,pcd2,Pcds,dointr,DOTERM,osgrdind,lat,long,imd'))
    expect(columns).toMatchObject({ postcode: [2, 0, 1], lat: 6, long: 7, doterm: 4, osgrdind: 5 })
    // Fields up to the last one used are read; the rest of the row is not.
    expect(columns.wanted).toEqual([true, true, true, false, true, true, true, true])
    // Newer releases name the fixed-width forms pcd7 and pcd8; osgrdind is optional.
    expect(columnsOf(['pcd7', 'pcd8', 'doterm', 'lat', 'long'])).toEqual({
      postcode: [0, 1],
      lat: 3,
      long: 4,
      doterm: 2,
      wanted: [true, true, true, true, true],
    })
  })

  it('names the missing columns and says what file it expected', () => {
    expect(() => columnsOf(['pcds', 'doterm', 'long'])).toThrow(
      new PostcodeImportError(
        'The file has no "lat" column. ONSPD files have pcds, lat, long and doterm columns; is this the ONS Postcode Directory?',
      ),
    )
    expect(() => columnsOf(['name', 'address'])).toThrow('The file has no "pcds", "lat", "long" or "doterm" column.')
  })

  it('reads quoted fields, commas inside quotes and doubled quotes', () => {
    expect(parseCsvLine('"WA5 1EZ",,53.39,-2.64')).toEqual(['WA5 1EZ', '', '53.39', '-2.64'])
    expect(parseCsvLine('a,"b, c","say ""hi""",d\r')).toEqual(['a', 'b, c', 'say "hi"', 'd'])
    expect(parseCsvLine('"",x,')).toEqual(['', 'x', ''])
    expect(parseCsvLine('"only"')).toEqual(['only'])
    expect(parseCsvLine('plain')).toEqual(['plain'])
    expect(parseCsvLine('"a","b, ""c""",c,"d",e', [true, false, true, true])).toEqual(['a', '', 'c', 'd'])
    expect(parseCsvLine('a,b', [true, true, true])).toEqual(['a', 'b'])
    expect(parseCsvLine('"unclosed, field')).toEqual(['unclosed, field'])
  })

  it('keeps a located live postcode, rounded to 4 decimals, and says why it skips the others', () => {
    const columns = columnsOf(parseCsvLine(header))
    const read = (line: string, options = {}) => readRow(parseCsvLine(line), columns, options)
    expect(read(row('WA5 1EZ', '53.393512', '-2.640481'))).toEqual({
      kind: 'keep',
      entry: { outcode: 'WA5', inward: '1EZ', latitude: 53.3935, longitude: -2.6405 },
    })
    expect(read(row('WA1 9ZZ', '53.38', '-2.59', { doterm: '201203' }))).toEqual({ kind: 'skip', reason: 'terminated' })
    expect(read(row('WA1 9ZZ', '53.38', '-2.59', { doterm: '201203' }), { includeTerminated: true })).toMatchObject({
      kind: 'keep',
    })
    expect(read(row('WA1 8ZZ', '99.999999', '0.000000'))).toEqual({ kind: 'skip', reason: 'no-location' })
    expect(read(row('WA1 7ZZ', '', ''))).toEqual({ kind: 'skip', reason: 'no-location' })
    expect(read(row('WA1 7ZZ', 'N/A', '-2.59'))).toEqual({ kind: 'skip', reason: 'no-location' })
    expect(read(row('WA1 6ZZ', '53.38', '-2.59', { osgrdind: '9' }))).toEqual({ kind: 'skip', reason: 'no-location' })
    expect(read('"","","","198001","","","1","",53.38,-2.59')).toEqual({ kind: 'skip', reason: 'unreadable-postcode' })
  })

  it('falls back to pcd or pcd2 when there is no pcds, and reads them as "OUTCODE INWARD"', () => {
    const columns = columnsOf(['pcd', 'pcd2', 'doterm', 'lat', 'long'])
    expect(readRow(['WA130QW', 'WA13 0QW', '', '53.3808', '-2.4785'], columns)).toMatchObject({
      entry: { outcode: 'WA13', inward: '0QW' },
    })
    expect(readRow(['M1  1AE', 'M1   1AE', '', '53.477', '-2.23'], columns)).toMatchObject({
      entry: { outcode: 'M1', inward: '1AE' },
    })
    expect(readRow(['', 'WA5  1EZ', '', '53.39', '-2.64'], columns)).toMatchObject({
      entry: { outcode: 'WA5', inward: '1EZ' },
    })
  })

  it('keeps only the areas asked for, and refuses areas that are not one or two letters', () => {
    const columns = columnsOf(parseCsvLine(header))
    const areas = parseAreas('wa, M')
    expect([...areas]).toEqual(['WA', 'M'])
    expect(readRow(parseCsvLine(row('M1 1AE', '53.477', '-2.23')), columns, { areas })).toMatchObject({ kind: 'keep' })
    expect(readRow(parseCsvLine(row('MK1 1AA', '52.0', '-0.7')), columns, { areas })).toEqual({
      kind: 'skip',
      reason: 'outside-areas',
    })
    expect(readRow(parseCsvLine(row('CH1 1AA', '53.19', '-2.89')), columns, { areas })).toEqual({
      kind: 'skip',
      reason: 'outside-areas',
    })
    expect(() => parseAreas('WA,WA5,CHE')).toThrow(
      '--areas: "WA5", "CHE" are not areas. An area is the one or two letters a postcode starts with, like WA, CH or M.',
    )
    expect(() => parseAreas(' , ')).toThrow(PostcodeImportError)
  })
})

describe('postcode files', () => {
  it('writes a file per outcode in the exact format, with the centre as the mean of its postcodes', async () => {
    const shards = new ShardAccumulator()
    shards.add({ outcode: 'WA5', inward: '3AA', latitude: 53.3963, longitude: -2.652 })
    shards.add({ outcode: 'WA5', inward: '1EZ', latitude: 53.3935, longitude: -2.6405 })
    shards.add({ outcode: 'EC1A', inward: '1BB', latitude: 51.5201, longitude: -0.0978 })
    expect(shards.size).toBe(2)
    expect(await writeShards(dir, shards.shards())).toEqual({ outcodes: 2, postcodes: 3 })
    expect((await readdir(dir)).sort()).toEqual(['EC1A.json', 'WA5.json'])
    expect(await readFile(path.join(dir, 'WA5.json'), 'utf8')).toBe(
      '{"outcode":"WA5","centre":[53.3949,-2.6463],"postcodes":{"1EZ":[53.3935,-2.6405],"3AA":[53.3963,-2.652]}}',
    )
  })

  it('imports a CSV end to end: counts, shards and index', async () => {
    const csv = path.join(dir, 'ONSPD_TEST.csv')
    await writeFile(csv, smallCsv)
    const out = path.join(dir, 'postcodes')
    const counts = await importPostcodeCsv(csv, { outDir: out })
    expect(counts).toMatchObject({
      rows: 9,
      postcodes: 5,
      terminated: 1,
      noLocation: 3,
      outsideAreas: 0,
      unreadable: 0,
      outcodes: 4,
    })
    expect(counts.seconds).toBeGreaterThanOrEqual(0)
    expect((await readdir(out)).sort()).toEqual(['CH1.json', 'M1.json', 'WA1.json', 'WA5.json', 'index.json'])
    expect(await readShard(out, 'WA5')).toEqual({
      outcode: 'WA5',
      centre: [53.3949, -2.6463],
      postcodes: { '1EZ': [53.3935, -2.6405], '3AA': [53.3963, -2.652] },
    })
    expect(await readShard(out, 'WA1')).toEqual({
      outcode: 'WA1',
      centre: [53.3884, -2.5944],
      postcodes: { '1JX': [53.3884, -2.5944] },
    })
    const index = JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8'))
    expect(index).toEqual({
      format: 'family-hub-directory/postcodes',
      version: 1,
      source: 'ONSPD_TEST.csv',
      importedAt: expect.any(String),
      outcodes: 4,
      postcodes: 5,
    })
    expect(new Date(index.importedAt).toISOString()).toBe(index.importedAt)
    // Nothing left beside the output folder.
    expect((await readdir(dir)).sort()).toEqual(['ONSPD_TEST.csv', 'postcodes'])

    const some = await importPostcodeCsv(csv, { outDir: out, areas: parseAreas('WA'), includeTerminated: true })
    expect(some).toMatchObject({ rows: 9, postcodes: 4, terminated: 0, outsideAreas: 2, outcodes: 2 })
    expect(Object.keys((await readShard(out, 'WA1')).postcodes)).toEqual(['1JX', '9ZZ'])
    expect((await readdir(out)).sort()).toEqual(['WA1.json', 'WA5.json', 'index.json'])
  })

  it('a file without the columns it needs leaves the existing folder untouched and writes nothing', async () => {
    const out = path.join(dir, 'postcodes')
    await mkdir(out)
    await writeFile(path.join(out, 'WA5.json'), 'old')
    const csv = path.join(dir, 'venues.csv')
    await writeFile(csv, 'pcds,doterm,long\n"WA5 1EZ","",-2.64\n')
    await expect(importPostcodeCsv(csv, { outDir: out })).rejects.toThrow('The file has no "lat" column.')
    expect(await readdir(out)).toEqual(['WA5.json'])
    expect(await readFile(path.join(out, 'WA5.json'), 'utf8')).toBe('old')
    expect((await readdir(dir)).sort()).toEqual(['postcodes', 'venues.csv'])
    // Nor does an import that keeps nothing, or a file that is not there.
    await writeFile(csv, smallCsv)
    await expect(importPostcodeCsv(csv, { outDir: out, areas: parseAreas('ZZ') })).rejects.toThrow(
      /No postcodes to keep in venues.csv: 9 rows read, 9 outside --areas/,
    )
    await expect(importPostcodeCsv(path.join(dir, 'missing.csv'), { outDir: out })).rejects.toThrow(PostcodeImportError)
    expect(await readdir(out)).toEqual(['WA5.json'])
  })
})

describe('the demo extract and the site build', () => {
  it('has a row for every seeded venue postcode, at the venue, in the ONSPD format', async () => {
    const lines = (await readFile(demoCsv, 'utf8')).trimEnd().split('\n')
    expect(lines[0]).toBe(
      'pcd,pcd2,pcds,dointr,doterm,oscty,ced,oslaua,osward,parish,usertype,oseast1m,osnrth1m,osgrdind,oshlthau,nhser,ctry,rgn,streg,pcon,eer,teclec,ttwa,pct,itl,statsward,oa01,casward,npark,lsoa01,msoa01,ur01ind,oac01,oa11,lsoa11,msoa11,wz11,sicbl,bua24,ru11ind,oac11,lat,long,lep1,lep2,pfa,imd,calncv,icb,oa21,lsoa21,msoa21',
    )
    const columns = columnsOf(parseCsvLine(lines[0]!))
    const rows = lines.slice(1).map((line) => parseCsvLine(line))
    expect(rows.every((fields) => fields.length === 52)).toBe(true)
    const kept = new Map(
      rows
        .map((fields) => readRow(fields, columns))
        .flatMap((r) => (r.kind === 'keep' ? [[`${r.entry.outcode} ${r.entry.inward}`, r.entry]] : [])),
    )
    expect(kept.size).toBe(rows.length)
    for (const venue of venues)
      expect(kept.get(venue.postcode), venue.postcode).toMatchObject({
        latitude: venue.latitude,
        longitude: venue.longitude,
      })
    expect(rows.find((fields) => fields[2] === 'WA13 0QW')?.slice(0, 5)).toEqual([
      'WA130QW',
      'WA13 0QW',
      'WA13 0QW',
      '198001',
      '',
    ])
  })

  it('without an import, makes the files from the demo extract, quickly', async () => {
    const out = path.join(dir, 'site', 'postcodes')
    const started = performance.now()
    const result = await writeSiteShards({ outDir: out, importedDir: path.join(dir, 'no-import'), demoCsv, venues })
    expect(performance.now() - started).toBeLessThan(1000)
    const postcodes = new Set(venues.map((v) => v.postcode))
    const outcodes = new Set(venues.map((v) => (readPostcode(v.postcode) as { outcode: string }).outcode))
    expect(result).toEqual({ outcodes: outcodes.size, postcodes: postcodes.size, source: 'onspd-demo.csv' })
    expect((await readdir(out)).length).toBe(outcodes.size + 1)
    expect((await readShard(out, 'WA5')).postcodes['1EZ']).toEqual([53.3935, -2.6405])
  })

  it('with an import, copies its files and adds venue postcodes it lacks, keeping ONSPD positions and centres', async () => {
    const imported = path.join(dir, 'imported')
    await mkdir(imported)
    await writeShards(imported, [
      { outcode: 'WA5', centre: [53.39, -2.64], postcodes: { '1EZ': [53.3936, -2.6406], '9XX': [53.38, -2.63] } },
      { outcode: 'M1', centre: [53.477, -2.23], postcodes: { '1AE': [53.477, -2.23] } },
    ])
    await writeFile(
      path.join(imported, 'index.json'),
      JSON.stringify({
        format: 'family-hub-directory/postcodes',
        version: 1,
        source: 'ONSPD_FEB_2025_UK.csv',
        importedAt: '2025-03-01T10:00:00.000Z',
        outcodes: 2,
        postcodes: 3,
      }),
    )
    const out = path.join(dir, 'site', 'postcodes')
    await mkdir(out, { recursive: true })
    await writeFile(path.join(out, 'STALE.json'), '{}')
    const few = [
      { postcode: 'WA5 1EZ', latitude: 53.3935, longitude: -2.6405 },
      { postcode: 'WA5 3AA', latitude: 53.3963, longitude: -2.652 },
      { postcode: 'WA13 0QW', latitude: 53.3808, longitude: -2.4785 },
      { postcode: 'WA13 0QF', latitude: 53.38184, longitude: -2.47476 },
    ]
    const result = await writeSiteShards({ outDir: out, importedDir: imported, demoCsv, venues: few })
    expect(result).toEqual({ outcodes: 3, postcodes: 6, source: 'ONSPD_FEB_2025_UK.csv' })
    expect((await readdir(out)).sort()).toEqual(['M1.json', 'WA13.json', 'WA5.json', 'index.json'])
    // ONSPD's position wins for 1EZ; 3AA is added; the centre stays ONSPD's.
    expect(await readShard(out, 'WA5')).toEqual({
      outcode: 'WA5',
      centre: [53.39, -2.64],
      postcodes: { '1EZ': [53.3936, -2.6406], '3AA': [53.3963, -2.652], '9XX': [53.38, -2.63] },
    })
    // An outcode ONSPD did not have: a new file, its centre the mean of the venues.
    expect(await readShard(out, 'WA13')).toEqual({
      outcode: 'WA13',
      centre: [53.3813, -2.4767],
      postcodes: { '0QF': [53.3818, -2.4748], '0QW': [53.3808, -2.4785] },
    })
    expect(JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8'))).toMatchObject({
      source: 'ONSPD_FEB_2025_UK.csv',
      outcodes: 3,
      postcodes: 6,
    })
    // The import itself is not changed.
    expect((await readdir(imported)).sort()).toEqual(['M1.json', 'WA5.json', 'index.json'])
  })
})
