/**
 * What hub staff read when a partner's change waits for review: each changed field with the
 * label they see in the admin, and the live and proposed values in words.
 */
import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { Services } from '../collections/Services/index.ts'
import { Sessions } from '../collections/Sessions/index.ts'
import { changedFieldsText, fieldDifferences, relatedIds, valueInWords } from './field-differences.ts'
import { toStoredDate } from '../../core/dates/plain-date.ts'

const session = {
  id: 7,
  title: 'Baby massage at Birchwood',
  service: 3,
  hub: 1,
  venue: 10,
  freq: 'weekly',
  interval: 1,
  days: ['TU'],
  firstDate: toStoredDate('2026-01-06'),
  opensAt: '10:00',
  closesAt: '11:30',
  termTime: 'all-year',
  runsOnBankHolidays: false,
  exceptions: [
    { id: 'a1', date: toStoredDate('2026-03-03'), kind: 'cancelled', reason: 'Hall in use' },
    { id: 'a2', date: toStoredDate('2026-03-10'), kind: 'cancelled', reason: 'Staff training' },
  ],
  updatedAt: '2026-02-01T10:00:00.000Z',
  createdAt: '2026-01-01T10:00:00.000Z',
  _status: 'published',
}

const names: Record<string, string> = {
  'venues:10': 'Birchwood Library',
  'venues:11': 'Birchwood Community Hall',
  'hubs:1': 'Birchwood Family Hub',
}
const lookup = (collection: string, id: string | number) => names[`${collection}:${id}`]

describe('the differences between the live version and a partner’s draft', () => {
  it('finds nothing when only system fields differ (id, dates of saving, publication status)', () => {
    const draft = {
      ...session,
      updatedAt: '2026-03-01T09:00:00.000Z',
      _status: 'draft',
      exceptions: session.exceptions.map((e) => ({ ...e, id: `${e.id}-copy` })),
    }
    expect(fieldDifferences(Sessions.fields, session, draft)).toEqual([])
  })

  it('names a changed field in an array item as the admin labels it, counting items from 1', () => {
    const draft = {
      ...session,
      exceptions: [session.exceptions[0], { ...session.exceptions[1], reason: 'Hub closed for painting' }],
    }
    expect(fieldDifferences(Sessions.fields, session, draft)).toEqual([
      {
        path: 'exceptions.1.reason',
        label: 'One-off changes 2 > Reason',
        before: 'Staff training',
        after: 'Hub closed for painting',
      },
    ])
  })

  it('reads select values as their labels, dates as "3 March 2026" in London, booleans as Yes and No', () => {
    const draft = {
      ...session,
      days: ['TU', 'TH'],
      termTime: 'term-time',
      firstDate: toStoredDate('2026-03-03'),
      runsOnBankHolidays: true,
    }
    expect(fieldDifferences(Sessions.fields, session, draft)).toEqual([
      { path: 'days', label: 'Days', before: 'Tuesday', after: 'Tuesday, Thursday' },
      { path: 'firstDate', label: 'First date', before: '6 January 2026', after: '3 March 2026' },
      { path: 'termTime', label: 'Runs', before: 'All year', after: 'Term time only' },
      { path: 'runsOnBankHolidays', label: 'Runs On Bank Holidays', before: 'No', after: 'Yes' },
    ])
  })

  it('reads a date stored at local midnight in summer time as the day the editor picked', () => {
    const draft = { ...session, lastDate: '2026-06-30T23:00:00.000Z' }
    expect(fieldDifferences(Sessions.fields, session, draft)).toEqual([
      { path: 'lastDate', label: 'Last date', before: '(empty)', after: '1 July 2026' },
    ])
  })

  it('names related records when a lookup knows them, and gives their ids otherwise', () => {
    const draft = { ...session, venue: 11, hub: { id: 2, name: 'Populated' } }
    expect(fieldDifferences(Sessions.fields, session, draft, { lookup })).toEqual([
      { path: 'hub', label: 'Hub', before: 'Birchwood Family Hub', after: '2' },
      { path: 'venue', label: 'Venue', before: 'Birchwood Library', after: 'Birchwood Community Hall' },
    ])
    expect(fieldDifferences(Sessions.fields, session, { ...session, venue: '11' })).toEqual([
      { path: 'venue', label: 'Venue', before: '10', after: '11' },
    ])
  })

  it('treats ids as the same whether numbers or strings, and a populated record as its id', () => {
    const draft = { ...session, venue: '10', hub: { id: 1, name: 'Birchwood Family Hub' } }
    expect(fieldDifferences(Sessions.fields, session, draft)).toEqual([])
  })

  it('shows an added array item field by field, and a removed one as emptied', () => {
    const added = {
      ...session,
      exceptions: [...session.exceptions, { date: toStoredDate('2026-04-07'), kind: 'extra', opensAt: '13:00' }],
    }
    expect(fieldDifferences(Sessions.fields, session, added)).toEqual([
      { path: 'exceptions.2.date', label: 'One-off changes 3 > Date', before: '(empty)', after: '7 April 2026' },
      { path: 'exceptions.2.kind', label: 'One-off changes 3 > Change', before: '(empty)', after: 'Extra date' },
      { path: 'exceptions.2.opensAt', label: 'One-off changes 3 > Starts', before: '(empty)', after: '13:00' },
    ])
    const removed = { ...session, exceptions: [session.exceptions[0]] }
    expect(
      fieldDifferences(Sessions.fields, session, removed).map((d) => `${d.label}: ${d.before} -> ${d.after}`),
    ).toEqual([
      'One-off changes 2 > Date: 10 March 2026 -> (empty)',
      'One-off changes 2 > Change: Cancelled on this date -> (empty)',
      'One-off changes 2 > Reason: Staff training -> (empty)',
    ])
  })

  it('treats empty text, null, a missing value and an empty list as the same "(empty)"', () => {
    const live = { ...session, bookingNotes: '', weeksOfMonth: [] }
    const draft = { ...session, bookingNotes: null, capacity: null }
    expect(fieldDifferences(Sessions.fields, live, draft)).toEqual([])
    expect(fieldDifferences(Sessions.fields, live, { ...draft, bookingNotes: 'Book at reception' })).toEqual([
      { path: 'bookingNotes', label: 'Booking Notes', before: '(empty)', after: 'Book at reception' },
    ])
  })

  it('labels fields in nested groups with each group’s label', () => {
    const service = {
      name: 'Midwife clinic',
      ageRange: { min: { value: 0, unit: 'months' } },
      cost: { free: true },
      access: { methods: ['drop-in'] },
    }
    const draft = {
      ...service,
      ageRange: { min: { value: 6, unit: 'weeks' } },
      cost: { free: false, amount: 2.5 },
      access: { methods: ['booking', 'self-referral'] },
    }
    expect(fieldDifferences(Services.fields, service, draft)).toEqual([
      { path: 'ageRange.min.value', label: 'Who it is for > Youngest age > Age', before: '0', after: '6' },
      { path: 'ageRange.min.unit', label: 'Who it is for > Youngest age > Unit', before: 'months', after: 'weeks' },
      { path: 'cost.free', label: 'Cost > Free', before: 'Yes', after: 'No' },
      { path: 'cost.amount', label: 'Cost > Amount (£)', before: '(empty)', after: '2.5' },
      {
        path: 'access.methods',
        label: 'How to access > Methods',
        before: 'Drop in, no need to book',
        after: 'Book a place, Refer yourself',
      },
    ])
  })

  it('lists every field of a record that was never published, against an empty live version', () => {
    const differences = fieldDifferences(Services.fields, null, {
      name: 'New clinic',
      summary: 'Weekly drop-in.',
      provider: 4,
      _status: 'draft',
    })
    expect(differences.map((d) => [d.label, d.before, d.after])).toEqual([
      ['Name', '(empty)', 'New clinic'],
      ['Summary', '(empty)', 'Weekly drop-in.'],
      ['Provider', '(empty)', '4'],
    ])
  })

  it('leaves out interface-only fields, hidden fields and layout wrappers, but walks into tabs', () => {
    const fields: Field[] = [
      { name: 'preview', type: 'ui', admin: { components: { Field: '/x.tsx#X' } } },
      { name: 'secret', type: 'text', hidden: true },
      {
        type: 'tabs',
        tabs: [
          {
            label: 'Details',
            fields: [{ name: 'when', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } }],
          },
          { name: 'extra', label: 'More', fields: [{ name: 'notes', type: 'richText' }] },
        ],
      },
    ]
    const richText = (text: string) => ({ root: { children: [{ children: [{ text }] }] } })
    expect(
      fieldDifferences(
        fields,
        { secret: 'a', when: '2026-07-01T09:05:00.000Z', extra: { notes: richText('Old') } },
        { secret: 'b', when: '2026-12-01T09:05:00.000Z', extra: { notes: richText('New words') } },
      ),
    ).toEqual([
      { path: 'when', label: 'When', before: '1 July 2026, 10:05', after: '1 December 2026, 09:05' },
      { path: 'extra.notes', label: 'More > Notes', before: 'Old', after: 'New words' },
    ])
  })
})

describe('the words of one value', () => {
  const field = (f: Field) => f
  it('uses the option label of a select value, and the value itself when no option has it', () => {
    const select = field({ name: 's', type: 'select', options: [{ label: 'Monday', value: 'MO' }] })
    expect(valueInWords(select, 'MO')).toBe('Monday')
    expect(valueInWords(select, 'XX')).toBe('XX')
    expect(valueInWords(select, null)).toBe('(empty)')
  })
})

describe('related records and the history’s list of changed fields', () => {
  it('collects the ids a lookup needs, by collection, from both versions', () => {
    const draft = {
      ...session,
      venue: 11,
      exceptions: [{ date: toStoredDate('2026-03-03'), kind: 'changed', venue: 12 }],
    }
    expect(relatedIds(Sessions.fields, session, draft)).toEqual({ services: [3], hubs: [1], venues: [10, 11, 12] })
  })

  it('joins the changed fields’ labels for the history', () => {
    const draft = {
      ...session,
      title: 'Baby massage',
      exceptions: [session.exceptions[0], { ...session.exceptions[1], reason: 'Closed' }],
    }
    expect(changedFieldsText(fieldDifferences(Sessions.fields, session, draft))).toBe(
      'Title, One-off changes 2 > Reason',
    )
  })
})
