/**
 * The mapping to Open Referral UK, entity by entity, on a small directory written out here: ids,
 * ages in whole years, schedules (rule fields and the plain-English notes for what the standard
 * cannot say), services, locations, organisations and the categories taxonomy.
 */
import { describe, expect, it } from 'vitest'
import {
  ageFields,
  mapLocation,
  mapOrganization,
  mapSchedule,
  mapService,
  mapTaxonomyTerm,
  openReferralDataset,
  openReferralId,
  scheduleNotes,
  serviceAtLocationId,
  uuidPattern,
} from './index.ts'
import { mappingContextOf } from './context.ts'
import { parseSnapshot, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type Snapshot } from '../records/snapshot.ts'

const at = (date: string) => `${date}T12:00:00.000Z`

/** A small directory: two hubs, two venues, a council and a charity, categories in two levels. */
const directory = (changes: { services?: object[]; sessions?: object[]; termDates?: object[] } = {}): Snapshot =>
  parseSnapshot({
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    publishedAt: '2027-04-26T08:00:00.000Z',
    collections: {
      organisations: [
        {
          id: 1,
          name: 'Mersey Vale Council',
          slug: 'council',
          type: 'council',
          website: 'https://www.example.org/',
          email: 'familyhubs@example.org',
          updatedAt: '2027-01-01T10:00:00.000Z',
        },
        { id: 2, name: 'Little Steps', slug: 'little-steps', type: 'charity', updatedAt: '2027-01-01T10:00:00.000Z' },
      ],
      categories: [
        { id: 10, name: 'Health', slug: 'health', description: 'Health services for families.' },
        { id: 11, name: 'Health visiting', slug: 'health-visiting', parent: 10 },
      ],
      hubs: [
        {
          id: 1,
          name: 'Birchwood Family Hub',
          slug: 'birchwood',
          type: 'family-hub',
          locality: 'Birchwood',
          mainVenue: 1,
          internalNotes: 'Staff only note',
        },
        { id: 2, name: 'Orford Zone', slug: 'orford', type: 'zone', locality: 'Orford', mainVenue: 2 },
      ],
      venues: [
        {
          id: 1,
          name: 'Birchwood Family Hub',
          slug: 'birchwood-family-hub',
          hub: 1,
          address: { line1: 'Benson Road', line2: 'Birchwood', town: 'Warrington' },
          postcode: 'WA3 7PQ',
          latitude: 53.4152,
          longitude: -2.5282,
          accessibility: ['step-free', 'hearing-loop'],
          accessibilityNotes: 'All rooms are on the ground floor.',
          directions: 'Take the 25 bus.',
          updatedAt: '2027-03-01T10:00:00.000Z',
        },
        {
          id: 2,
          name: 'Orford Library',
          slug: 'orford-library',
          hub: 2,
          address: { line1: 'Festival Avenue', town: 'Warrington' },
          postcode: 'WA2 9EN',
          latitude: 53.41,
          longitude: -2.58,
        },
      ],
      services: changes.services ?? [
        {
          id: 7,
          name: 'Baby Sign',
          slug: 'baby-sign',
          summary: 'Learn signs to share with your baby.',
          description: 'A six-week course.',
          provider: 2,
          categories: [11],
          hubs: [2],
          ageRange: { min: { value: 6, unit: 'months' }, max: { value: 18, unit: 'months' } },
          cost: { free: false, amount: 2, details: '£2 per family per session' },
          access: { methods: ['booking'], bookingPhone: '01632 960555', bookingUrl: 'https://www.example.org/book' },
          languages: ['en', 'bfi'],
          contact: { name: 'Sam Lee', phone: '01632 960123', email: 'sam@example.org' },
          status: 'active',
          lastChecked: at('2027-02-01'),
          internalNotes: 'Staff only: do not publish',
          updatedAt: '2027-04-01T09:00:00.000Z',
        },
      ],
      sessions: changes.sessions ?? [
        {
          id: 70,
          slug: 'baby-sign-birchwood-mo-1000',
          service: 7,
          hub: 1,
          venue: 1,
          freq: 'weekly',
          days: ['MO'],
          firstDate: at('2027-01-01'),
          opensAt: '10:00',
          closesAt: '11:30',
          bookingNotes: 'Book the whole course.',
          exceptions: [
            { date: at('2027-05-10'), kind: 'cancelled', reason: 'Hall in use as a polling station' },
            {
              date: at('2027-05-17'),
              kind: 'changed',
              opensAt: '13:00',
              closesAt: '14:30',
              venue: 2,
              reason: 'Moved for the day',
            },
            { date: at('2027-05-05'), kind: 'extra', opensAt: '10:00', closesAt: '11:00', reason: 'Half-term special' },
          ],
          updatedAt: '2027-04-20T15:30:00.123Z',
        },
      ],
      'term-dates': changes.termDates ?? [
        {
          id: 1,
          name: 'Early May bank holiday',
          type: 'bank-holiday',
          startDate: at('2027-05-03'),
          endDate: at('2027-05-03'),
        },
        {
          id: 2,
          name: 'Training day',
          type: 'closure',
          startDate: at('2027-05-24'),
          endDate: at('2027-05-24'),
          hubs: [1],
          reason: 'Staff training',
        },
      ],
      articles: [],
    },
  })

const options = { siteUrl: 'https://families.example.org/', today: '2027-04-26', region: 'Cheshire' }

describe('Open Referral ids', () => {
  it('are version 5 UUIDs, the same for a number id and its string, and different for each kind and record', () => {
    const id = openReferralId('services', 12)
    expect(id).toMatch(uuidPattern)
    expect(id.charAt(14)).toBe('5')
    expect(openReferralId('services', '12')).toBe(id)
    expect(openReferralId('locations', 12)).not.toBe(id)
    expect(openReferralId('services', 13)).not.toBe(id)
    expect(openReferralId('services', '665f1c2ab1e4a8d3c9e0f123')).toMatch(uuidPattern)
  })

  it('never change: consumers store them (this value is fixed by the namespace and the name)', () => {
    expect(openReferralId('services', 1)).toBe('9a2429cf-f8b5-59a1-8791-a6494074cfe1')
  })

  it('give a service at a venue one id, whichever sessions put it there', () => {
    expect(serviceAtLocationId(7, 1)).toBe(serviceAtLocationId('7', '1'))
    expect(serviceAtLocationId(7, 1)).not.toBe(serviceAtLocationId(1, 7))
  })
})

describe('ages in whole years', () => {
  const cases: [string, object, { minimum_age: number; maximum_age?: number; eligibility_description: string }][] = [
    ['no range', {}, { minimum_age: 0, eligibility_description: 'All ages.' }],
    [
      '6 weeks to 6 months',
      { min: { value: 6, unit: 'weeks' }, max: { value: 6, unit: 'months' } },
      { minimum_age: 0, maximum_age: 0, eligibility_description: 'Babies from 6 weeks to 6 months.' },
    ],
    [
      '6 to 18 months',
      { min: { value: 6, unit: 'months' }, max: { value: 18, unit: 'months' } },
      { minimum_age: 0, maximum_age: 1, eligibility_description: 'Children from 6 to 18 months.' },
    ],
    [
      'under 5s',
      { max: { value: 5, unit: 'years' } },
      { minimum_age: 0, maximum_age: 5, eligibility_description: 'Children up to 5 years.' },
    ],
    [
      'from 28 weeks pregnant to 2 years',
      { fromWeekOfPregnancy: 28, max: { value: 2, unit: 'years' } },
      { minimum_age: 0, maximum_age: 2, eligibility_description: 'From 28 weeks pregnant to 2 years.' },
    ],
    [
      'pregnancy only',
      { fromWeekOfPregnancy: 1, max: { value: 0, unit: 'months' } },
      { minimum_age: 0, maximum_age: 0, eligibility_description: 'During pregnancy.' },
    ],
    [
      '11 to 19 years',
      { min: { value: 11, unit: 'years' }, max: { value: 19, unit: 'years' } },
      { minimum_age: 11, maximum_age: 19, eligibility_description: 'Young people from 11 to 19 years.' },
    ],
    [
      'from 30 months, no upper limit',
      { min: { value: 30, unit: 'months' } },
      { minimum_age: 2, eligibility_description: 'Children and young people from 30 months.' },
    ],
  ]
  it.each(cases)('%s', (_, range, expected) => {
    const parsed = directory({ services: [{ ...directory().services[0], ageRange: range, provider: 2 }] }).services[0]!
    expect(ageFields(parsed.ageRange)).toEqual(expected)
  })
})

describe('a session series as a schedule', () => {
  const snapshot = directory()
  const context = mappingContextOf(snapshot, options)
  const session = snapshot.sessions[0]!
  const service = snapshot.services[0]!

  it('gives the rule in RFC 5545 terms, times in UK local time, and links the iCalendar file', () => {
    expect(mapSchedule(session, service, context)).toMatchObject({
      id: openReferralId('schedules', 70),
      service_id: openReferralId('services', 7),
      service_at_location_id: serviceAtLocationId(7, 1),
      valid_from: '2027-01-01',
      dtstart: '2027-01-04', // the first Monday: RFC 5545 counts DTSTART as an instance
      freq: 'WEEKLY',
      interval: 1,
      byday: 'MO',
      wkst: 'MO',
      opens_at: '10:00',
      closes_at: '11:30',
      attending_type: 'in person',
      schedule_link: 'https://families.example.org/calendars/services/baby-sign.ics',
      description:
        'Every week on Monday, 10:00 to 11:30 (UK time), at Birchwood Family Hub. It does not run on bank holidays. Book the whole course.',
    })
    expect(mapSchedule(session, service, context)).not.toHaveProperty('valid_to')
  })

  it('says in plain English what the standard cannot: bank holidays, cancellations, changes, extra dates and closures', () => {
    expect(scheduleNotes(session, context, '2027-04-26', 28)).toEqual([
      'Not on 3 May 2027 (Early May bank holiday, a bank holiday).',
      'Also on 5 May 2027, 10:00 to 11:00 (Half-term special).',
      'Not on 10 May 2027 (Hall in use as a polling station).',
      'On 17 May 2027: 13:00 to 14:30 at Orford Library (Moved for the day).',
      'Not on 24 May 2027 (Staff training).',
    ])
    expect(mapSchedule(session, service, context).notes).toContain(
      'Not on 10 May 2027 (Hall in use as a polling station).\nOn 17 May 2027',
    )
  })

  it('writes a monthly series with its weeks of the month, a last date and runs on bank holidays', () => {
    const monthly = directory({
      sessions: [
        {
          id: 71,
          slug: 'baby-sign-orford',
          service: 7,
          hub: 2,
          venue: 2,
          freq: 'monthly',
          days: ['TU'],
          weeksOfMonth: ['2', '-1'],
          firstDate: at('2027-01-01'),
          lastDate: at('2027-12-31'),
          opensAt: '13:00',
          closesAt: '14:00',
          runsOnBankHolidays: true,
        },
      ],
    })
    const schedule = mapSchedule(monthly.sessions[0]!, monthly.services[0]!, mappingContextOf(monthly, options))
    expect(schedule).toMatchObject({
      freq: 'MONTHLY',
      byday: '2TU,-1TU',
      dtstart: '2027-01-12',
      valid_to: '2027-12-31',
      until: '2027-12-31',
      service_at_location_id: serviceAtLocationId(7, 2),
    })
    expect(schedule.description).toBe(
      'Monthly on the 2nd and last Tuesday, 13:00 to 14:00 (UK time), at Orford Library. It runs on bank holidays too.',
    )
  })

  it('groups the dates a term rule leaves out, and says when term dates are not published yet', () => {
    const termTime = directory({
      sessions: [
        {
          id: 72,
          slug: 'baby-sign-tu',
          service: 7,
          hub: 1,
          venue: 1,
          freq: 'weekly',
          days: ['TU'],
          firstDate: at('2027-01-01'),
          opensAt: '09:30',
          closesAt: '10:30',
          termTime: 'term-time',
        },
      ],
      termDates: [
        {
          id: 1,
          name: 'Summer term (first half)',
          type: 'term',
          startDate: at('2027-04-12'),
          endDate: at('2027-05-28'),
        },
        {
          id: 2,
          name: 'Summer term (second half)',
          type: 'term',
          startDate: at('2027-06-14'),
          endDate: at('2027-07-21'),
        },
      ],
    })
    const context = mappingContextOf(termTime, options)
    expect(scheduleNotes(termTime.sessions[0]!, context, '2027-05-18', 90)).toEqual([
      'Not from 1 June 2027 to 8 June 2027 (school holidays).',
      'Not from 27 July 2027 to 10 August 2027 (term dates not published yet).',
    ])
    expect(mapSchedule(termTime.sessions[0]!, termTime.services[0]!, context).description).toContain(
      '09:30 to 10:30 (UK time), term time only, at Birchwood Family Hub.',
    )
  })

  it('notes a school-holidays series as not running in term time', () => {
    const holidays = directory({
      sessions: [
        {
          id: 73,
          slug: 'holiday-club',
          service: 7,
          hub: 1,
          venue: 1,
          freq: 'weekly',
          days: ['WE'],
          firstDate: at('2027-01-01'),
          opensAt: '10:00',
          closesAt: '12:00',
          termTime: 'school-holidays',
        },
      ],
      termDates: [
        { id: 1, name: 'Term', type: 'term', startDate: at('2027-04-12'), endDate: at('2027-05-28') },
        { id: 2, name: 'Term', type: 'term', startDate: at('2027-06-07'), endDate: at('2027-07-21') },
      ],
    })
    // 26 May is in term, 2 June in half term (it runs), 9 June in term again.
    expect(scheduleNotes(holidays.sessions[0]!, mappingContextOf(holidays, options), '2027-05-24', 16)).toEqual([
      'Not on 26 May 2027 (term time).',
      'Not on 9 June 2027 (term time).',
    ])
  })
})

describe('a service, fully nested', () => {
  const snapshot = directory()
  const context = mappingContextOf(snapshot, options)
  const service = mapService(snapshot.services[0]!, context)

  it('carries its own fields, who it is for, and when it or anything about it last changed', () => {
    expect(service).toMatchObject({
      id: openReferralId('services', 7),
      organization_id: openReferralId('organizations', 2),
      name: 'Baby Sign',
      description: 'Learn signs to share with your baby.\n\nA six-week course.',
      url: 'https://families.example.org/services/baby-sign/',
      email: 'sam@example.org',
      status: 'active',
      minimum_age: 0,
      maximum_age: 1,
      assured_date: '2027-02-01',
      last_modified: '2027-04-20T15:30:00.123Z', // the session changed last
      application_process: 'Book a place.\nBook online: https://www.example.org/book\nBook by phone on 01632 960555.',
    })
    expect(service.organization).toEqual({
      id: openReferralId('organizations', 2),
      name: 'Little Steps',
      description: 'Little Steps: Charity or voluntary group.',
    })
  })

  it('lists cost, contact, phones and languages with ids of their own', () => {
    expect(service.cost_options).toEqual([
      {
        id: openReferralId('cost_options', 7),
        service_id: service.id,
        option: 'Charge',
        amount: 2,
        currency: 'GBP',
        amount_description: '£2 per family per session',
      },
    ])
    expect(service.contacts).toEqual([
      {
        id: openReferralId('contacts', 7),
        service_id: service.id,
        name: 'Sam Lee',
        email: 'sam@example.org',
        phones: [{ id: openReferralId('phones', 7, 'contact'), number: '01632 960123' }],
      },
    ])
    expect(service.phones.map((p) => [p.number, p.description])).toEqual([
      ['01632 960123', 'Enquiries'],
      ['01632 960555', 'Booking'],
    ])
    expect(service.languages.map((l) => [l.code, l.name])).toEqual([
      ['en', 'English'],
      ['bfi', 'British Sign Language'],
    ])
  })

  it('runs at the venues of its sessions and the main venues of the hubs it is listed at, each with its schedules', () => {
    expect(service.service_at_locations.map((s) => [s.id, s.location.name])).toEqual([
      [serviceAtLocationId(7, 1), 'Birchwood Family Hub'],
      [serviceAtLocationId(7, 2), 'Orford Library'],
    ])
    expect(service.schedules.map((s) => s.service_at_location_id)).toEqual([serviceAtLocationId(7, 1)])
  })

  it('links its categories as taxonomy terms, a second-level term naming its parent', () => {
    expect(service.attributes).toEqual([
      {
        id: openReferralId('attributes', 7, 11),
        link_id: service.id,
        link_type: 'category',
        link_entity: 'service',
        taxonomy_term_id: openReferralId('taxonomy_terms', 11),
        taxonomy_term: mapTaxonomyTerm(snapshot.categories[1]!, context),
      },
    ])
    expect(service.attributes[0]!.taxonomy_term.parent_id).toBe(openReferralId('taxonomy_terms', 10))
  })

  it('never carries a staff-only note', () => {
    expect(JSON.stringify(openReferralDataset(snapshot, options))).not.toContain('Staff only')
  })

  it('says a temporarily closed service is closed, and an inactive one has no page, places or timetable', () => {
    const base = directory().services[0]!
    const closed = mapService({ ...base, status: 'temporarily-closed' }, context)
    expect(closed).toMatchObject({
      status: 'temporarily closed',
      alert: 'This service is temporarily closed. Contact the service before you go.',
    })
    expect(closed.schedules[0]).toMatchObject({ notes: 'Not running while the service is temporarily closed.' })
    expect(closed.schedules[0]).not.toHaveProperty('schedule_link') // the site has no calendar file for it until it reopens
    const inactive = mapService({ ...base, status: 'inactive' }, context)
    expect(inactive.status).toBe('inactive')
    expect(inactive).not.toHaveProperty('url')
    expect(inactive.schedules).toEqual([])
    expect(inactive.service_at_locations).toEqual([])
  })

  it('is free with an amount of 0, and has no contact when none is given', () => {
    const free = mapService(
      {
        ...directory().services[0]!,
        cost: { free: true, amount: null, details: undefined },
        contact: { name: undefined, phone: undefined, email: undefined, website: undefined },
        access: { methods: ['drop-in'], bookingUrl: undefined, bookingPhone: undefined, referralDetails: undefined },
      },
      context,
    )
    expect(free.cost_options).toEqual([
      { id: openReferralId('cost_options', 7), service_id: free.id, option: 'Free', amount: 0, currency: 'GBP' },
    ])
    expect(free.contacts).toEqual([])
    expect(free.phones).toEqual([])
    expect(free.application_process).toBe('Drop in, no need to book.')
  })
})

describe('locations, organisations and the taxonomy', () => {
  const snapshot = directory()
  const context = mappingContextOf(snapshot, options)

  it('a venue is a physical location with a UK address, its position and accessibility', () => {
    const location = mapLocation(snapshot.venues[0]!, context)
    const id = openReferralId('locations', 1)
    expect(location).toMatchObject({
      id,
      location_type: 'physical',
      name: 'Birchwood Family Hub',
      latitude: 53.4152,
      longitude: -2.5282,
      description: 'How to get there: Take the 25 bus.',
    })
    expect(location.addresses).toEqual([
      {
        id: openReferralId('addresses', 1),
        location_id: id,
        address_1: 'Benson Road',
        address_2: 'Birchwood',
        city: 'Warrington',
        state_province: 'Cheshire',
        postal_code: 'WA3 7PQ',
        country: 'GB',
        address_type: 'physical',
      },
    ])
    expect(location.accessibility.map((a) => a.description)).toEqual([
      'Step-free access',
      'Hearing loop',
      'All rooms are on the ground floor.',
    ])
    expect(mapLocation(snapshot.venues[1]!, context).description).toBe('Part of Orford Zone.')
  })

  it('an organisation keeps its website and email, and is described by its type when it has no description', () => {
    expect(mapOrganization(snapshot.organisations[0]!)).toEqual({
      id: openReferralId('organizations', 1),
      name: 'Mersey Vale Council',
      description: 'Mersey Vale Council: Council.',
      email: 'familyhubs@example.org',
      website: 'https://www.example.org/',
      uri: 'https://www.example.org/',
    })
  })

  it('the categories are one taxonomy whose terms link to their pages', () => {
    const dataset = openReferralDataset(snapshot, options)
    expect(dataset.taxonomies).toHaveLength(1)
    expect(dataset.taxonomies[0]).toMatchObject({
      id: openReferralId('taxonomies', 'categories'),
      uri: 'https://families.example.org/categories/',
    })
    expect(dataset.taxonomyTerms.map((t) => [t.name, t.term_uri, t.parent_id ?? null, t.description])).toEqual([
      ['Health', 'https://families.example.org/categories/health/', null, 'Health services for families.'],
      [
        'Health visiting',
        'https://families.example.org/categories/health-visiting/',
        openReferralId('taxonomy_terms', 10),
        'Health visiting',
      ],
    ])
  })
})
