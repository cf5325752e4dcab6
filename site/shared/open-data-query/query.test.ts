import { describe, expect, it } from 'vitest'
import { openReferralDataset } from '../../../core/open-referral/index.ts'
import { parseSnapshot } from '../../../core/records/snapshot.ts'
import type { PostcodeShard } from '../postcode-lookup.ts'
import { foldText, openReferralIndexOf } from './index.ts'
import { answerList, LIST_PARAMETERS, parseListQuery, readListQuery, type ListEndpoint } from './query.ts'
import { readDays, readInstant, readTime } from './values.ts'
import { readDemoSnapshot } from '../../../tests/fixtures/demo-snapshot.ts'

const raw: unknown = readDemoSnapshot()
const dataset = openReferralDataset(parseSnapshot(raw), {
  siteUrl: 'http://localhost:4321',
  today: '2027-02-10',
  region: 'Cheshire',
})
const index = openReferralIndexOf(dataset)

// WA5 1EZ is Great Sankey Family Hub's postcode, at the hub's own position.
const shards: Record<string, PostcodeShard> = {
  WA5: { outcode: 'WA5', centre: [53.39, -2.62], postcodes: { '1EZ': [53.3935, -2.6405] } },
}
const loadShard = async (outcode: string) => shards[outcode] ?? null

type Item = {
  name?: string
  service?: { name: string }
  location?: { name: string }
  distance?: number
  schedules?: unknown[]
}

/** Every item a list query gives (all pages), or throws with its errors. */
const itemsOf = async (endpoint: ListEndpoint, qs: string): Promise<Item[]> => {
  const read = await readListQuery(endpoint, new URLSearchParams(qs), loadShard)
  if (!read.ok) throw new Error(read.errors.map((e) => e.message).join('\n'))
  const answer = answerList(index, endpoint, { ...read.value.query, perPage: 1000 }, read.value.origin)
  if (answer.format !== 'json') throw new Error('expected pages')
  return answer.page.contents as Item[]
}
const services = async (qs: string) => (await itemsOf('services', qs)).map((s) => s.name!)
const placed = async (qs: string) =>
  (await itemsOf('service_at_locations', qs)).map((s) => `${s.service!.name} @ ${s.location!.name}`)
const errorsOf = async (endpoint: ListEndpoint, qs: string) => {
  const read = await readListQuery(endpoint, new URLSearchParams(qs), loadShard)
  if (read.ok) throw new Error(`${qs} was accepted`)
  return read.errors
}

const orgId = (name: string) => dataset.organizations.find((o) => o.name === name)!.id
const termId = (name: string) => dataset.taxonomyTerms.find((t) => t.name === name)!.id

describe('the live API’s list filters, on the demo directory', () => {
  it('lists everything in the dataset’s order without parameters', async () => {
    expect(await services('')).toEqual(dataset.services.map((s) => s.name))
    expect((await itemsOf('service_at_locations', '')).length).toBe(306)
  })

  it('search: every word, in any case and without accents, in the name, description, organization or categories', async () => {
    expect(await services('search=creche')).toContain('Crèche')
    expect(await services('search=CRÈCHE')).toEqual(await services('search=creche'))
    // Every word must appear: "stay" alone finds more than "stay play".
    expect(await services('search=sensory stay play')).toEqual(['Sensory Stay and Play (SEND)'])
    // The organization's name: Vale Baby Bank runs three services.
    expect(await services('search=vale baby bank')).toEqual(['Baby Bank', 'School Uniform Swap', 'Sling Library'])
    // A category's name: Stop Smoking in Pregnancy is filed under "Stop smoking".
    expect(await services('search=stop smoking')).toContain('Stop Smoking in Pregnancy')
    expect(await services('search=Dads’')).toEqual(await services("search=dads'"))
    expect(await services('search=zebra crossing')).toEqual([])
  })

  it('search at locations also finds the place’s name, address and postcode', async () => {
    const atLymmLibrary = await placed('search=WA13 0QW')
    expect(atLymmLibrary.length).toBeGreaterThan(0)
    expect(atLymmLibrary.every((p) => p.endsWith('@ Lymm Library'))).toBe(true)
    expect(await placed('search=baby cafe padgate')).toEqual([
      'Baby Café breastfeeding peer support @ Padgate Family Hub',
    ])
  })

  it('taxonomy_term_id: services filed under the term, and a top-level category finds its children’s services', async () => {
    expect(await services(`taxonomy_term_id=${termId('Stop smoking')}`)).toEqual(['Stop Smoking in Pregnancy'])
    const send = await services(`taxonomy_term_id=${termId('SEND')}`)
    expect(send).toEqual([
      'Autism Parent Support Group',
      'Chatterbox talking group',
      'Portage Home Visiting',
      'SEND Family Swim',
      'SENDIASS Drop-in',
      'Sensory Stay and Play (SEND)',
      'Speech and Language Drop-in',
      'Understanding EHC Plans workshop',
    ])
    // Upper case ids are the same id; a well-formed id of nothing matches nothing.
    expect(await services(`taxonomy_term_id=${termId('Stop smoking').toUpperCase()}`)).toEqual([
      'Stop Smoking in Pregnancy',
    ])
    expect(await services('taxonomy_term_id=ac148810-d857-441c-9679-408f346de14b')).toEqual([])
  })

  it('taxonomy_id: services with any term of the taxonomy', async () => {
    expect(await services(`taxonomy_id=${dataset.taxonomies[0]!.id}`)).toHaveLength(75)
    expect(await services('taxonomy_id=ac148810-d857-441c-9679-408f346de14b')).toEqual([])
  })

  it('organization_id: the services of that organization', async () => {
    expect(await services(`organization_id=${orgId('DadSpace North West')}`)).toEqual([
      'Dads-to-be Evening',
      'Dads’ Group',
      'Dads’ Saturday Club',
    ])
    expect(await services('organization_id=ac148810-d857-441c-9679-408f346de14b')).toEqual([])
  })

  it('minimum_age: a minimum age of at least the value; maximum_age: a maximum age given and at most the value', async () => {
    expect(await services('minimum_age=8')).toEqual([
      'Parenting Teenagers Course',
      'School Nurse Drop-in',
      'Teen Drop-in (11 to 19)',
      'Young Carers Group',
    ])
    expect(await services('minimum_age=0')).toHaveLength(75)
    const babies = await services('maximum_age=0')
    expect(babies).toContain('Antenatal Clinic')
    expect(babies).not.toContain('Baby Group') // up to 1
    expect(babies).toHaveLength(9)
    // Services with no upper age (Citizens Advice, for all ages) have no maximum age to compare.
    const withUpperAge = await services('maximum_age=150')
    expect(withUpperAge).not.toContain('Citizens Advice at the Family Hub')
    expect(withUpperAge).toHaveLength(dataset.services.filter((s) => s.maximum_age !== undefined).length)
    expect(await services('minimum_age=3&maximum_age=5')).toEqual(['Ready for School'])
  })

  it('day: a schedule on one of the days, by code or name, ordinals like 2TU counted', async () => {
    expect(await services('day=SU')).toEqual(['SEND Family Swim'])
    expect(await services('day=sunday')).toEqual(['SEND Family Swim'])
    expect(await services('day=Saturday')).toEqual(await services('day=sa'))
    // Reducing Parental Conflict Workshop runs on the 3rd Wednesday and the 1st Tuesday of the month.
    expect(await services('day=TU')).toContain('Reducing Parental Conflict Workshop')
    expect(await services('day=MO')).not.toContain('Reducing Parental Conflict Workshop')
    // Several days are any of them; repeating the parameter is the same.
    const sundayOrSaturday = await services('day=SU,SA')
    expect(sundayOrSaturday).toEqual(await services('day=SU&day=SA'))
    expect(sundayOrSaturday).toEqual(await services('day=SA'))
  })

  it('start_time and end_time: a schedule opening at or after, and closing at or before', async () => {
    expect(await services('start_time=18:30')).toEqual([
      'Autism Parent Support Group',
      'Dads-to-be Evening',
      'Parenting Teenagers Course',
      'Preparing for Birth classes',
    ])
    expect(await services('start_time=18:30:00')).toEqual(await services('start_time=18:30'))
    // Antenatal Clinic has a Monday 09:00 to 12:00 at Birchwood Family Hub.
    expect(await services('day=MO&start_time=09:00&end_time=12:00')).toContain('Antenatal Clinic')
    // Its Monday morning opens a minute too early, its Monday afternoon closes too late.
    expect(await services('day=MO&start_time=09:01&end_time=12:00')).not.toContain('Antenatal Clinic')
    expect(await services('end_time=11:59&search=antenatal clinic')).toEqual([])
  })

  it('day and times must hold for the same schedule', async () => {
    // Antenatal Clinic runs on Fridays (09:00) and in afternoons (13:30 on Mondays), but not on a Friday afternoon.
    const antenatal = dataset.services.find((s) => s.name === 'Antenatal Clinic')!
    expect(antenatal.schedules.some((s) => s.byday === 'FR')).toBe(true)
    expect(antenatal.schedules.some((s) => s.opens_at >= '13:00')).toBe(true)
    expect(await services('day=FR&start_time=13:00')).not.toContain('Antenatal Clinic')
    expect(await services('day=FR&start_time=13:00')).toContain('Infant Feeding Support') // Fridays 13:00 to 15:00
  })

  it('at locations, only the schedules at that location count', async () => {
    // Antenatal Clinic: Mondays 09:00 at Birchwood Family Hub, 13:30 at Great Sankey Family Hub, none at Bewsey and Dallam.
    expect(await placed('search=antenatal clinic&day=MO&end_time=12:00')).toEqual([
      'Antenatal Clinic @ Birchwood Family Hub',
    ])
    expect(await placed('search=antenatal clinic&day=MO')).toEqual([
      'Antenatal Clinic @ Birchwood Family Hub',
      'Antenatal Clinic @ Great Sankey Family Hub',
    ])
  })

  it('modified_after: last modified on or after a date (London midnight) or an instant', async () => {
    expect(await services('modified_after=2026-11-23')).toHaveLength(75)
    expect(await services('modified_after=2026-11-24')).toEqual([])
    const late = dataset.services
      .filter((s) => Date.parse(s.last_modified) >= Date.UTC(2026, 10, 23, 9, 32, 17, 500))
      .map((s) => s.name)
    expect(late.length).toBeGreaterThan(0)
    expect(late.length).toBeLessThan(75)
    expect(await services('modified_after=2026-11-23T09:32:17.500Z')).toEqual(late)
    expect(await services('modified_after=2026-11-23T09:32:17.500%2B00:00')).toEqual(late)
    expect(await services('modified_after=2026-11-23T04:32:17.500-05:00')).toEqual(late)
    // A "+" sent unencoded arrives as a space: read as the "+" it was.
    expect(await services('modified_after=2026-11-23T10:32:17.500+01:00')).toEqual(late)
    // On or after: the exact instant of a service's change includes it.
    const one = dataset.services[0]!
    expect(await services(`modified_after=${one.last_modified}`)).toContain(one.name)
  })

  it('combines every condition', async () => {
    expect(await services(`organization_id=${orgId('DadSpace North West')}&day=SA`)).toEqual(['Dads’ Saturday Club'])
    expect(await services(`taxonomy_term_id=${termId('SEND')}&day=SU&search=swim&maximum_age=25`)).toEqual([
      'SEND Family Swim',
    ])
    expect(await services(`taxonomy_term_id=${termId('SEND')}&day=SU&search=swim&maximum_age=24`)).toEqual([])
  })

  it('postcode: nearest first, each with its distance in metres; proximity keeps those within it', async () => {
    const near = await itemsOf('service_at_locations', 'postcode=wa51ez')
    expect(near).toHaveLength(306)
    expect(near[0]).toMatchObject({ location: { name: 'Great Sankey Family Hub' }, distance: 0 })
    const distances = near.map((x) => x.distance!)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(distances.every((d) => Number.isInteger(d))).toBe(true)

    const within = await itemsOf('service_at_locations', 'postcode=WA5 1EZ&proximity=1000')
    expect(new Set(within.map((x) => x.location!.name))).toEqual(
      new Set(['Great Sankey Family Hub', 'Great Sankey Leisure Centre']),
    )
    expect(within.every((x) => x.distance! <= 1000)).toBe(true)
    expect(within.at(-1)!.distance).toBe(824)
    // An outcode is its centre; the filters still apply.
    const fromOutcode = await itemsOf('service_at_locations', 'postcode=WA5&day=SU')
    expect(fromOutcode.map((x) => `${x.service!.name} @ ${x.location!.name}`)).toEqual([
      'SEND Family Swim @ Great Sankey Leisure Centre',
    ])
    // A full postcode the file lacks is at its outcode's centre.
    expect((await itemsOf('service_at_locations', 'postcode=WA5 9ZZ'))[0]!.distance).toBe(
      (await itemsOf('service_at_locations', 'postcode=WA5'))[0]!.distance,
    )
  })

  it('without a postcode, items have no distance', async () => {
    expect((await itemsOf('service_at_locations', 'per_page=5'))[0]!.distance).toBeUndefined()
  })

  it('pages: page and per_page, a page past the end empty', () => {
    const page = (qs: string) => {
      const parsed = parseListQuery('services', new URLSearchParams(qs))
      if (!parsed.ok) throw new Error(parsed.errors[0]!.message)
      const answer = answerList(index, 'services', parsed.value)
      if (answer.format !== 'json') throw new Error('expected a page')
      return answer.page
    }
    const first = page('')
    expect({ ...first, contents: first.contents.length }).toEqual({
      total_items: 75,
      total_pages: 2,
      page_number: 1,
      size: 50,
      first_page: true,
      last_page: false,
      empty: false,
      contents: 50,
    })
    const eighth = page('per_page=10&page=8')
    expect({ ...eighth, contents: undefined }).toEqual({
      total_items: 75,
      total_pages: 8,
      page_number: 8,
      size: 5,
      first_page: false,
      last_page: true,
      empty: false,
      contents: undefined,
    })
    expect((eighth.contents as Item[]).map((s) => s.name)).toEqual(dataset.services.slice(70).map((s) => s.name))
    const past = page('per_page=10&page=9')
    expect(past).toMatchObject({ page_number: 9, size: 0, contents: [], last_page: true })
    expect(page('per_page=1000').size).toBe(75)
    // The page in a static file's address.
    const fromPath = parseListQuery('services', new URLSearchParams('per_page=10'), 3)
    expect(fromPath.ok && fromPath.value.page).toBe(3)
  })

  it('full=true gives the fully nested documents, list summaries otherwise', async () => {
    expect((await itemsOf('services', 'per_page=1'))[0]!.schedules).toBeUndefined()
    expect((await itemsOf('services', 'full=true'))[0]).toEqual(dataset.services[0])
    expect((await itemsOf('services', 'full=1'))[0]).toEqual(dataset.services[0])
    expect((await itemsOf('services', 'full=false'))[0]!.schedules).toBeUndefined()
    const sal = (await itemsOf('service_at_locations', 'full=true&postcode=WA5 1EZ'))[0]!
    expect(sal).toMatchObject({
      distance: 0,
      location: { addresses: [expect.objectContaining({ postal_code: 'WA5 1EZ' })] },
    })
    expect(sal.service!).toHaveProperty('schedules')
  })

  it('format=ndjson gives every matching item, unpaged', async () => {
    const read = await readListQuery('services', new URLSearchParams('format=ndjson&day=SA'), loadShard)
    if (!read.ok) throw new Error('refused')
    const answer = answerList(index, 'services', read.value.query)
    expect(answer.format).toBe('ndjson')
    expect(answer.format === 'ndjson' && (answer.items as Item[]).map((s) => s.name)).toEqual(await services('day=SA'))
    const all = answerList(index, 'service_at_locations', { ...read.value.query, days: undefined })
    expect(all.format === 'ndjson' && all.items.length).toBe(306)
  })

  it('the other lists page their items', async () => {
    expect(await itemsOf('organizations', '')).toEqual(dataset.organizations)
    expect(await itemsOf('taxonomy_terms', 'per_page=5')).toHaveLength(32)
    expect((await itemsOf('taxonomies', ''))[0]).not.toHaveProperty('taxonomy_terms')
  })
})

describe('the live API’s refusals name the parameter, the value and the fix', () => {
  const one = async (endpoint: ListEndpoint, qs: string) => {
    const errors = await errorsOf(endpoint, qs)
    expect(errors, qs).toHaveLength(1)
    return errors[0]!
  }

  it('refuses each bad value', async () => {
    const cases: [string, string, string[]][] = [
      ['minimum_age=ten', 'minimum_age', ['"ten"', 'Give an age in whole years, like 5.']],
      ['maximum_age=-1', 'maximum_age', ['"-1"', 'from 0 to 150']],
      ['minimum_age=151', 'minimum_age', ['"151"', 'from 0 to 150']],
      ['page=0', 'page', ['"0"', 'from 1']],
      ['page=two', 'page', ['"two"', 'like 2']],
      ['page=1.5', 'page', ['"1.5"', 'whole number']],
      ['per_page=5000', 'per_page', ['"5000"', 'from 1 to 1,000']],
      ['per_page=0', 'per_page', ['"0"', 'from 1 to 1,000']],
      ['taxonomy_term_id=health', 'taxonomy_term_id', ['"health"', 'not a UUID', '/api/taxonomy_terms']],
      ['taxonomy_id=1', 'taxonomy_id', ['"1"', 'not a UUID', '/api/taxonomies']],
      ['organization_id=council', 'organization_id', ['"council"', 'not a UUID', '/api/organizations']],
      ['day=someday', 'day', ['"someday"', 'MO, TU, WE']],
      ['day=MO,funday', 'day', ['"funday"', 'MO, TU, WE']],
      ['start_time=9am', 'start_time', ['"9am"', 'like 09:30']],
      ['end_time=24:00', 'end_time', ['"24:00"', 'HH:MM']],
      ['start_time=10:60', 'start_time', ['"10:60"', 'HH:MM']],
      ['modified_after=yesterday', 'modified_after', ['"yesterday"', '2026-11-01']],
      ['modified_after=2026-02-30', 'modified_after', ['"2026-02-30"', 'date-time']],
      ['modified_after=2026-11-01T25:00Z', 'modified_after', ['"2026-11-01T25:00Z"', 'date-time']],
      ['full=yes', 'full', ['"yes"', 'full=true']],
      ['format=csv', 'format', ['"csv"', 'format=ndjson']],
      [`search=${'a'.repeat(201)}`, 'search', ['201 characters', 'at most 200']],
      ['search=!!!', 'search', ['"!!!"', 'no letters or numbers']],
      ['minimum_age=5&maximum_age=3', 'maximum_age', ['"3"', 'minimum_age "5"']],
      ['start_time=14:00&end_time=10:00', 'end_time', ['"10:00"', '"14:00"']],
      ['format=ndjson&per_page=10', 'per_page', ['"10"', 'format=ndjson']],
      ['minimum_age=3&minimum_age=5', 'minimum_age', ['2 times', '"3"', '"5"', 'once']],
    ]
    for (const [qs, parameter, words] of cases) {
      const error = await one('services', qs)
      expect(error.parameter, qs).toBe(parameter)
      expect(error.message.startsWith(parameter) || error.message.includes(` ${parameter}`), qs).toBe(true)
      for (const word of words) expect(error.message, qs).toContain(word)
    }
  })

  it('gives the message the brief asks for an age that is not a number', async () => {
    expect((await one('services', 'minimum_age=ten')).message).toBe(
      'minimum_age "ten" is not a number. Give an age in whole years, like 5.',
    )
  })

  it('refuses a postcode it cannot read or find, and proximity without a postcode or out of range', async () => {
    expect(await one('service_at_locations', 'postcode=hello')).toEqual({
      parameter: 'postcode',
      message: expect.stringContaining('"hello" is not a postcode'),
    })
    expect(await one('service_at_locations', 'postcode=ZZ9 9ZZ')).toEqual({
      parameter: 'postcode',
      message: expect.stringContaining('"ZZ9 9ZZ" was not found'),
    })
    expect(await one('service_at_locations', 'proximity=5000')).toEqual({
      parameter: 'proximity',
      message: expect.stringContaining('needs a postcode'),
    })
    for (const value of ['0', '-5', 'far', '1000001'])
      expect((await one('service_at_locations', `postcode=WA5&proximity=${value}`)).parameter, value).toBe('proximity')
    expect(await itemsOf('service_at_locations', 'postcode=WA5&proximity=1000000')).toHaveLength(306)
  })

  it('refuses unknown parameters, naming them and listing what the endpoint accepts', async () => {
    const unknown = await one('services', 'colour=blue')
    expect(unknown.parameter).toBe('colour')
    expect(unknown.message).toContain('"colour"')
    expect(unknown.message).toContain(LIST_PARAMETERS.services.join(', '))
    // postcode and proximity are only for services at locations.
    expect((await one('services', 'postcode=WA5')).parameter).toBe('postcode')
    expect((await one('organizations', 'search=council')).message).toContain(
      '/api/organizations accepts page, per_page.',
    )
    expect((await one('taxonomy_terms', 'full=true')).parameter).toBe('full')
  })

  it('reports every problem at once', async () => {
    const errors = await errorsOf('services', 'minimum_age=ten&day=someday&colour=blue')
    expect(errors.map((e) => e.parameter).sort()).toEqual(['colour', 'day', 'minimum_age'])
  })

  it('treats empty values as not given', async () => {
    expect(await services('minimum_age=&day=&search=')).toHaveLength(75)
  })
})

describe('reading values', () => {
  it('reads a date as midnight in London, in summer time too', () => {
    expect(readInstant('modified_after', '2026-06-15')).toEqual({ ok: true, value: Date.UTC(2026, 5, 14, 23) })
    expect(readInstant('modified_after', '2026-12-15')).toEqual({ ok: true, value: Date.UTC(2026, 11, 15) })
    // Without an offset, a date-time is London time.
    expect(readInstant('modified_after', '2026-06-15T09:30')).toEqual({ ok: true, value: Date.UTC(2026, 5, 15, 8, 30) })
    expect(readInstant('modified_after', '2026-06-15T09:30:15.250Z')).toEqual({
      ok: true,
      value: Date.UTC(2026, 5, 15, 9, 30, 15, 250),
    })
    expect(readInstant('modified_after', '2026-06-15T09:30+0100')).toEqual({
      ok: true,
      value: Date.UTC(2026, 5, 15, 8, 30),
    })
  })

  it('reads days and times', () => {
    expect(readDays('day', 'mo, Wednesday,FR')).toEqual({ ok: true, value: ['MO', 'WE', 'FR'] })
    expect(readTime('start_time', '9:05')).toEqual({ ok: true, value: 9 * 3600 + 5 * 60 })
    expect(readTime('start_time', '23:59:59')).toEqual({ ok: true, value: 86_399 })
  })

  it('folds text for search', () => {
    expect(foldText('Crèche & Dads’ Café')).toBe('creche dads cafe')
  })
})
