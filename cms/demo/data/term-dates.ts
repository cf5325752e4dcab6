/**
 * Bank holidays in England and Wales (as GOV.UK lists them, with substitute days), the borough's
 * school terms by half-term block, and family hub closure days.
 */
import type { SeedTermDate } from '../types.ts'

const bankHolidays: SeedTermDate[] = [
  // 2025
  { name: 'New Year’s Day', type: 'bank-holiday', startDate: '2025-01-01', endDate: '2025-01-01' },
  { name: 'Good Friday', type: 'bank-holiday', startDate: '2025-04-18', endDate: '2025-04-18' },
  { name: 'Easter Monday', type: 'bank-holiday', startDate: '2025-04-21', endDate: '2025-04-21' },
  { name: 'Early May bank holiday', type: 'bank-holiday', startDate: '2025-05-05', endDate: '2025-05-05' },
  { name: 'Spring bank holiday', type: 'bank-holiday', startDate: '2025-05-26', endDate: '2025-05-26' },
  { name: 'Summer bank holiday', type: 'bank-holiday', startDate: '2025-08-25', endDate: '2025-08-25' },
  { name: 'Christmas Day', type: 'bank-holiday', startDate: '2025-12-25', endDate: '2025-12-25' },
  { name: 'Boxing Day', type: 'bank-holiday', startDate: '2025-12-26', endDate: '2025-12-26' },
  // 2026
  { name: 'New Year’s Day', type: 'bank-holiday', startDate: '2026-01-01', endDate: '2026-01-01' },
  { name: 'Good Friday', type: 'bank-holiday', startDate: '2026-04-03', endDate: '2026-04-03' },
  { name: 'Easter Monday', type: 'bank-holiday', startDate: '2026-04-06', endDate: '2026-04-06' },
  { name: 'Early May bank holiday', type: 'bank-holiday', startDate: '2026-05-04', endDate: '2026-05-04' },
  { name: 'Spring bank holiday', type: 'bank-holiday', startDate: '2026-05-25', endDate: '2026-05-25' },
  { name: 'Summer bank holiday', type: 'bank-holiday', startDate: '2026-08-31', endDate: '2026-08-31' },
  { name: 'Christmas Day', type: 'bank-holiday', startDate: '2026-12-25', endDate: '2026-12-25' },
  { name: 'Boxing Day (substitute day)', type: 'bank-holiday', startDate: '2026-12-28', endDate: '2026-12-28' },
  // 2027
  { name: 'New Year’s Day', type: 'bank-holiday', startDate: '2027-01-01', endDate: '2027-01-01' },
  { name: 'Good Friday', type: 'bank-holiday', startDate: '2027-03-26', endDate: '2027-03-26' },
  { name: 'Easter Monday', type: 'bank-holiday', startDate: '2027-03-29', endDate: '2027-03-29' },
  { name: 'Early May bank holiday', type: 'bank-holiday', startDate: '2027-05-03', endDate: '2027-05-03' },
  { name: 'Spring bank holiday', type: 'bank-holiday', startDate: '2027-05-31', endDate: '2027-05-31' },
  { name: 'Summer bank holiday', type: 'bank-holiday', startDate: '2027-08-30', endDate: '2027-08-30' },
  { name: 'Christmas Day (substitute day)', type: 'bank-holiday', startDate: '2027-12-27', endDate: '2027-12-27' },
  { name: 'Boxing Day (substitute day)', type: 'bank-holiday', startDate: '2027-12-28', endDate: '2027-12-28' },
  // 2028
  { name: 'New Year’s Day (substitute day)', type: 'bank-holiday', startDate: '2028-01-03', endDate: '2028-01-03' },
  { name: 'Good Friday', type: 'bank-holiday', startDate: '2028-04-14', endDate: '2028-04-14' },
  { name: 'Easter Monday', type: 'bank-holiday', startDate: '2028-04-17', endDate: '2028-04-17' },
  { name: 'Early May bank holiday', type: 'bank-holiday', startDate: '2028-05-01', endDate: '2028-05-01' },
  { name: 'Spring bank holiday', type: 'bank-holiday', startDate: '2028-05-29', endDate: '2028-05-29' },
  { name: 'Summer bank holiday', type: 'bank-holiday', startDate: '2028-08-28', endDate: '2028-08-28' },
  { name: 'Christmas Day', type: 'bank-holiday', startDate: '2028-12-25', endDate: '2028-12-25' },
  { name: 'Boxing Day', type: 'bank-holiday', startDate: '2028-12-26', endDate: '2028-12-26' },
]

/** Mersey Vale community and voluntary controlled schools. Academies may set their own dates. */
const terms: SeedTermDate[] = [
  // 2025 to 2026: half terms 27 to 31 October, 16 to 20 February and 25 to 29 May; Easter 30 March to 10 April
  { name: 'Autumn term 2025 (first half)', type: 'term', startDate: '2025-09-03', endDate: '2025-10-24' },
  { name: 'Autumn term 2025 (second half)', type: 'term', startDate: '2025-11-03', endDate: '2025-12-19' },
  { name: 'Spring term 2026 (first half)', type: 'term', startDate: '2026-01-05', endDate: '2026-02-13' },
  { name: 'Spring term 2026 (second half)', type: 'term', startDate: '2026-02-23', endDate: '2026-03-27' },
  { name: 'Summer term 2026 (first half)', type: 'term', startDate: '2026-04-13', endDate: '2026-05-22' },
  { name: 'Summer term 2026 (second half)', type: 'term', startDate: '2026-06-01', endDate: '2026-07-21' },
  // 2026 to 2027: half terms 26 to 30 October, 15 to 19 February and 31 May to 4 June; Easter 26 March to 9 April
  { name: 'Autumn term 2026 (first half)', type: 'term', startDate: '2026-09-03', endDate: '2026-10-23' },
  { name: 'Autumn term 2026 (second half)', type: 'term', startDate: '2026-11-02', endDate: '2026-12-18' },
  { name: 'Spring term 2027 (first half)', type: 'term', startDate: '2027-01-04', endDate: '2027-02-12' },
  { name: 'Spring term 2027 (second half)', type: 'term', startDate: '2027-02-22', endDate: '2027-03-25' },
  { name: 'Summer term 2027 (first half)', type: 'term', startDate: '2027-04-12', endDate: '2027-05-28' },
  { name: 'Summer term 2027 (second half)', type: 'term', startDate: '2027-06-07', endDate: '2027-07-21' },
  // 2027 to 2028 (published a year ahead): half terms 25 to 29 October, 14 to 18 February and 29 May to 2 June; Easter 10 to 21 April
  { name: 'Autumn term 2027 (first half)', type: 'term', startDate: '2027-09-02', endDate: '2027-10-22' },
  { name: 'Autumn term 2027 (second half)', type: 'term', startDate: '2027-11-01', endDate: '2027-12-17' },
  { name: 'Spring term 2028 (first half)', type: 'term', startDate: '2028-01-04', endDate: '2028-02-11' },
  { name: 'Spring term 2028 (second half)', type: 'term', startDate: '2028-02-21', endDate: '2028-04-07' },
  { name: 'Summer term 2028 (first half)', type: 'term', startDate: '2028-04-24', endDate: '2028-05-26' },
  { name: 'Summer term 2028 (second half)', type: 'term', startDate: '2028-06-05', endDate: '2028-07-21' },
]

const closures: SeedTermDate[] = [
  {
    name: 'Christmas closure 2025',
    type: 'closure',
    startDate: '2025-12-24',
    endDate: '2026-01-01',
    hubs: [],
    reason: 'All family hubs are closed over Christmas and New Year. We reopen on Friday 2 January. In an emergency call 999, or NHS 111 for urgent medical help.',
  },
  {
    name: 'Staff training day: Birchwood Family Hub',
    type: 'closure',
    startDate: '2026-03-06',
    endDate: '2026-03-06',
    hubs: ['birchwood-family-hub'],
    reason: 'Closed for a staff training day. Great Sankey and Stockton Heath family hubs are open as usual.',
  },
  {
    name: 'Polling station: Stockton Heath Family Hub',
    type: 'closure',
    startDate: '2026-05-07',
    endDate: '2026-05-07',
    hubs: ['stockton-heath-family-hub'],
    reason: 'The hall is used as a polling station for the local elections, so groups and drop-ins will not run. Birchwood and Great Sankey family hubs are open as usual.',
  },
  {
    name: 'Refurbishment: Great Sankey Family Hub',
    type: 'closure',
    startDate: '2026-08-03',
    endDate: '2026-08-14',
    hubs: ['great-sankey-family-hub'],
    reason: 'Closed for two weeks while we refurbish the activity rooms and baby change. Please use Birchwood or Stockton Heath family hub while we are closed.',
  },
  {
    name: 'Staff development day: all family hubs',
    type: 'closure',
    startDate: '2026-10-09',
    endDate: '2026-10-09',
    hubs: [],
    reason: 'All family hubs are closed for a staff development day. Sessions will run as usual from Monday 12 October.',
  },
  {
    name: 'Christmas closure 2026',
    type: 'closure',
    startDate: '2026-12-24',
    endDate: '2027-01-01',
    hubs: [],
    reason: 'All family hubs are closed over Christmas and New Year. We reopen on Monday 4 January. In an emergency call 999, or NHS 111 for urgent medical help.',
  },
]

export const termDates: SeedTermDate[] = [...bankHolidays, ...terms, ...closures]
