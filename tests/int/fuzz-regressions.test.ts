/**
 * Inputs the REST fuzz (tests/int/fuzz-rest.test.ts, FUZZ_RUNS=60 and other seeds) answered with a
 * server error, each sent again through Payload's REST handler as the role that found it: the
 * answer is a 400 naming the field, the value and the fix, and nothing is stored (no document, no
 * draft version, the target unchanged); or, where the input has a plain meaning (an emptied date),
 * it is saved with that meaning.
 */
import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { toStoredDate } from '../../core/dates/plain-date.ts'
import { loginToken } from './helpers/rest.ts'
import { callRest } from './helpers/rest-fuzz.ts'
import { draftsCollections, useWorld, type Doc, type World } from './helpers/world.ts'

const t = useWorld()
let world: World
type Role = 'admin' | 'hub-staff' | 'partner'
const tokens: Partial<Record<Role, string>> = {}

const login = async (role: Role) => {
  tokens[role] = await loginToken(t.config, world.passwords[role])
}

beforeAll(async () => {
  world = t.world
  for (const role of ['admin', 'partner'] as const) await login(role)
})

const count = async (collection: CollectionSlug) => ({
  docs: (await t.payload.count({ collection, overrideAccess: true })).totalDocs,
  versions: draftsCollections.includes(collection)
    ? (await t.payload.countVersions({ collection, overrideAccess: true })).totalDocs
    : 0,
})

const stored = async (collection: CollectionSlug, id: Doc['id']) =>
  (await t.payload.findByID({
    collection,
    id,
    depth: 0,
    overrideAccess: true,
    draft: true,
    showHiddenFields: true,
  })) as unknown as Record<string, unknown>

interface Answer {
  status: number
  json: {
    errors?: { message?: string; data?: { errors?: { path?: string; message?: string }[] } }[]
    doc?: Record<string, unknown>
  }
}

/** One REST call as the role; for a new image, multipart with a PNG and the fields as `_payload`. */
const send = async (
  role: Role,
  method: 'POST' | 'PATCH',
  path: string,
  fields: Record<string, unknown>,
): Promise<Answer> => {
  const multipart = method === 'POST' && path.startsWith('/media')
  const response = await callRest(t.config, {
    method,
    path,
    body: { kind: 'fields', fields, note: '' },
    token: tokens[role],
    multipart,
  })
  return { status: response.status, json: (await response.json()) as Answer['json'] }
}

const fieldErrors = (answer: Answer) =>
  (answer.json.errors ?? []).flatMap((e) => e.data?.errors ?? []).map(({ path, message }) => ({ path, message }))

/** A create as the role is refused with 400 and this field error, and neither a document nor a version is stored. */
const refusesCreate = async (
  role: Role,
  collection: CollectionSlug,
  fields: Record<string, unknown>,
  expected: { path: string; message: string },
) => {
  const before = await count(collection)
  const answer = await send(role, 'POST', `/${collection}?depth=0`, fields)
  expect(answer.status, JSON.stringify(answer.json)).toBe(400)
  expect(fieldErrors(answer)).toContainEqual(expected)
  expect(await count(collection)).toEqual(before)
}

/** An update as the role is refused with 400 and this field error, and the document is as it was. */
const refusesUpdate = async (
  role: Role,
  collection: CollectionSlug,
  id: Doc['id'],
  fields: Record<string, unknown>,
  expected: { path: string; message: string },
) => {
  const before = await stored(collection, id)
  const counted = await count(collection)
  const answer = await send(role, 'PATCH', `/${collection}/${String(id)}?depth=0`, fields)
  expect(answer.status, JSON.stringify(answer.json)).toBe(400)
  expect(fieldErrors(answer)).toContainEqual(expected)
  expect(await stored(collection, id)).toEqual(before)
  expect(await count(collection)).toEqual(counted)
}

describe('an emptied date ("lastDate": "")', () => {
  it('is no last date: a partner’s new session is saved once, as a draft with no last date (it was a 500 with the session stored)', async () => {
    const before = await count('sessions')
    const answer = await send('partner', 'POST', '/sessions?depth=0', {
      ...world.newData('sessions', 'own'),
      lastDate: '',
    })
    expect(answer.status, JSON.stringify(answer.json)).toBe(201)
    expect(answer.json.doc?.lastDate ?? null).toBeNull()
    expect(answer.json.doc?._status).toBe('draft')
    const after = await count('sessions')
    expect(after.docs).toBe(before.docs + 1)
    const saved = await stored('sessions', answer.json.doc!.id as Doc['id'])
    expect(saved.lastDate ?? null).toBeNull()
  })

  it('clears the last date of a session on update', async () => {
    const session = await t.payload.create({
      collection: 'sessions',
      data: {
        ...world.newData('sessions', 'own'),
        lastDate: toStoredDate('2026-07-21'),
        _status: 'published',
      } as never,
      overrideAccess: true,
      depth: 0,
    })
    const answer = await send('admin', 'PATCH', `/sessions/${String(session.id)}?depth=0`, { lastDate: '' })
    expect(answer.status, JSON.stringify(answer.json)).toBe(200)
    expect((await stored('sessions', session.id)).lastDate ?? null).toBeNull()
  })

  it('is refused by name where the date is required, with nothing stored', async () => {
    await refusesCreate(
      'partner',
      'sessions',
      { ...world.newData('sessions', 'own'), firstDate: '' },
      { path: 'firstDate', message: 'First date is required, like 2026-03-03.' },
    )
    await refusesCreate(
      'admin',
      'sessions',
      { ...world.newData('sessions', 'own'), exceptions: [{ date: '', kind: 'cancelled', reason: 'Hall in use' }] },
      {
        path: 'exceptions.0.date',
        message: expect.stringMatching(/date/i) as unknown as string,
      },
    )
  })
})

describe('_status sent as something other than "draft" or "published"', () => {
  const expected = (value: string) => ({
    path: '_status',
    message: `Status ${value} is not one of the choices. Send one of "draft", "published" as text, or leave it out.`,
  })

  it('is refused naming _status on a new session and a new article by an admin (it was a 500)', async () => {
    await refusesCreate(
      'admin',
      'sessions',
      { ...world.newData('sessions', 'own'), _status: { x: 1 } },
      expected('{"x":1}'),
    )
    await refusesCreate('admin', 'articles', { ...world.newData('articles', 'own'), _status: {} }, expected('{}'))
    await refusesCreate(
      'admin',
      'articles',
      { ...world.newData('articles', 'own'), _status: { relationTo: 'users', value: 1 } },
      expected('{"relationTo":"users","value":1}'),
    )
  })

  it('is refused on update and on services too, leaving the record as it was', async () => {
    const article = await world.make('articles', 'own')
    await refusesUpdate('admin', 'articles', article.id, { _status: ['published'] }, expected('["published"]'))
    await refusesCreate('admin', 'services', { ...world.newData('services', 'own'), _status: 1 }, expected('1'))
  })

  it('refuses any other choice field sent as an object, naming it and its choices', async () => {
    await refusesCreate(
      'admin',
      'organisations',
      { ...world.newData('organisations', 'own'), type: { equals: 'nhs' } },
      {
        path: 'type',
        message: expect.stringMatching(
          /^Type \{"equals":"nhs"\} is not one of the choices\. Send one of "/,
        ) as unknown as string,
      },
    )
  })
})

describe('text sent as an object', () => {
  it('is refused naming the field: a partner’s session with internal notes as an object (it was a 500)', async () => {
    await refusesCreate(
      'partner',
      'sessions',
      { ...world.newData('sessions', 'own'), internalNotes: { a: { a: 'bottom' } } },
      {
        path: 'internalNotes',
        message:
          'Internal Notes {"a":{"a":"bottom"}} is not text. Send it as text, like "Stay and Play", or leave it out.',
      },
    )
  })

  it('is refused for true/false and lists as well', async () => {
    await refusesCreate(
      'admin',
      'articles',
      { ...world.newData('articles', 'own'), summary: true },
      {
        path: 'summary',
        message: expect.stringMatching(/^Summary true is not text\./) as unknown as string,
      },
    )
  })
})

describe('an account’s email or password that is not text', () => {
  it('refuses a partner changing their own email to {"equals": 1}, naming the email (it was a 500)', async () => {
    await refusesUpdate(
      'partner',
      'users',
      world.partner.id,
      { name: 'Updated in the access test', email: { equals: 1 } },
      {
        path: 'email',
        message: 'Email {"equals":1} is not an email address. Send it as text, like "name@example.org".',
      },
    )
    // Still signed in with the same email and password.
    await login('partner')
  })

  it('refuses a new account with an email that is an object, or a password that is a list, storing nobody', async () => {
    await refusesCreate(
      'admin',
      'users',
      { ...world.newData('users', 'own'), email: { equals: 1 } },
      {
        path: 'email',
        message: 'Email {"equals":1} is not an email address. Send it as text, like "name@example.org".',
      },
    )
    await refusesCreate(
      'admin',
      'users',
      { ...world.newData('users', 'own'), password: [false, null, -9.1, ')jn;', null, null] },
      {
        path: 'password',
        message: 'Password: a list is not a password. Send the password as text.',
      },
    )
  })
})

describe('a number too large to store exactly', () => {
  it('refuses an image whose focal point is 34584193477178124, storing nothing, and images can still be added (it was a 500 that stored a row no query could read)', async () => {
    await refusesCreate(
      'admin',
      'media',
      { alt: 'A photo of the hub garden', focalX: 34584193477178124, focalY: 1.2597509366183985e-186, url: '\t\n' },
      {
        path: 'focalX',
        message:
          'focalX 34584193477178124 is too large a number to store. Give a number between -9007199254740991 and 9007199254740991.',
      },
    )
    const answer = await send('admin', 'POST', '/media?depth=0', { alt: 'The hub garden in spring' })
    expect(answer.status, JSON.stringify(answer.json)).toBe(201)
    expect(
      (await t.payload.find({ collection: 'media', overrideAccess: true, depth: 0, limit: 100 })).docs.map(
        (d) => d.alt,
      ),
    ).toContain('The hub garden in spring')
  })

  it('refuses a session capacity of 1e17 places, also sent as text, naming Capacity', async () => {
    for (const capacity of [1e17, '100000000000000000'])
      await refusesCreate(
        'admin',
        'sessions',
        { ...world.newData('sessions', 'own'), capacity },
        {
          path: 'capacity',
          message: `Capacity ${JSON.stringify(capacity)} is too large a number to store. Give a number between -9007199254740991 and 9007199254740991.`,
        },
      )
  })
})
