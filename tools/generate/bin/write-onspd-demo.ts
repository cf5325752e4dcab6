/**
 * Write site/postcodes/onspd-demo.csv: a tiny extract in the ONS Postcode Directory's CSV format with
 * one row per postcode of the demo venues (cms/demo/data/venues.ts), at the venues' own positions.
 * Without an ONSPD import, the site build makes its postcode files from it, through the same
 * importer as the national file. Run it again when the venues change:
 *
 *   npx tsx tools/generate/bin/write-onspd-demo.ts
 *
 * Like ONSPD, string fields are in double quotes and lat/long are bare numbers; pcd is the
 * 7-character form (outcode left-justified in 4 characters, then the inward code: "WA5 1EZ",
 * "WA130QW", "M1  1AA"), pcd2 the 8-character form ("WA5  1EZ", "WA13 0QW") and pcds the usual
 * one. Only the columns the importer and a reader need are filled; the rest are empty.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { readPostcode } from '../../../core/places/distance.ts'
import { venues } from '../../../cms/demo/data/venues.ts'

const onspdColumns = [
  'pcd',
  'pcd2',
  'pcds',
  'dointr',
  'doterm',
  'oscty',
  'ced',
  'oslaua',
  'osward',
  'parish',
  'usertype',
  'oseast1m',
  'osnrth1m',
  'osgrdind',
  'oshlthau',
  'nhser',
  'ctry',
  'rgn',
  'streg',
  'pcon',
  'eer',
  'teclec',
  'ttwa',
  'pct',
  'itl',
  'statsward',
  'oa01',
  'casward',
  'npark',
  'lsoa01',
  'msoa01',
  'ur01ind',
  'oac01',
  'oa11',
  'lsoa11',
  'msoa11',
  'wz11',
  'sicbl',
  'bua24',
  'ru11ind',
  'oac11',
  'lat',
  'long',
  'lep1',
  'lep2',
  'pfa',
  'imd',
  'calncv',
  'icb',
  'oa21',
  'lsoa21',
  'msoa21',
] as const

type Column = (typeof onspdColumns)[number]

const quoted = (value: string) => `"${value.replaceAll('"', '""')}"`

/** The extract's text: the header, then one row per distinct venue postcode in the order first met. */
const onspdDemoCsv = (places: readonly { postcode: string; latitude: number; longitude: number }[]): string => {
  const rows = new Map<string, string>()
  for (const place of places) {
    const query = readPostcode(place.postcode)
    if (query.kind !== 'postcode') throw new Error(`Venue postcode "${place.postcode}" is not a full postcode.`)
    if (rows.has(query.postcode)) continue
    const inward = query.postcode.slice(query.outcode.length + 1)
    const values: Partial<Record<Column, string>> = {
      pcd: quoted(query.outcode.padEnd(4) + inward),
      pcd2: quoted(`${query.outcode.padEnd(4)} ${inward}`),
      pcds: quoted(query.postcode),
      dointr: quoted('198001'),
      doterm: quoted(''),
      oslaua: quoted('E06000007'),
      osgrdind: quoted('1'),
      ctry: quoted('E92000001'),
      rgn: quoted('E12000002'),
      lat: String(place.latitude),
      long: String(place.longitude),
    }
    rows.set(query.postcode, onspdColumns.map((column) => values[column] ?? quoted('')).join(','))
  }
  return `${onspdColumns.join(',')}\n${[...rows.values()].join('\n')}\n`
}

const target = path.resolve(import.meta.dirname, '../../../site/postcodes/onspd-demo.csv')
const text = onspdDemoCsv(venues)
await writeFile(target, text)
console.log(`Wrote ${text.trimEnd().split('\n').length - 1} postcodes to ${path.relative(process.cwd(), target)}.`)
