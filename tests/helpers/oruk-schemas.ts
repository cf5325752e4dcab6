/**
 * The Open Referral UK profile's compiled JSON Schemas (../shared/oruk/schema/compiled/), compiled
 * once with Ajv in non-strict mode (the schemas carry extra keywords such as "constraints") with
 * formats on (uuid, uri, email, date-time). `problemsOf(kind, doc)` lists what is wrong, as
 * "/schedules/0/id: must match format "uuid"", or nothing.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

/** The copy in tests/fixtures/oruk (see its README); the original is ../shared/oruk. */
export const orukDir = path.resolve(import.meta.dirname, '../fixtures/oruk')
export const sharedOrukDir = path.resolve(import.meta.dirname, '../../../shared/oruk')

export type OrukSchemaKind =
  'service' | 'service_list' | 'service_at_location' | 'service_at_location_list' | 'organization' | 'organization_list'

const ajv = new Ajv({ strict: false, allErrors: true })
// ajv-formats is CommonJS: its default export arrives as the module object under Node's ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (a: Ajv) => Ajv
addFormats(ajv)
// taxonomy.json refers to its terms by file name.
ajv.addSchema(
  JSON.parse(readFileSync(path.join(orukDir, 'schema', 'taxonomy_term.json'), 'utf8')) as object,
  'taxonomy_term.json',
)

const compiled = new Map<string, ValidateFunction>()
const validatorOf = (file: string): ValidateFunction => {
  let validate = compiled.get(file)
  if (!validate) {
    validate =
      file === 'taxonomy_term.json'
        ? ajv.getSchema('taxonomy_term.json')!
        : ajv.compile(JSON.parse(readFileSync(path.join(orukDir, 'schema', file), 'utf8')) as object)
    compiled.set(file, validate)
  }
  return validate
}

/** The schema files for the documents that are not in compiled/ (taxonomies and terms have no nesting to compile). */
const files: Record<OrukSchemaKind | 'taxonomy' | 'taxonomy_term', string> = {
  service: 'compiled/service.json',
  service_list: 'compiled/service_list.json',
  service_at_location: 'compiled/service_at_location.json',
  service_at_location_list: 'compiled/service_at_location_list.json',
  organization: 'compiled/organization.json',
  organization_list: 'compiled/organization_list.json',
  taxonomy: 'taxonomy.json',
  taxonomy_term: 'taxonomy_term.json',
}

/** What is wrong with a document against the profile's schema of its kind; empty when it is valid. */
export const problemsOf = (kind: keyof typeof files, doc: unknown): string[] => {
  const validate = validatorOf(files[kind])
  return validate(doc)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'is not valid'}`)
}

/** The paged envelope every list has (the OpenAPI's Page schema): the counts agree with the contents. */
export const pageProblemsOf = (body: unknown): string[] => {
  const page = body as Record<string, unknown>
  const problems: string[] = []
  for (const key of ['total_items', 'total_pages', 'page_number', 'size'])
    if (!Number.isInteger(page[key])) problems.push(`${key}: must be an integer`)
  for (const key of ['first_page', 'last_page', 'empty'])
    if (typeof page[key] !== 'boolean') problems.push(`${key}: must be a boolean`)
  if (!Array.isArray(page.contents)) problems.push('contents: must be an array')
  else if (page.size !== page.contents.length)
    problems.push(`size ${String(page.size)} is not the number of contents (${page.contents.length})`)
  return problems
}
