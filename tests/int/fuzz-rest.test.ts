/**
 * Bad input everywhere (issue #9, point 4): thousands of generated and malformed bodies thrown at
 * Payload's REST create and update for every collection and role, and at the public "Report
 * something wrong" endpoint. Whatever is sent, the answer is never a server error; a refusal is a
 * 400 naming the field (or 403, 404 for a record the role cannot see, 409 for a stale update, and
 * 413/415 for an oversize or unreadable report), and a refusal stores nothing: the count is the
 * same and a refused update leaves the document exactly as it was. Deterministic: a fixed seed
 * (FUZZ_SEED) and FUZZ_RUNS inputs per case; the counts are printed as a table at the end.
 */
import fc from 'fast-check'
import { handleEndpoints, type CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { problemReportFields, problemReportSchema } from '../../core/records/problem-report.ts'
import { senderAddress } from '../../cms/problem-reports/endpoint.ts'
import { senderKeyOf, submitProblemReport } from '../../cms/problem-reports/submit-problem-report.ts'
import { fieldArbitrariesOf } from '../helpers/json-schema-arbitrary.ts'
import {
  caseSeed,
  createTally,
  fuzzRuns,
  fuzzSeed,
  sampleInputs,
  shown,
  type FuzzOutcome,
} from '../helpers/fuzz-tally.ts'
import { malformedValue } from '../helpers/malformed-input.ts'
import { roles, updateFor, type Role } from './helpers/access-matrix.ts'
import {
  bodyOf,
  callRest,
  fieldArbitraries,
  fieldWords,
  firstDifference,
  fuzzedCollections,
  judgeAnswer,
  recipeArbitrary,
  sameDocument,
  strayIds,
  type FuzzBody,
  type FuzzedCollection,
} from './helpers/rest-fuzz.ts'
import { loginToken } from './helpers/rest.ts'
import { draftsCollections, useWorld, type Doc, type World } from './helpers/world.ts'

const context = useWorld()
const seed = fuzzSeed()
/** Inputs per collection × role × operation (88 cases), and per kind of report below. */
const runs = fuzzRuns(20)
const tally = createTally('Fuzz: CMS REST create/update and POST /api/problem-reports/report')
let world: World
const tokens: Partial<Record<Role, string>> = {}

const login = async (role: Exclude<Role, 'public'>) => {
  tokens[role] = await loginToken(context.config, world.passwords[role])
}

beforeAll(async () => {
  world = context.world
  problemService = await world.make('services', 'own')
  for (const role of ['admin', 'hub-staff', 'partner'] as const) await login(role)
})

afterAll(() => {
  tally.report(seed, runs)
})

const count = async (collection: CollectionSlug) => {
  const docs = (await world.payload.count({ collection, overrideAccess: true })).totalDocs
  const versions = draftsCollections.includes(collection)
    ? (await world.payload.countVersions({ collection, overrideAccess: true })).totalDocs
    : 0
  return { docs, versions }
}

const stored = (collection: CollectionSlug, id: Doc['id']) =>
  world.payload.findByID({
    collection,
    id,
    depth: 0,
    overrideAccess: true,
    draft: true,
    showHiddenFields: true,
  }) as unknown as Promise<Record<string, unknown>>

/** A valid body to start from: a whole new document for create, a small change for update. */
const validBody = (collection: FuzzedCollection, operation: 'create' | 'update'): Record<string, unknown> => {
  if (collection === 'problem-reports')
    return operation === 'create'
      ? { service: problemService.id, topic: 'times', details: 'Made through the REST API.' }
      : { staffNote: 'Checked by the fuzz.' }
  return operation === 'create' ? world.newData(collection, 'own') : { ...updateFor[collection] }
}

let problemService: Doc
let reportCounter = 0
const newProblemReport = async (): Promise<Doc> => {
  const result = await submitProblemReport(
    world.payload,
    { service: problemService.slug, topic: 'times', details: 'The session starts at 10:30 now.' },
    { address: `192.0.2.${++reportCounter}`, now: new Date() },
  )
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return { id: result.id }
}

/** The record a role's updates are tried on: one it may change where there is one (itself, for users). */
const updateTarget = async (collection: FuzzedCollection, role: Role): Promise<Doc> => {
  if (collection === 'users' && (role === 'hub-staff' || role === 'partner'))
    return role === 'hub-staff' ? world.hubStaff : world.partner
  if (collection === 'hubs' && role !== 'admin') return world.hubOwn
  if (collection === 'problem-reports') return newProblemReport()
  return world.make(collection, 'own')
}

/** After a role changed its own email or password: put them back and log in again, so the next inputs run as that role. */
const restoreOwnAccount = async (role: Role, body: FuzzBody) => {
  if (role !== 'hub-staff' && role !== 'partner') return
  if (body.kind !== 'fields' || !Object.keys(body.fields).some((k) => ['email', 'password'].includes(k))) return
  const self = role === 'hub-staff' ? world.hubStaff : world.partner
  await world.payload.update({
    collection: 'users',
    id: self.id,
    data: world.passwords[role],
    overrideAccess: true,
    depth: 0,
  })
  await login(role)
}

interface Input {
  body: FuzzBody
  /** Update: an address that names no record instead of the target's. */
  strayId?: string
  /** Media create: JSON with no file, instead of a multipart upload. */
  noFile?: boolean
}

const inputsFor = (collection: FuzzedCollection, role: Role, operation: 'create' | 'update') => {
  const recipes = sampleInputs(
    fc.record({
      recipe: recipeArbitrary(fieldArbitraries(context.config, collection)),
      strayId: fc.option(fc.constantFrom(...strayIds), { freq: 8 }),
      noFile: fc.boolean(),
    }),
    caseSeed(seed, `${collection} ${role} ${operation}`),
    runs,
  )
  return recipes.map(({ recipe, strayId, noFile }): Input => ({
    body: bodyOf(recipe, validBody(collection, operation)),
    ...(operation === 'update' && strayId !== null ? { strayId } : {}),
    ...(collection === 'media' && operation === 'create' && noFile ? { noFile } : {}),
  }))
}

const describeInput = (input: Input) =>
  `${input.body.note}${input.strayId ? ` at id ${input.strayId}` : ''}${input.noFile ? ', no file' : ''}: ${shown(input.body.kind === 'fields' ? input.body.fields : input.body.text, 400)}`

describe('CMS REST create and update, for every collection and role', () => {
  for (const collection of fuzzedCollections)
    for (const role of roles)
      for (const operation of ['create', 'update'] as const)
        it(`${role} ${operation} ${collection}: no server errors, refusals name the field, nothing stored on refusal`, async () => {
          const endpoint = `REST ${operation}`
          const words = fieldWords(context.config, collection)
          const target = operation === 'update' ? await updateTarget(collection, role) : undefined
          const problems: string[] = []
          for (const input of inputsFor(collection, role, operation)) {
            const before = await count(collection)
            const doc = target && !input.strayId ? await stored(collection, target.id) : undefined
            const response = await callRest(context.config, {
              method: operation === 'create' ? 'POST' : 'PATCH',
              path:
                operation === 'create'
                  ? `/${collection}?depth=0`
                  : `/${collection}/${input.strayId ?? String(target!.id)}?depth=0`,
              body: input.body,
              token: role === 'public' ? undefined : tokens[role],
              // A multipart `_payload` that is not JSON is a 500 from Payload itself (JSON.parse unguarded in addDataAndFileToRequest), out of this project's reach: sent as JSON instead.
              multipart:
                collection === 'media' && operation === 'create' && !input.noFile && input.body.kind === 'fields',
            })
            const judged = await judgeAnswer(response, operation, words, input.body)
            const after = await count(collection)
            let problem = judged.problem
            let outcome: FuzzOutcome = judged.outcome
            if (outcome !== 'accepted') {
              if (after.docs !== before.docs || after.versions !== before.versions)
                problem = `${problem ? `${problem}; and ` : ''}refused (${response.status}) but stored: ${before.docs} → ${after.docs} documents, ${before.versions} → ${after.versions} versions`
              else if (doc) {
                const now = await stored(collection, target!.id)
                if (!sameDocument(doc, now))
                  problem = `${problem ? `${problem}; and ` : ''}refused (${response.status}) but the document changed: ${firstDifference(doc, now)}`
              }
            } else if (outcome === 'accepted') {
              if (operation === 'create' && after.docs !== before.docs + 1)
                problem = `accepted (${response.status}) but ${after.docs - before.docs} documents were stored`
              if (collection === 'users') await restoreOwnAccount(role, input.body)
            }
            if (problem) {
              outcome = 'error'
              problems.push(`${problem}\n    input: ${describeInput(input)}`)
            }
            tally.record(endpoint, collection, role, outcome, problem && `${problem} (input: ${describeInput(input)})`)
          }
          expect(problems).toEqual([])
        })
})

/* ---------------------------------------------------------------- the report endpoint */

describe('POST /api/problem-reports/report, with anything a browser or a robot might send', () => {
  const endpoint = 'POST /problem-reports/report'
  const fieldNames = new Set<string>([...problemReportFields, 'form'])
  let addressCounter = 0
  /** Each input from an address of its own, so the hourly limit per sender never refuses one. */
  const nextAddress = () => {
    const n = ++addressCounter
    return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`
  }

  const reportFields = () => fieldArbitrariesOf(problemReportSchema)
  const validReport = () => ({
    service: problemService.slug,
    topic: 'times',
    details: 'The Tuesday session now starts at 10:30.',
    page: `/services/${String(problemService.slug)}/`,
  })

  type Encoding = 'json' | 'form' | 'text/plain' | 'none' | 'multipart' | 'oversize'
  const reportInputs = (encoding: Encoding) =>
    sampleInputs(
      fc.record({
        recipe: recipeArbitrary({
          ...reportFields(),
          website: fc.oneof(fc.constant(''), fc.string({ maxLength: 10 })),
          extra: malformedValue,
        }),
        forwardedFor: fc.option(
          fc.constantFrom('', ' ', ',,,', 'not-an-address', '::1', '2001:db8::1, 10.0.0.1', 'x'.repeat(5_000)),
          { freq: 10 },
        ),
      }),
      caseSeed(seed, `report ${encoding}`),
      runs * 5,
    ).map(({ recipe, forwardedFor }) => ({ body: bodyOf(recipe, validReport()), forwardedFor }))

  const formText = (fields: Record<string, unknown>) => {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(fields)) {
      if (Array.isArray(value)) for (const v of value) params.append(key, String(v))
      else params.append(key, typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value))
    }
    return params.toString()
  }

  const send = (encoding: Encoding, body: FuzzBody, address: string) => {
    const fields = body.kind === 'fields' ? body.fields : undefined
    let text =
      body.kind === 'fields' ? (encoding === 'form' ? formText(body.fields) : JSON.stringify(body.fields)) : body.text
    if (encoding === 'oversize') text = JSON.stringify({ ...(fields ?? {}), details: 'x'.repeat(70_000) })
    const contentType: Record<Encoding, string | undefined> = {
      json: 'application/json',
      oversize: 'application/json',
      form: 'application/x-www-form-urlencoded',
      'text/plain': 'text/plain',
      none: undefined,
      multipart: 'multipart/form-data; boundary=x',
    }
    const type = contentType[encoding]
    const headers = { ...(type ? { 'Content-Type': type } : {}), 'X-Forwarded-For': address }
    return handleEndpoints({
      config: context.config,
      request: new Request('http://localhost/api/problem-reports/report', { method: 'POST', headers, body: text }),
    })
  }

  /** An odd X-Forwarded-For is shared by many inputs (most read as the unknown sender): clear its reports, so its hourly limit never answers instead. */
  const startHourAgain = async (forwardedFor: string) => {
    const senderKey = senderKeyOf(world.payload.secret, senderAddress(new Headers({ 'X-Forwarded-For': forwardedFor })))
    await world.payload.delete({
      collection: 'problem-reports',
      where: { senderKey: { equals: senderKey } },
      overrideAccess: true,
    })
  }

  /** The fields a refusal names: `errors[].field` in JSON, the error summary's links on the form's page. */
  const refusedFields = (status: number, text: string, form: boolean): string[] | undefined => {
    if (form) {
      // Fields the parent can change are links in the error summary; the hidden service and page are said at the top, unlinked.
      const linked = [...text.matchAll(/<a href="#report-([a-z]+)"/g)].map((m) => m[1]!)
      const hidden = [...text.matchAll(/<li>We could not (?:tell which (page|service)|find the (service))/g)].map(
        (m) => m[1] ?? m[2]!,
      )
      return [...linked, ...hidden, ...(status === 415 || status === 413 ? ['form'] : [])]
    }
    try {
      const json = JSON.parse(text) as { ok?: boolean; errors?: { field?: string; message?: string }[] }
      return json.ok === false
        ? (json.errors ?? [])
            .filter((e) => typeof e.message === 'string' && e.message.length > 0)
            .map((e) => String(e.field))
        : undefined
    } catch {
      return undefined
    }
  }

  const expectedStatuses: Record<Encoding, number[]> = {
    json: [201, 400, 404, 413],
    form: [201, 400, 404, 413],
    'text/plain': [415],
    none: [415],
    multipart: [415],
    oversize: [413],
  }

  for (const encoding of ['json', 'form', 'text/plain', 'none', 'multipart', 'oversize'] as const)
    it(`as ${encoding}: answers 201, or refuses with the field named and nothing stored`, async () => {
      const problems: string[] = []
      for (const { body, forwardedFor } of reportInputs(encoding)) {
        const address = forwardedFor ?? nextAddress()
        if (forwardedFor !== null) await startHourAgain(forwardedFor)
        const before = await count('problem-reports')
        const response = await send(encoding, body, address)
        const text = await response.text()
        const after = await count('problem-reports')
        const form = encoding === 'form'
        const input = `${body.note}, X-Forwarded-For ${shown(address, 40)}: ${shown(body.kind === 'fields' ? body.fields : body.text, 300)}`
        let problem: string | undefined
        let outcome: FuzzOutcome = response.status === 201 ? 'accepted' : 'refused'
        if (!expectedStatuses[encoding].includes(response.status))
          problem = `${response.status} (expected ${expectedStatuses[encoding].join('/')}): ${shown(text, 300)}`
        else if (response.status === 201) {
          if (after.docs !== before.docs + 1) problem = `201 but ${after.docs - before.docs} reports were stored`
        } else {
          const named = refusedFields(response.status, text, form)
          if (!named || named.length === 0 || named.some((f) => !fieldNames.has(f)))
            problem = `${response.status} naming no field of the form: ${shown(text, 300)}`
          else if (response.status === 404 && !named.includes('service'))
            problem = `404 not naming the service: ${shown(text, 300)}`
          else if (after.docs !== before.docs)
            problem = `refused (${response.status}) but ${after.docs - before.docs} reports were stored`
        }
        if (problem) {
          outcome = 'error'
          problems.push(`${problem}\n    input: ${input}`)
        }
        tally.record(endpoint, encoding, 'public', outcome, problem && `${problem} (input: ${input})`)
      }
      expect(problems).toEqual([])
    })
})
