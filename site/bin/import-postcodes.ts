/**
 * `npm run postcodes:import -- <ONSPD.csv> [--out dir] [--areas WA,CH,M] [--include-terminated]`:
 * turn the ONS Postcode Directory into the site's postcode files, one JSON file per outcode
 * (default folder: ${DATA_DIR:-data}/postcodes). The next site build copies them to /postcodes/.
 *
 * Get the CSV from the ONS Open Geography Portal ("ONS Postcode Directory", Open Government
 * Licence): the single national file (Data/ONSPD_<month>_<year>_UK.csv) or one of the per-area files.
 * The file is read line by line; a failed import leaves the folder as it was.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import {
  defaultPostcodesDir,
  importPostcodeCsv,
  parseAreas,
  PostcodeImportError,
} from '../postcodes/postcodes-import.ts'

const usage = 'Usage: npm run postcodes:import -- <ONSPD.csv> [--out dir] [--areas WA,CH,M] [--include-terminated]'

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      areas: { type: 'string' },
      'include-terminated': { type: 'boolean', default: false },
    },
  })
  if (positionals.length !== 1)
    throw new PostcodeImportError(
      positionals.length === 0
        ? `Give the ONSPD CSV file to import.\n${usage}`
        : `Give one CSV file, not ${positionals.length}.\n${usage}`,
    )
  const csvPath = path.resolve(positionals[0]!)
  const outDir = values.out ? path.resolve(values.out) : defaultPostcodesDir()
  const areas = values.areas === undefined ? undefined : parseAreas(values.areas)
  const thousands = (n: number) => n.toLocaleString('en-GB')
  const shown = (p: string) =>
    path.relative(process.cwd(), p).startsWith('..') ? p : path.relative(process.cwd(), p) || '.'
  console.log(`Importing ${shown(csvPath)}${areas ? ` (areas ${[...areas].join(', ')})` : ''} into ${shown(outDir)} …`)
  const counts = await importPostcodeCsv(csvPath, {
    outDir,
    ...(areas ? { areas } : {}),
    includeTerminated: values['include-terminated'],
    onProgress: (rows) => rows % 500_000 === 0 && console.log(`  ${thousands(rows)} rows read`),
  })
  const peakMb = process.resourceUsage().maxRSS / 1024
  const seconds = counts.seconds < 10 ? counts.seconds.toFixed(2) : counts.seconds.toFixed(1)
  console.log(
    [
      `Imported ${thousands(counts.postcodes)} postcodes in ${thousands(counts.outcodes)} outcode files in ${seconds} s (peak memory ${peakMb.toFixed(0)} MB).`,
      `  rows read                    ${thousands(counts.rows)}`,
      `  postcodes kept               ${thousands(counts.postcodes)}`,
      `  skipped, terminated          ${thousands(counts.terminated)}${values['include-terminated'] ? ' (--include-terminated)' : ''}`,
      `  skipped, no location         ${thousands(counts.noLocation)}`,
      `  skipped, outside --areas     ${thousands(counts.outsideAreas)}`,
      ...(counts.unreadable > 0 ? [`  skipped, unreadable postcode ${thousands(counts.unreadable)}`] : []),
      `  outcodes written             ${thousands(counts.outcodes)}`,
      `  seconds                      ${seconds}`,
    ].join('\n'),
  )
} catch (error) {
  if (error instanceof PostcodeImportError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error((error as Error).message)
    process.exit(1)
  }
  throw error
}
