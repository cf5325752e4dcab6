/**
 * POST /api/sessions/preview: what the session editor shows as staff type. Staff only; the
 * timetable in words, the problems a save would give, and the next dates from the real calendar.
 */
import { handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { toStoredDate } from '../../core/dates/plain-date.ts'
import type { SessionPreviewResponse } from '../../cms/collections/Sessions/preview/endpoint.ts'
import { useWorld, type World } from './helpers/world.ts'

const t = useWorld()
let world: World
const tokens: Record<string, string> = {}

const call = (path: string, init: { method?: string; token?: string; body?: string } = {}) =>
  handleEndpoints({
    config: t.config,
    request: new Request(`http://localhost/api${path}`, {
      method: init.method ?? 'POST',
      headers: { 'Content-Type': 'application/json', ...(init.token ? { Authorization: `JWT ${init.token}` } : {}) },
      body: init.body,
    }),
  })

const preview = async (body: Record<string, unknown>, token = tokens['hub-staff']) => {
  const response = await call('/sessions/preview', { token, body: JSON.stringify({ today: '2026-11-22', ...body }) })
  return { status: response.status, body: (await response.json()) as SessionPreviewResponse }
}

beforeAll(async () => {
  world = t.world
  for (const role of ['admin', 'hub-staff', 'partner'] as const) {
    const response = await call('/users/login', { body: JSON.stringify(world.passwords[role]) })
    tokens[role] = ((await response.json()) as { token: string }).token
  }
  const entry = (data: Record<string, unknown>) =>
    t.payload.create({ collection: 'term-dates', data: data as never, overrideAccess: true })
  await entry({
    name: 'Autumn term 2026 (second half)',
    type: 'term',
    startDate: toStoredDate('2026-11-02'),
    endDate: toStoredDate('2026-12-18'),
  })
  await entry({
    name: 'Spring term 2027 (first half)',
    type: 'term',
    startDate: toStoredDate('2027-01-04'),
    endDate: toStoredDate('2027-02-12'),
  })
  await entry({
    name: 'Christmas Day',
    type: 'bank-holiday',
    startDate: toStoredDate('2026-12-25'),
    endDate: toStoredDate('2026-12-25'),
  })
  await entry({
    name: 'Training day',
    type: 'closure',
    startDate: toStoredDate('2026-12-01'),
    endDate: toStoredDate('2026-12-01'),
    hubs: [world.hubOwn.id],
    reason: 'Closed for staff training.',
  })
})

/** The editor's values for a weekly Tuesday session at the staff member's own hub. */
const values = (over: Record<string, unknown> = {}) => ({ ...world.newData('sessions', 'own'), ...over })

describe('the session preview endpoint', () => {
  it('refuses anyone not signed in', async () => {
    const response = await call('/sessions/preview', { body: JSON.stringify(values()) })
    expect(response.status).toBe(401)
  })

  it('previews the editor’s values: the timetable in words and the next 8 dates from the calendar', async () => {
    const { status, body } = await preview(
      values({
        exceptions: [{ date: toStoredDate('2026-12-08'), kind: 'cancelled', reason: 'Hall in use for voting' }],
      }),
    )
    expect(status).toBe(200)
    expect(body.summary).toEqual([
      'Every week on Tuesday, 10:00 to 11:30',
      'From 6 January 2026, with no end date',
      'All year, in term time and school holidays',
      'Not on bank holidays',
    ])
    // The same words one by one, as the public site has them, and no notes for staff.
    expect(body.words).toEqual({
      pattern: 'Every week on Tuesday',
      times: '10:00 to 11:30',
      dates: 'From 6 January 2026, with no end date',
      terms: 'All year, in term time and school holidays',
      bankHolidays: 'Not on bank holidays',
    })
    expect(body.notes).toEqual([])
    expect(body.problems).toEqual([])
    expect(body.dates.map((o) => `${o.when}: ${o.statusText}`)).toEqual([
      'Tuesday 24 November 2026, 10:00 to 11:30: On',
      'Tuesday 1 December 2026, 10:00 to 11:30: Cancelled: Closed for staff training.',
      'Tuesday 8 December 2026, 10:00 to 11:30: Cancelled: Hall in use for voting',
      'Tuesday 15 December 2026, 10:00 to 11:30: On',
      'Tuesday 22 December 2026, 10:00 to 11:30: On',
      'Tuesday 29 December 2026, 10:00 to 11:30: On',
      'Tuesday 5 January 2027, 10:00 to 11:30: On',
      'Tuesday 12 January 2027, 10:00 to 11:30: On',
    ])
  })

  it('accepts ids as strings, names the venue a changed date moves to, and answers partners too', async () => {
    const { status, body } = await preview(
      values({
        hub: String(world.hubOwn.id),
        venue: String(world.venueOwn.id),
        exceptions: [{ date: toStoredDate('2026-11-24'), kind: 'changed', venue: String(world.venueOther.id) }],
      }),
      tokens.partner,
    )
    expect(status).toBe(200)
    expect(body.dates[0]!.statusText).toBe('Changed: at Other Venue instead of My Venue')
    expect(body.dates[1]!.statusText).toBe('Cancelled: Closed for staff training.')
  })

  it('gives the problems a save would give, with the field’s label, for values that are not valid yet', async () => {
    const { status, body } = await preview(values({ opensAt: '10:00', closesAt: '09:30', service: undefined }))
    expect(status).toBe(200)
    expect(body.problems).toEqual([
      {
        field: 'service',
        label: 'Service',
        message: 'Service is required: choose the service this session belongs to.',
      },
      {
        field: 'closesAt',
        label: 'Ends',
        message: 'Closing time 09:30 is not after opening time 10:00. Enter a closing time after the opening time.',
      },
    ])
    expect(body.dates).toEqual([])
  })

  it('says what is wrong with a body that is not a session’s values', async () => {
    expect((await call('/sessions/preview', { token: tokens.admin, body: 'not json' })).status).toBe(400)
    expect((await call('/sessions/preview', { token: tokens.admin, body: '[1, 2]' })).status).toBe(400)
    const badToday = await call('/sessions/preview', {
      token: tokens.admin,
      body: JSON.stringify({ today: 'tomorrow' }),
    })
    expect(badToday.status).toBe(400)
    expect(await badToday.json()).toEqual({
      errors: [
        { message: 'Today "tomorrow" is not a date. Send it like 2026-03-03, or leave it out for today in London.' },
      ],
    })
  })

  it('uses today in London when the body gives no date', async () => {
    const response = await call('/sessions/preview', { token: tokens.admin, body: JSON.stringify(values()) })
    const { dates } = (await response.json()) as SessionPreviewResponse
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date())
    expect(dates[0]!.date >= today).toBe(true)
    expect(dates).toHaveLength(8)
  })
})
