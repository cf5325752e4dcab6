/**
 * The static Open Referral UK export of a build, as files a static host can serve (the product's
 * server maps the API's addresses to them: `/api/services` to `api/services/index.json`,
 * `/api/services/{id}` to `api/services/{id}.json`; see docs/open-data.md for nginx and others):
 *
 *   api/index.json                                  GET /api/           version, profile, OpenAPI
 *   api/services/index.json, page/<n>.json          GET /api/services   pages of 50
 *   api/organizations/index.json, page/<n>.json, <id>.json
 *   api/taxonomies/index.json, <id>.json
 *   api/taxonomy_terms/index.json, page/<n>.json, <id>.json
 *   open-data/open-referral-uk.json                 everything in one file (the live API reads it)
 * and, with `recordFiles` (SITE_API_RECORD_FILES=true), the two kinds that grow with the directory:
 *   api/services/<id>.json                          GET /api/services/{id}, fully nested
 *   api/service_at_locations/index.json, page/<n>.json, <id>.json
 * Without them the product's live API answers those addresses from the bulk file; at 5,000
 * services they are 20,000 files, where some static hosts refuse more than 20,000 in all.
 *
 * `openReferralFiles` is pure (a dataset in, paths and documents out); `writeOpenReferralExport`
 * writes them.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  datasetFileOf,
  DEFAULT_PER_PAGE,
  organizationFullOf,
  pageOf,
  serviceAtLocationsOf,
  serviceAtLocationSummaryOf,
  serviceSummaryOf,
  type OpenReferralDataset,
} from '../../core/open-referral/index.ts'
import { writeJsonFile } from './json-file.ts'
import { forEachLimit } from '../../core/files/for-each-limit.ts'
import { OPEN_DATA_FILE } from '../shared/open-data-files.ts'

/** Where the bulk file is, in the site. */
export { OPEN_DATA_FILE }

export interface ExportFile {
  /** Relative to the site's root, with "/" separators. */
  path: string
  body: unknown
}

/** A list as its pages: index.json (page 1) and page/<n>.json for every page. */
function* pagedFiles<T>(folder: string, items: readonly T[], perPage: number): Generator<ExportFile> {
  const first = pageOf(items, 1, perPage)
  yield { path: `${folder}/index.json`, body: first }
  for (let page = 1; page <= first.total_pages; page++)
    yield { path: `${folder}/page/${page}.json`, body: page === 1 ? first : pageOf(items, page, perPage) }
}

export interface ExportOptions {
  /** Write a file per service and the service_at_locations lists and records (default false). */
  recordFiles?: boolean
  perPage?: number
}

/** Every file of the export, made as it is asked for (a large directory is not held twice). */
export function* openReferralFiles(
  dataset: OpenReferralDataset,
  { recordFiles = false, perPage = DEFAULT_PER_PAGE }: ExportOptions = {},
): Generator<ExportFile> {
  yield { path: 'api/index.json', body: dataset.meta }
  yield* pagedFiles('api/services', dataset.services.map(serviceSummaryOf), perPage)
  if (recordFiles) {
    for (const service of dataset.services) yield { path: `api/services/${service.id}.json`, body: service }
    const serviceAtLocations = dataset.services.flatMap(serviceAtLocationsOf)
    yield* pagedFiles('api/service_at_locations', serviceAtLocations.map(serviceAtLocationSummaryOf), perPage)
    for (const sal of serviceAtLocations) yield { path: `api/service_at_locations/${sal.id}.json`, body: sal }
  }

  yield* pagedFiles('api/organizations', dataset.organizations, perPage)
  for (const organization of dataset.organizations)
    yield {
      path: `api/organizations/${organization.id}.json`,
      body: organizationFullOf(organization, dataset.services),
    }

  yield* pagedFiles(
    'api/taxonomies',
    dataset.taxonomies.map(({ taxonomy_terms, ...taxonomy }) => (void taxonomy_terms, taxonomy)),
    perPage,
  )
  for (const taxonomy of dataset.taxonomies) yield { path: `api/taxonomies/${taxonomy.id}.json`, body: taxonomy }
  yield* pagedFiles('api/taxonomy_terms', dataset.taxonomyTerms, perPage)
  for (const term of dataset.taxonomyTerms) yield { path: `api/taxonomy_terms/${term.id}.json`, body: term }

  yield { path: OPEN_DATA_FILE, body: datasetFileOf(dataset) }
}

/** Write the export into a site folder (the bulk file in pieces); returns how many files and bytes. */
export const writeOpenReferralExport = async (
  outDir: string,
  dataset: OpenReferralDataset,
  options: ExportOptions = {},
): Promise<{ files: number; bytes: number }> => {
  let [files, bytes] = [0, 0]
  const folders = new Map<string, Promise<unknown>>()
  await forEachLimit(openReferralFiles(dataset, options), 32, async (file) => {
    const target = path.join(outDir, ...file.path.split('/'))
    const dir = path.dirname(target)
    let ready = folders.get(dir)
    if (!ready) folders.set(dir, (ready = mkdir(dir, { recursive: true })))
    await ready
    if (file.path === OPEN_DATA_FILE) {
      const written = await writeJsonFile(target, file.body) // not `bytes += await`: the other writes add to bytes meanwhile
      bytes += written
    } else {
      const text = JSON.stringify(file.body)
      await writeFile(target, text)
      bytes += Buffer.byteLength(text)
    }
    files += 1
  })
  return { files, bytes }
}
