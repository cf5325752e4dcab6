/**
 * Search's records and the search page's configuration for this build, worked out once per build
 * (memoised, with the reads noted for each page that uses it: site/directory/page-reads.ts) from the
 * directory and parents' words.
 */
import { buildContext } from './build-context.ts'
import { rememberWithReads } from '../directory/page-reads.ts'
import { placesByArea, searchConfigOf, searchRecordsOf, type SearchRecord } from './search-records.ts'
import { readSearchWords } from './search-words.ts'
import type { SearchConfig } from '../shared/search-facets.ts'

export const searchData = rememberWithReads(
  'search',
  (): { records: SearchRecord[]; config: SearchConfig; places: Map<string, string[]> } => {
    const terms = readSearchWords()
    const records = searchRecordsOf(buildContext().directory, terms)
    return { records, config: searchConfigOf(records, terms), places: placesByArea(records) }
  },
)
