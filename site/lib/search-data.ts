/**
 * Search's records and the search page's configuration for this build, worked out once per build
 * (memoised) from the directory and parents' words.
 */
import { buildContext } from './build-context.ts'
import { placesByArea, searchConfigOf, searchRecordsOf, type SearchRecord } from './search-records.ts'
import { readSearchWords } from './search-words.ts'
import type { SearchConfig } from '../scripts/search-facets.ts'

let data: { records: SearchRecord[]; config: SearchConfig; places: Map<string, string[]> } | undefined

export const searchData = () => {
  if (data) return data
  const terms = readSearchWords()
  const records = searchRecordsOf(buildContext().directory, terms)
  data = { records, config: searchConfigOf(records, terms), places: placesByArea(records) }
  return data
}
