/**
 * Validation is defined once in core/records/ and applied on save. Each rule refuses a bad save with a
 * message that names the field, the value and the fix, and a refused save changes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { CollectionSlug } from 'payload'
import { toStoredDate } from '../../core/dates/plain-date.ts'
import { useWorld, type Doc, type World } from './helpers/world.ts'

const t = useWorld()
let world: World
beforeAll(() => {
  world = t.world
})

interface FieldError {
  path: string
  message: string
}
const fieldErrors = (error: unknown): FieldError[] =>
  ((error as { data?: { errors?: FieldError[] } }).data?.errors ?? []).map(({ path, message }) => ({ path, message }))

it('names the fields in the summary as staff see them in the admin', async () => {
  const error = await t.payload
    .create({
      collection: 'sessions',
      data: {
        ...world.newData('sessions', 'own'),
        closesAt: '09:00',
        exceptions: [{ date: '2026-03-04T12:00:00.000Z', kind: 'cancelled', reason: 'x' }],
      } as never,
    })
    .then(
      () => undefined,
      (e: Error) => e,
    )
  expect(error?.message).toBe('The following fields are invalid: Ends, One-off changes 1 > Date')
})

/** Create must fail with exactly this field error, and nothing is stored. */
const refusesCreate = async (collection: CollectionSlug, data: Record<string, unknown>, expected: FieldError) => {
  const before = await t.payload.count({ collection, overrideAccess: true })
  const error = await t.payload.create({ collection, data: data as never, overrideAccess: true, depth: 0 }).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error, 'the save was refused').toBeDefined()
  expect(fieldErrors(error)).toContainEqual(expected)
  expect((await t.payload.count({ collection, overrideAccess: true })).totalDocs).toBe(before.totalDocs)
}

/** Update must fail with exactly this field error, and the saved document is unchanged. */
const refusesUpdate = async (
  collection: CollectionSlug,
  doc: Doc,
  data: Record<string, unknown>,
  expected: FieldError,
) => {
  const before = await t.payload.findByID({ collection, id: doc.id, depth: 0, overrideAccess: true, draft: true })
  const error = await t.payload
    .update({ collection, id: doc.id, data: data as never, overrideAccess: true, depth: 0 })
    .then(
      () => undefined,
      (e: unknown) => e,
    )
  expect(error, 'the save was refused').toBeDefined()
  expect(fieldErrors(error)).toContainEqual(expected)
  expect(await t.payload.findByID({ collection, id: doc.id, depth: 0, overrideAccess: true, draft: true })).toEqual(
    before,
  )
}

const session = (over: Record<string, unknown> = {}) => ({ ...world.newData('sessions', 'own'), ...over })

describe('a group sent as null', () => {
  it('means nothing given: a service saves with no youngest age and the default cost', async () => {
    const data = {
      ...world.newData('services', 'own'),
      ageRange: { min: null, max: { value: 5, unit: 'years' } },
      cost: null,
    }
    const saved = await t.payload.create({
      collection: 'services',
      data: data as never,
      overrideAccess: true,
      depth: 0,
    })
    expect(saved.ageRange?.min?.value ?? null).toBeNull()
    expect(saved.ageRange?.max?.value).toBe(5)
    expect(saved.cost?.free).toBe(true)
  })

  it('is refused by the field’s own rule where the group is required, naming it, not with a server error', async () => {
    await refusesCreate(
      'venues',
      { ...world.newData('venues', 'own'), address: null },
      { path: 'address.line1', message: 'Address line 1 is required.' },
    )
  })
})

describe('venues', () => {
  it('refuses a postcode that is not a UK postcode', async () => {
    await refusesCreate(
      'venues',
      { ...world.newData('venues', 'own'), postcode: 'WA1 ZZZ' },
      {
        path: 'postcode',
        message: 'Postcode "WA1 ZZZ" is not a UK postcode. Enter the full postcode, like "WA1 1AB".',
      },
    )
  })

  it('refuses coordinates outside the UK', async () => {
    const venue = await world.make('venues', 'own')
    await refusesUpdate(
      'venues',
      venue,
      { latitude: 48.85 },
      {
        path: 'latitude',
        message: 'Latitude 48.85 is outside the UK. Enter a latitude between 49.8 and 60.9, such as 53.39.',
      },
    )
    await refusesUpdate(
      'venues',
      venue,
      { longitude: 2.35 },
      {
        path: 'longitude',
        message:
          'Longitude 2.35 is outside the UK. Enter a longitude between -8.7 and 1.8, such as -2.59 (west of Greenwich is negative).',
      },
    )
  })

  it('tidies a postcode typed in lower case without a space', async () => {
    const venue = await t.payload.create({
      collection: 'venues',
      data: { ...world.newData('venues', 'own'), postcode: 'wa13 0qs' } as never,
      depth: 0,
    })
    expect(venue.postcode).toBe('WA13 0QS')
  })
})

describe('sessions', () => {
  it('refuses a closing time that is not after the opening time', async () => {
    await refusesCreate('sessions', session({ opensAt: '10:00', closesAt: '09:30' }), {
      path: 'closesAt',
      message: 'Closing time 09:30 is not after opening time 10:00. Enter a closing time after the opening time.',
    })
  })

  it('refuses a time that is not a time', async () => {
    await refusesCreate('sessions', session({ opensAt: '9.30am' }), {
      path: 'opensAt',
      message: 'Opening time "9.30am" is not a time. Use the 24-hour clock with a colon, like 09:30 or 14:00.',
    })
  })

  it('refuses a last date before the first date', async () => {
    await refusesCreate(
      'sessions',
      session({ firstDate: toStoredDate('2026-03-03'), lastDate: toStoredDate('2026-02-24') }),
      {
        path: 'lastDate',
        message:
          'Last date 2026-02-24 is before first date 2026-03-03. Enter a last date on or after the first date, or leave it empty if the session carries on.',
      },
    )
  })

  it('refuses a cancelled date on which the session would not run', async () => {
    const saved = await world.make('sessions', 'own')
    await refusesUpdate(
      'sessions',
      saved,
      { exceptions: [{ date: toStoredDate('2026-03-04'), kind: 'cancelled', reason: 'Staff training' }] },
      {
        path: 'exceptions.0.date',
        message:
          'Cancelled date 2026-03-04 (Wednesday 4 March 2026) is not a date this session runs: it runs every week on Tuesday from 6 January 2026. Choose a date the session would otherwise run on.',
      },
    )
  })

  it('accepts a cancelled date on which the session runs, with its reason', async () => {
    const saved = await world.make('sessions', 'own')
    const updated = await t.payload.update({
      collection: 'sessions',
      id: saved.id,
      data: {
        exceptions: [
          { date: toStoredDate('2026-03-03'), kind: 'cancelled', reason: 'Hall in use as a polling station' },
        ],
      },
      depth: 0,
    })
    expect(updated.exceptions?.[0]?.reason).toBe('Hall in use as a polling station')
  })

  it('refuses a cancellation without a reason for parents', async () => {
    await refusesCreate(
      'sessions',
      session({ exceptions: [{ date: toStoredDate('2026-03-03'), kind: 'cancelled' }] }),
      {
        path: 'exceptions.0.reason',
        message:
          'Reason is required for the cancellation on 2026-03-03: parents see it, for example "Hall in use as a polling station".',
      },
    )
  })

  it('refuses a change that changes nothing, and the same date twice', async () => {
    await refusesCreate('sessions', session({ exceptions: [{ date: toStoredDate('2026-03-10'), kind: 'changed' }] }), {
      path: 'exceptions.0.opensAt',
      message: 'Change on 2026-03-10: enter the new opening or closing time, or choose the venue it moves to.',
    })
    const twice = { date: toStoredDate('2026-03-10'), kind: 'cancelled', reason: 'Closed' }
    await refusesCreate('sessions', session({ exceptions: [twice, twice] }), {
      path: 'exceptions.1.date',
      message: 'Exception date 2026-03-10 is listed twice. Keep one exception per date.',
    })
  })

  it('refuses an extra date that is already a regular date', async () => {
    await refusesCreate(
      'sessions',
      session({ exceptions: [{ date: toStoredDate('2026-03-10'), kind: 'extra', reason: 'Christmas special' }] }),
      {
        path: 'exceptions.0.date',
        message:
          'Extra date 2026-03-10 is already a regular date of this session. Choose another date, or use "changed" to change that date\'s time or venue.',
      },
    )
  })

  it('refuses a monthly session without its weeks of the month', async () => {
    await refusesCreate('sessions', session({ freq: 'monthly', weeksOfMonth: [] }), {
      path: 'weeksOfMonth',
      message:
        'Weeks of the month: a monthly session needs at least one, for example "2nd" for the 2nd Tuesday or "Last" for the last Friday.',
    })
  })
})

describe('services', () => {
  it('refuses a youngest age older than the oldest age', async () => {
    await refusesCreate(
      'services',
      {
        ...world.newData('services', 'own'),
        ageRange: { min: { value: 2, unit: 'years' }, max: { value: 12, unit: 'months' } },
      },
      {
        path: 'ageRange.min.value',
        message:
          'Youngest age 2 years is older than oldest age 12 months. Make the youngest age no older than the oldest.',
      },
    )
  })

  it('expresses pregnancy as a week of pregnancy, and refuses an impossible week', async () => {
    const ok = await t.payload.create({
      collection: 'services',
      data: {
        ...world.newData('services', 'own'),
        ageRange: { fromWeekOfPregnancy: 28, max: { value: 0, unit: 'weeks' } },
      } as never,
      depth: 0,
    })
    expect(ok.ageRange?.fromWeekOfPregnancy).toBe(28)
    await refusesCreate(
      'services',
      { ...world.newData('services', 'own'), ageRange: { fromWeekOfPregnancy: 45 } },
      {
        path: 'ageRange.fromWeekOfPregnancy',
        message:
          'Week of pregnancy 45 is not a week of pregnancy. Enter a whole number from 1 to 42, for example 28 for "from 28 weeks pregnant".',
      },
    )
  })

  it('refuses a service with no way to access it', async () => {
    await refusesCreate(
      'services',
      { ...world.newData('services', 'own'), access: { methods: [] } },
      {
        path: 'access.methods',
        message:
          'How to access: choose at least one way to use this service: drop in, book (with a link or phone number), or referral.',
      },
    )
  })

  it('refuses booking without a link or phone number', async () => {
    await refusesCreate(
      'services',
      { ...world.newData('services', 'own'), access: { methods: ['booking'] } },
      {
        path: 'access.bookingUrl',
        message:
          'How to access: booking is chosen, so enter a booking link or a booking phone number so parents can book.',
      },
    )
  })

  it('refuses a contact email, phone or website in the wrong format', async () => {
    const base = world.newData('services', 'own')
    await refusesCreate(
      'services',
      { ...base, contact: { email: 'hubs@example' } },
      {
        path: 'contact.email',
        message: 'Contact email "hubs@example" is not an email address. Enter it like name@example.org.',
      },
    )
    await refusesCreate(
      'services',
      { ...base, contact: { phone: '960000' } },
      {
        path: 'contact.phone',
        message:
          'Contact phone "960000" is not a UK phone number. Enter 10 or 11 digits starting with 0, like 01632 960123.',
      },
    )
    await refusesCreate(
      'services',
      { ...base, contact: { website: 'www example org' } },
      {
        path: 'contact.website',
        message:
          'Contact website "www example org" is not a web address. Enter it in full, starting with https://, like https://www.example.org/page.',
      },
    )
  })

  it('refuses a paid service without its cost', async () => {
    await refusesCreate(
      'services',
      { ...world.newData('services', 'own'), cost: { free: false } },
      {
        path: 'cost.details',
        message:
          'Cost: the service is not marked free, so enter the amount or describe the cost, like "£2 per family, first session free".',
      },
    )
  })

  it('refuses a slug already used by another service', async () => {
    const existing = await world.make('services', 'own')
    await refusesCreate(
      'services',
      { ...world.newData('services', 'own'), slug: existing.slug },
      {
        path: 'slug',
        message: `Slug "${String(existing.slug)}" is already used by "${String(existing.name)}". Choose a different slug, for example "${String(existing.slug)}-2".`,
      },
    )
  })
})

describe('organisations, hubs and users', () => {
  it('refuses an organisation email, phone or website in the wrong format', async () => {
    const org = await world.make('organisations', 'own')
    await refusesUpdate(
      'organisations',
      org,
      { email: 'not-an-email' },
      {
        path: 'email',
        message: 'Email "not-an-email" is not an email address. Enter it like name@example.org.',
      },
    )
    await refusesUpdate(
      'organisations',
      org,
      { phone: '+1 202 555 0100' },
      {
        path: 'phone',
        message:
          'Phone "+1 202 555 0100" is not a UK phone number. Enter 10 or 11 digits starting with 0, like 01632 960123.',
      },
    )
    await refusesUpdate(
      'organisations',
      org,
      { website: 'javascript:alert(1)' },
      {
        path: 'website',
        message:
          'Website "javascript:alert(1)" is not a web address. Enter it in full, starting with https://, like https://www.example.org/page.',
      },
    )
  })

  it('refuses opening hours that close before they open', async () => {
    await refusesUpdate(
      'hubs',
      world.hubOwn,
      { openingHours: [{ day: 'MO', opensAt: '17:00', closesAt: '09:00' }] },
      {
        path: 'openingHours.0.closesAt',
        message:
          'Closing time 09:00 on Monday is not after opening time 17:00. Enter a closing time after the opening time.',
      },
    )
  })

  it('refuses a hub staff account with no hub, and a partner with no organisation', async () => {
    await refusesCreate(
      'users',
      { email: 'nohub@example.org', password: 'a-long-password', name: 'No Hub', role: 'hub-staff', hubs: [] },
      {
        path: 'hubs',
        message: 'Hubs: a hub staff account needs at least one hub. Choose the hubs this person manages.',
      },
    )
    await refusesCreate(
      'users',
      { email: 'noorg@example.org', password: 'a-long-password', name: 'No Org', role: 'partner' },
      {
        path: 'organisation',
        message:
          'Organisation: a partner account needs its organisation. Choose the organisation this person works for.',
      },
    )
  })

  it('refuses a calendar entry that ends before it starts', async () => {
    await refusesCreate(
      'term-dates',
      {
        name: 'Training day',
        type: 'closure',
        startDate: toStoredDate('2026-12-02'),
        endDate: toStoredDate('2026-12-01'),
      },
      {
        path: 'endDate',
        message:
          'End date 2026-12-01 is before start date 2026-12-02. Enter an end date on or after the start date (the same date for a single day).',
      },
    )
  })

  it('refuses an image without alt text', async () => {
    const before = await t.payload.count({ collection: 'media' })
    const { tinyPng } = await import('./helpers/world.ts')
    const error = await t.payload
      .create({
        collection: 'media',
        data: { alt: '' },
        file: { data: tinyPng, mimetype: 'image/png', name: 'no-alt.png', size: tinyPng.length },
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      )
    expect(fieldErrors(error)).toContainEqual({ path: 'alt', message: 'Alt text is required.' })
    expect((await t.payload.count({ collection: 'media' })).totalDocs).toBe(before.totalDocs)
  })
})
