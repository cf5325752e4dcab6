/**
 * The timetable: each entry is one session series of a service at a venue, on a hub's timetable.
 * Weekly, fortnightly (interval 2) or monthly on an ordinal weekday; term time, school holidays
 * or all year; with dated exceptions (cancelled, changed or extra dates).
 */
import type { SeedSession } from '../types.ts'

export const sessions: SeedSession[] = [
  // ---------------------------------------------------------------------------------------------
  // Stay and Play
  // ---------------------------------------------------------------------------------------------
  {
    service: 'stay-and-play',
    hub: 'birchwood-family-hub',
    venue: 'birchwood-family-hub',
    freq: 'weekly',
    interval: 1,
    days: ['TU'],
    firstDate: '2025-09-09',
    opensAt: '09:30',
    closesAt: '11:30',
    termTime: 'all-year',
    exceptions: [
      { date: '2026-12-18', kind: 'extra', reason: 'Christmas Stay and Play with a visit from Father Christmas. All welcome, no need to book.', opensAt: '09:30', closesAt: '11:30' },
      { date: '2027-02-16', kind: 'cancelled', reason: 'Staff training day. Stay and Play at Padgate Family Hub on Monday is open as usual.' },
    ],
  },
  { service: 'stay-and-play', hub: 'birchwood-family-hub', venue: 'gorse-covert-community-centre', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2025-09-11', opensAt: '13:00', closesAt: '14:30', termTime: 'term-time' },
  { service: 'stay-and-play', hub: 'padgate-family-hub', venue: 'padgate-family-hub', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2025-09-08', opensAt: '09:30', closesAt: '11:30', termTime: 'all-year' },
  {
    service: 'stay-and-play',
    hub: 'croft-outreach',
    venue: 'croft-village-hall',
    title: 'Stay and Play at Croft Village Hall',
    freq: 'weekly',
    interval: 1,
    days: ['WE'],
    firstDate: '2025-09-10',
    opensAt: '09:30',
    closesAt: '11:00',
    termTime: 'term-time',
    exceptions: [{ date: '2027-01-13', kind: 'cancelled', reason: 'Cancelled: the hall heating is being repaired. See you next Wednesday.' }],
  },
  { service: 'stay-and-play', hub: 'croft-outreach', venue: 'glazebury-village-hall', title: 'Stay and Play at Glazebury Village Hall', freq: 'weekly', interval: 2, days: ['MO'], firstDate: '2026-01-12', opensAt: '10:00', closesAt: '11:30', termTime: 'term-time' },
  { service: 'stay-and-play', hub: 'woolston-outreach', venue: 'woolston-community-centre', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2026-01-05', opensAt: '13:15', closesAt: '14:45', termTime: 'term-time' },
  {
    service: 'stay-and-play',
    hub: 'stockton-heath-family-hub',
    venue: 'stockton-heath-family-hub',
    freq: 'weekly',
    interval: 1,
    days: ['WE'],
    firstDate: '2025-09-10',
    opensAt: '09:30',
    closesAt: '11:30',
    termTime: 'all-year',
    exceptions: [{ date: '2026-12-16', kind: 'cancelled', reason: 'Christmas party at Stockton Heath Library instead, 10am to 12 noon – all welcome.' }],
  },
  { service: 'stay-and-play', hub: 'latchford-child-and-family-centre', venue: 'latchford-child-and-family-centre', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2025-09-11', opensAt: '09:30', closesAt: '11:30', termTime: 'all-year' },
  { service: 'stay-and-play', hub: 'appleton-thorn-outreach', venue: 'appleton-thorn-village-hall', freq: 'weekly', interval: 2, days: ['FR'], firstDate: '2026-01-09', opensAt: '09:30', closesAt: '11:00', termTime: 'term-time' },
  { service: 'stay-and-play', hub: 'great-sankey-family-hub', venue: 'great-sankey-family-hub', freq: 'weekly', interval: 1, days: ['FR'], firstDate: '2025-09-12', opensAt: '09:30', closesAt: '11:30', termTime: 'all-year' },
  { service: 'stay-and-play', hub: 'bewsey-and-dallam-family-hub', venue: 'bewsey-and-dallam-family-hub', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2025-09-09', opensAt: '13:00', closesAt: '15:00', termTime: 'all-year' },
  {
    service: 'stay-and-play',
    hub: 'burtonwood-outreach',
    venue: 'burtonwood-community-centre',
    freq: 'weekly',
    interval: 1,
    days: ['TH'],
    firstDate: '2026-04-16',
    opensAt: '09:30',
    closesAt: '11:00',
    termTime: 'term-time',
    exceptions: [{ date: '2027-05-06', kind: 'cancelled', reason: 'Cancelled: the community centre is being used as a polling station for the local elections.' }],
  },
  { service: 'stay-and-play', hub: 'latchford-child-and-family-centre', venue: 'westy-community-centre', title: 'Summer holiday Stay and Play', freq: 'weekly', interval: 1, days: ['TU', 'TH'], firstDate: '2027-07-22', lastDate: '2027-08-31', opensAt: '10:00', closesAt: '12:00', termTime: 'school-holidays' },
  { service: 'stay-and-play', hub: 'culcheth-library-zone', venue: 'culcheth-community-centre', title: 'Summer holiday Stay and Play', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2027-07-28', lastDate: '2027-09-01', opensAt: '10:00', closesAt: '11:30', termTime: 'school-holidays' },

  // ---------------------------------------------------------------------------------------------
  // Baby Group, Toddler Group, Bumps and Babies
  // ---------------------------------------------------------------------------------------------
  { service: 'baby-group', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2025-09-11', opensAt: '13:30', closesAt: '15:00', termTime: 'all-year' },
  { service: 'baby-group', hub: 'padgate-family-hub', venue: 'padgate-family-hub', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2025-09-10', opensAt: '13:30', closesAt: '15:00', termTime: 'all-year' },
  { service: 'baby-group', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-family-hub', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2025-09-08', opensAt: '13:30', closesAt: '15:00', termTime: 'all-year' },
  { service: 'baby-group', hub: 'stockton-heath-family-hub', venue: 'thelwall-parish-hall', title: 'Baby Group at Thelwall', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2026-01-08', opensAt: '10:00', closesAt: '11:30', termTime: 'term-time' },
  {
    service: 'baby-group',
    hub: 'great-sankey-family-hub',
    venue: 'great-sankey-family-hub',
    freq: 'weekly',
    interval: 1,
    days: ['TU'],
    firstDate: '2025-09-09',
    opensAt: '10:00',
    closesAt: '11:30',
    termTime: 'all-year',
    exceptions: [{ date: '2027-01-19', kind: 'changed', venue: 'westbrook-community-rooms', reason: 'Moved to the Westbrook Centre community rooms while the baby room is redecorated.' }],
  },
  { service: 'baby-group', hub: 'lymm-library-zone', venue: 'lymm-library', freq: 'weekly', interval: 1, days: ['FR'], firstDate: '2026-01-09', opensAt: '10:00', closesAt: '11:30', termTime: 'term-time' },

  { service: 'toddler-group', hub: 'padgate-family-hub', venue: 'christ-church-hall-padgate', freq: 'weekly', interval: 1, days: ['FR'], firstDate: '2025-09-12', opensAt: '09:30', closesAt: '11:30', termTime: 'term-time' },
  {
    service: 'toddler-group',
    hub: 'latchford-child-and-family-centre',
    venue: 'st-james-church-hall-latchford',
    freq: 'weekly',
    interval: 1,
    days: ['TU'],
    firstDate: '2025-09-09',
    opensAt: '09:30',
    closesAt: '11:30',
    termTime: 'term-time',
    exceptions: [{ date: '2026-12-15', kind: 'cancelled', reason: 'Cancelled: the church needs the hall for its Christmas services. Join the Christmas party at Stay and Play, Latchford Child and Family Centre, on Thursday instead.' }],
  },
  { service: 'toddler-group', hub: 'bewsey-and-dallam-family-hub', venue: 'dallam-community-centre', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2025-09-10', opensAt: '09:30', closesAt: '11:30', termTime: 'term-time' },
  { service: 'toddler-group', hub: 'culcheth-library-zone', venue: 'culcheth-community-centre', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2025-09-08', opensAt: '09:30', closesAt: '11:00', termTime: 'term-time' },
  { service: 'toddler-group', hub: 'great-sankey-family-hub', venue: 'westbrook-community-rooms', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2026-01-08', opensAt: '13:00', closesAt: '14:30', termTime: 'term-time' },

  { service: 'bumps-and-babies', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', freq: 'weekly', interval: 1, days: ['FR'], firstDate: '2025-09-12', opensAt: '10:00', closesAt: '11:30', termTime: 'all-year' },
  { service: 'bumps-and-babies', hub: 'lymm-library-zone', venue: 'lymm-methodist-church-hall', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2025-09-10', opensAt: '10:00', closesAt: '11:30', termTime: 'term-time' },
  { service: 'bumps-and-babies', hub: 'burtonwood-outreach', venue: 'burtonwood-library', freq: 'weekly', interval: 2, days: ['MO'], firstDate: '2026-01-12', opensAt: '10:00', closesAt: '11:30', termTime: 'term-time' },

  // ---------------------------------------------------------------------------------------------
  // Baby classes
  // ---------------------------------------------------------------------------------------------
  { service: 'baby-massage', hub: 'latchford-child-and-family-centre', venue: 'latchford-child-and-family-centre', title: 'Baby Massage (5-week course)', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2026-11-10', lastDate: '2026-12-08', opensAt: '13:30', closesAt: '14:30', termTime: 'all-year', capacity: 8, bookingNotes: 'Book for all five weeks. Babies must be 6 weeks or older at the first session.' },
  { service: 'baby-massage', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', title: 'Baby Massage (5-week course)', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2027-01-11', lastDate: '2027-02-08', opensAt: '10:00', closesAt: '11:00', termTime: 'all-year', capacity: 8, bookingNotes: 'Book for all five weeks. Babies must be 6 weeks or older at the first session.' },
  { service: 'baby-massage', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-family-hub', title: 'Baby Massage (5-week course)', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2027-01-14', lastDate: '2027-02-11', opensAt: '10:00', closesAt: '11:00', termTime: 'all-year', capacity: 8, bookingNotes: 'Book for all five weeks. Babies must be 6 weeks or older at the first session.' },
  { service: 'baby-massage', hub: 'great-sankey-family-hub', venue: 'great-sankey-family-hub', title: 'Baby Massage (5-week course)', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2027-02-24', lastDate: '2027-03-24', opensAt: '13:30', closesAt: '14:30', termTime: 'all-year', capacity: 8, bookingNotes: 'Book for all five weeks. Babies must be 6 weeks or older at the first session.' },

  { service: 'baby-yoga', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-family-hub', freq: 'weekly', interval: 1, days: ['FR'], firstDate: '2025-09-12', opensAt: '10:00', closesAt: '10:45', termTime: 'all-year' },
  { service: 'baby-yoga', hub: 'culcheth-library-zone', venue: 'culcheth-community-centre', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2026-01-06', opensAt: '10:00', closesAt: '10:45', termTime: 'term-time' },

  { service: 'baby-sign', hub: 'birchwood-family-hub', venue: 'birchwood-library', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2026-01-07', opensAt: '10:30', closesAt: '11:15', termTime: 'term-time', capacity: 12, bookingNotes: 'Booking is optional but guarantees a place.' },
  { service: 'baby-sign', hub: 'latchford-child-and-family-centre', venue: 'latchford-child-and-family-centre', freq: 'weekly', interval: 1, days: ['FR'], firstDate: '2026-04-17', opensAt: '10:00', closesAt: '10:45', termTime: 'term-time', capacity: 12, bookingNotes: 'Booking is optional but guarantees a place.' },

  { service: 'music-and-movement', hub: 'padgate-family-hub', venue: 'padgate-family-hub', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2025-09-09', opensAt: '10:00', closesAt: '10:45', termTime: 'term-time' },
  {
    service: 'music-and-movement',
    hub: 'winwick-outreach',
    venue: 'winwick-parish-hall',
    freq: 'weekly',
    interval: 1,
    days: ['MO'],
    firstDate: '2025-09-08',
    opensAt: '10:00',
    closesAt: '11:00',
    termTime: 'term-time',
    exceptions: [{ date: '2027-03-01', kind: 'changed', opensAt: '10:30', closesAt: '11:30', reason: 'Starting half an hour later this week while the hall is used for a parish meeting.' }],
  },
  { service: 'music-and-movement', hub: 'appleton-thorn-outreach', venue: 'appleton-thorn-village-hall', freq: 'weekly', interval: 2, days: ['FR'], firstDate: '2026-01-16', opensAt: '09:30', closesAt: '10:30', termTime: 'term-time' },

  { service: 'little-explorers-messy-play', hub: 'birchwood-family-hub', venue: 'gorse-covert-community-centre', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2025-09-08', opensAt: '10:00', closesAt: '11:15', termTime: 'term-time' },
  { service: 'little-explorers-messy-play', hub: 'latchford-child-and-family-centre', venue: 'latchford-child-and-family-centre', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2026-01-05', opensAt: '10:00', closesAt: '11:15', termTime: 'term-time' },
  { service: 'little-explorers-messy-play', hub: 'burtonwood-outreach', venue: 'burtonwood-community-centre', freq: 'weekly', interval: 2, days: ['TU'], firstDate: '2026-01-06', opensAt: '13:00', closesAt: '14:15', termTime: 'term-time' },

  { service: 'muddy-boots-outdoor-play', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-family-hub', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2026-04-14', opensAt: '10:00', closesAt: '11:30', termTime: 'term-time' },
  { service: 'muddy-boots-outdoor-play', hub: 'croft-outreach', venue: 'croft-village-hall', freq: 'weekly', interval: 1, days: ['FR'], firstDate: '2026-04-17', opensAt: '10:00', closesAt: '11:30', termTime: 'term-time' },

  // ---------------------------------------------------------------------------------------------
  // Courses and crèche
  // ---------------------------------------------------------------------------------------------
  {
    service: 'positive-parenting-course',
    hub: 'birchwood-family-hub',
    venue: 'birchwood-family-hub',
    title: 'Positive Parenting Course (10 weeks, daytime)',
    freq: 'weekly',
    interval: 1,
    days: ['TU'],
    firstDate: '2027-01-12',
    lastDate: '2027-03-23',
    opensAt: '09:30',
    closesAt: '11:30',
    termTime: 'term-time',
    capacity: 12,
    bookingNotes: 'Ten weekly sessions, no session in the February half term. Please book for the whole course and ask for a crèche place when you book.',
    exceptions: [{ date: '2027-02-09', kind: 'changed', venue: 'birchwood-library', reason: 'This week we meet in the community room at Birchwood Library, as the hub is hosting a vaccination clinic.' }],
  },
  { service: 'positive-parenting-course', hub: 'latchford-child-and-family-centre', venue: 'latchford-child-and-family-centre', title: 'Positive Parenting Course (10 weeks, daytime)', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2027-01-13', lastDate: '2027-03-24', opensAt: '09:30', closesAt: '11:30', termTime: 'term-time', capacity: 12, bookingNotes: 'Ten weekly sessions, no session in the February half term. Please book for the whole course and ask for a crèche place when you book.' },
  { service: 'positive-parenting-course', hub: 'great-sankey-family-hub', venue: 'great-sankey-family-hub', title: 'Positive Parenting Course (10 weeks, evening)', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2027-01-14', lastDate: '2027-03-25', opensAt: '18:00', closesAt: '20:00', termTime: 'term-time', capacity: 12, bookingNotes: 'Ten weekly sessions, no session in the February half term. No crèche at the evening course.' },

  {
    service: 'creche',
    hub: 'birchwood-family-hub',
    venue: 'birchwood-family-hub',
    title: 'Crèche for the Positive Parenting Course',
    freq: 'weekly',
    interval: 1,
    days: ['TU'],
    firstDate: '2027-01-12',
    lastDate: '2027-03-23',
    opensAt: '09:15',
    closesAt: '11:45',
    termTime: 'term-time',
    capacity: 9,
    bookingNotes: 'Only for children of parents on the Positive Parenting Course. Book when you book the course.',
    exceptions: [{ date: '2027-02-09', kind: 'changed', venue: 'birchwood-library', reason: 'The crèche moves to Birchwood Library with the course this week.' }],
  },
  { service: 'creche', hub: 'latchford-child-and-family-centre', venue: 'latchford-child-and-family-centre', title: 'Crèche for the Positive Parenting Course', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2027-01-13', lastDate: '2027-03-24', opensAt: '09:15', closesAt: '11:45', termTime: 'term-time', capacity: 9, bookingNotes: 'Only for children of parents on the Positive Parenting Course. Book when you book the course.' },
  { service: 'creche', hub: 'bewsey-and-dallam-family-hub', venue: 'bewsey-and-dallam-family-hub', title: 'Crèche for ESOL for Parents', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2025-09-11', opensAt: '09:15', closesAt: '11:45', termTime: 'term-time', capacity: 12, bookingNotes: 'Only for children of parents in the Thursday ESOL class. Ask the tutor for a place.' },

  { service: 'henry-healthy-families', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-family-hub', title: 'HENRY (8 weeks, autumn)', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2026-09-17', lastDate: '2026-11-12', opensAt: '09:30', closesAt: '11:30', termTime: 'term-time', capacity: 10, bookingNotes: 'Eight weekly sessions, no session in the October half term.' },
  { service: 'henry-healthy-families', hub: 'padgate-family-hub', venue: 'padgate-family-hub', title: 'HENRY (8 weeks, spring)', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2027-01-11', lastDate: '2027-03-08', opensAt: '09:30', closesAt: '11:30', termTime: 'term-time', capacity: 10, bookingNotes: 'Eight weekly sessions, no session in the February half term.' },

  { service: 'cook-and-eat', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', title: 'Cook and Eat (6 weeks)', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2026-11-02', lastDate: '2026-12-07', opensAt: '13:00', closesAt: '15:00', termTime: 'term-time', capacity: 8, bookingNotes: 'Six weekly sessions. Tell us about allergies when you book.' },
  { service: 'cook-and-eat', hub: 'bewsey-and-dallam-family-hub', venue: 'bewsey-and-dallam-family-hub', title: 'Cook and Eat (6 weeks)', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2027-01-13', lastDate: '2027-02-24', opensAt: '10:00', closesAt: '12:00', termTime: 'term-time', capacity: 8, bookingNotes: 'Six weekly sessions, no session in the February half term. Crèche available.' },
  { service: 'cook-and-eat', hub: 'woolston-outreach', venue: 'woolston-community-centre', title: 'Cook and Eat (6 weeks)', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2027-04-13', lastDate: '2027-05-18', opensAt: '13:00', closesAt: '15:00', termTime: 'term-time', capacity: 8, bookingNotes: 'Six weekly sessions. Tell us about allergies when you book.' },

  { service: 'welcome-to-the-world', hub: 'great-sankey-family-hub', venue: 'great-sankey-family-hub', title: 'Welcome to the World (8 weeks)', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2026-09-14', lastDate: '2026-11-09', opensAt: '13:00', closesAt: '15:00', termTime: 'term-time', capacity: 10, bookingNotes: 'Eight weekly sessions. Partners welcome: book one place per couple.' },
  { service: 'welcome-to-the-world', hub: 'padgate-family-hub', venue: 'padgate-family-hub', title: 'Welcome to the World (8 weeks, evening)', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2027-01-13', lastDate: '2027-03-10', opensAt: '18:00', closesAt: '20:00', termTime: 'term-time', capacity: 10, bookingNotes: 'Eight weekly sessions, no session in the February half term. Book one place per couple.' },

  { service: 'reducing-parental-conflict-workshop', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-family-hub', freq: 'monthly', interval: 1, days: ['WE'], weeksOfMonth: ['3'], firstDate: '2025-09-17', opensAt: '18:00', closesAt: '20:00', termTime: 'all-year', capacity: 14, bookingNotes: 'Book each workshop separately. Parents can book separate places if they prefer not to sit together.' },
  { service: 'reducing-parental-conflict-workshop', hub: 'bewsey-and-dallam-family-hub', venue: 'bewsey-and-dallam-family-hub', freq: 'monthly', interval: 1, days: ['TU'], weeksOfMonth: ['1'], firstDate: '2025-10-07', opensAt: '10:00', closesAt: '12:00', termTime: 'all-year', capacity: 14, bookingNotes: 'Book each workshop separately.' },

  { service: 'parenting-teenagers-course', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-family-hub', title: 'Parenting Teenagers (6 weeks, evening)', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2027-02-02', lastDate: '2027-03-09', opensAt: '18:30', closesAt: '20:30', termTime: 'term-time', capacity: 14, bookingNotes: 'Six weekly sessions, no session in the February half term.' },
  { service: 'parenting-teenagers-course', hub: 'bewsey-and-dallam-family-hub', venue: 'bewsey-and-dallam-family-hub', title: 'Parenting Teenagers (6 weeks, evening)', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2027-04-19', lastDate: '2027-05-24', opensAt: '18:00', closesAt: '20:00', termTime: 'term-time', capacity: 14, bookingNotes: 'Six weekly sessions. No session on the early May bank holiday.' },

  { service: 'time-for-you-wellbeing-course', hub: 'great-sankey-family-hub', venue: 'great-sankey-family-hub', title: 'Time for You (6 weeks)', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2027-04-13', lastDate: '2027-05-18', opensAt: '09:30', closesAt: '11:30', termTime: 'term-time', capacity: 10, bookingNotes: 'Six weekly sessions. Free crèche: ask when you book.' },

  { service: 'baby-and-child-first-aid', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', freq: 'monthly', interval: 1, days: ['WE'], weeksOfMonth: ['-1'], firstDate: '2025-09-24', opensAt: '18:00', closesAt: '20:00', termTime: 'all-year', capacity: 12, bookingNotes: 'Book each session separately. Babies under 6 months can come with you.' },
  { service: 'baby-and-child-first-aid', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-family-hub', freq: 'monthly', interval: 1, days: ['MO'], weeksOfMonth: ['2'], firstDate: '2025-09-08', opensAt: '13:00', closesAt: '15:00', termTime: 'all-year', capacity: 12, bookingNotes: 'Book each session separately. Babies under 6 months can come with you.' },
  { service: 'baby-and-child-first-aid', hub: 'bewsey-and-dallam-family-hub', venue: 'bewsey-and-dallam-family-hub', freq: 'monthly', interval: 1, days: ['TH'], weeksOfMonth: ['4'], firstDate: '2025-09-25', opensAt: '10:00', closesAt: '12:00', termTime: 'all-year', capacity: 12, bookingNotes: 'Book each session separately. Babies under 6 months can come with you.' },

  { service: 'ready-for-school', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2027-04-15', lastDate: '2027-07-15', opensAt: '13:30', closesAt: '15:00', termTime: 'term-time', capacity: 12, bookingNotes: 'For children starting Reception in September 2027. Book for the whole summer term.' },
  { service: 'ready-for-school', hub: 'bewsey-and-dallam-family-hub', venue: 'bewsey-and-dallam-family-hub', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2027-04-13', lastDate: '2027-07-13', opensAt: '13:30', closesAt: '15:00', termTime: 'term-time', capacity: 12, bookingNotes: 'For children starting Reception in September 2027. Book for the whole summer term.' },
  { service: 'ready-for-school', hub: 'stockton-heath-family-hub', venue: 'grappenhall-community-centre', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2027-06-07', lastDate: '2027-07-19', opensAt: '09:30', closesAt: '11:00', termTime: 'term-time', capacity: 12, bookingNotes: 'Seven weekly sessions in the second half of the summer term.' },

  // ---------------------------------------------------------------------------------------------
  // Young parents, dads, grandparents, twins
  // ---------------------------------------------------------------------------------------------
  { service: 'young-parents-group', hub: 'padgate-family-hub', venue: 'padgate-family-hub', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2025-09-11', opensAt: '13:00', closesAt: '15:00', termTime: 'all-year' },
  { service: 'young-parents-group', hub: 'bewsey-and-dallam-family-hub', venue: 'bewsey-and-dallam-family-hub', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2025-09-08', opensAt: '13:00', closesAt: '15:00', termTime: 'all-year' },
  { service: 'young-parents-group', hub: 'latchford-child-and-family-centre', venue: 'westy-community-centre', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2026-01-07', opensAt: '13:00', closesAt: '14:30', termTime: 'term-time' },

  { service: 'dads-group', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2025-09-10', opensAt: '18:00', closesAt: '19:30', termTime: 'all-year' },
  { service: 'dads-group', hub: 'latchford-child-and-family-centre', venue: 'latchford-child-and-family-centre', freq: 'weekly', interval: 2, days: ['TH'], firstDate: '2025-09-18', opensAt: '18:00', closesAt: '19:30', termTime: 'all-year' },
  {
    service: 'dads-group',
    hub: 'great-sankey-family-hub',
    venue: 'great-sankey-family-hub',
    freq: 'weekly',
    interval: 1,
    days: ['MO'],
    firstDate: '2025-09-08',
    opensAt: '18:00',
    closesAt: '19:30',
    termTime: 'all-year',
    exceptions: [{ date: '2026-12-21', kind: 'cancelled', reason: 'No group in Christmas week: come to the DadSpace Christmas curry night instead (ask a volunteer for details). Back on 4 January.' }],
  },
  { service: 'dads-saturday-club', hub: 'padgate-family-hub', venue: 'padgate-family-hub', freq: 'weekly', interval: 1, days: ['SA'], firstDate: '2025-09-13', opensAt: '09:30', closesAt: '11:30', termTime: 'all-year', runsOnBankHolidays: true },
  { service: 'dads-saturday-club', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-family-hub', freq: 'monthly', interval: 1, days: ['SA'], weeksOfMonth: ['1'], firstDate: '2025-10-04', opensAt: '10:00', closesAt: '12:00', termTime: 'all-year', runsOnBankHolidays: true },
  { service: 'dads-to-be-evening', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', freq: 'monthly', interval: 1, days: ['TU'], weeksOfMonth: ['2'], firstDate: '2025-09-09', opensAt: '18:30', closesAt: '20:00', termTime: 'all-year' },
  { service: 'dads-to-be-evening', hub: 'great-sankey-family-hub', venue: 'great-sankey-family-hub', freq: 'monthly', interval: 1, days: ['TH'], weeksOfMonth: ['-1'], firstDate: '2025-09-25', opensAt: '18:30', closesAt: '20:00', termTime: 'all-year' },

  { service: 'grandparents-and-carers-group', hub: 'padgate-family-hub', venue: 'christ-church-hall-padgate', freq: 'monthly', interval: 1, days: ['TH'], weeksOfMonth: ['2'], firstDate: '2025-09-11', opensAt: '10:00', closesAt: '12:00', termTime: 'all-year' },
  { service: 'grandparents-and-carers-group', hub: 'great-sankey-family-hub', venue: 'westbrook-community-rooms', freq: 'monthly', interval: 1, days: ['FR'], weeksOfMonth: ['-1'], firstDate: '2025-09-26', opensAt: '13:00', closesAt: '15:00', termTime: 'all-year' },

  { service: 'twins-and-multiples-group', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-family-hub', freq: 'monthly', interval: 1, days: ['SA'], weeksOfMonth: ['2'], firstDate: '2025-09-13', opensAt: '10:00', closesAt: '12:00', termTime: 'all-year' },
  { service: 'twins-and-multiples-group', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', freq: 'monthly', interval: 1, days: ['FR'], weeksOfMonth: ['3'], firstDate: '2025-09-19', opensAt: '13:00', closesAt: '14:30', termTime: 'all-year' },

  // ---------------------------------------------------------------------------------------------
  // SEND
  // ---------------------------------------------------------------------------------------------
  { service: 'sensory-stay-and-play', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', freq: 'weekly', interval: 1, days: ['FR'], firstDate: '2025-09-12', opensAt: '13:30', closesAt: '15:00', termTime: 'term-time', capacity: 8, bookingNotes: 'Please book your first visit so we can chat about your child’s needs. After that, just come along.' },
  { service: 'sensory-stay-and-play', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-family-hub', freq: 'weekly', interval: 2, days: ['TU'], firstDate: '2025-09-16', opensAt: '13:30', closesAt: '15:00', termTime: 'term-time', capacity: 8, bookingNotes: 'Please book your first visit so we can chat about your child’s needs. After that, just come along.' },
  { service: 'sensory-stay-and-play', hub: 'great-sankey-family-hub', venue: 'great-sankey-family-hub', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2026-01-05', opensAt: '13:30', closesAt: '15:00', termTime: 'term-time', capacity: 8, bookingNotes: 'Please book your first visit so we can chat about your child’s needs. After that, just come along.' },

  { service: 'autism-parent-support-group', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', freq: 'monthly', interval: 1, days: ['TU'], weeksOfMonth: ['3'], firstDate: '2025-09-16', opensAt: '10:00', closesAt: '12:00', termTime: 'all-year' },
  {
    service: 'autism-parent-support-group',
    hub: 'stockton-heath-family-hub',
    venue: 'stockton-heath-family-hub',
    freq: 'monthly',
    interval: 1,
    days: ['TH'],
    weeksOfMonth: ['1'],
    firstDate: '2025-10-02',
    opensAt: '18:30',
    closesAt: '20:30',
    termTime: 'all-year',
    exceptions: [{ date: '2027-05-06', kind: 'cancelled', reason: 'Cancelled: Stockton Heath Family Hub is a polling station for the local elections. The Birchwood group meets on Tuesday 18 May.' }],
  },
  { service: 'autism-parent-support-group', hub: 'great-sankey-family-hub', venue: 'great-sankey-family-hub', freq: 'monthly', interval: 1, days: ['WE'], weeksOfMonth: ['2'], firstDate: '2025-09-10', opensAt: '10:00', closesAt: '12:00', termTime: 'all-year' },

  { service: 'send-family-swim', hub: 'padgate-family-hub', venue: 'orford-park-leisure-centre', freq: 'weekly', interval: 1, days: ['SA'], firstDate: '2025-09-13', opensAt: '09:00', closesAt: '10:00', termTime: 'all-year', runsOnBankHolidays: true },
  { service: 'send-family-swim', hub: 'great-sankey-family-hub', venue: 'great-sankey-leisure-centre', freq: 'weekly', interval: 1, days: ['SU'], firstDate: '2026-01-11', opensAt: '16:00', closesAt: '17:00', termTime: 'all-year', runsOnBankHolidays: true },

  { service: 'portage-home-visiting', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-family-hub', title: 'Portage play group', freq: 'monthly', interval: 1, days: ['MO'], weeksOfMonth: ['1'], firstDate: '2025-10-06', opensAt: '10:00', closesAt: '11:30', termTime: 'term-time' },

  {
    service: 'sendiass-drop-in',
    hub: 'birchwood-family-hub',
    venue: 'birchwood-family-hub',
    freq: 'monthly',
    interval: 1,
    days: ['TH'],
    weeksOfMonth: ['2'],
    firstDate: '2025-09-11',
    opensAt: '13:00',
    closesAt: '15:00',
    termTime: 'all-year',
  },
  { service: 'sendiass-drop-in', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-family-hub', freq: 'monthly', interval: 1, days: ['MO'], weeksOfMonth: ['-1'], firstDate: '2025-09-29', opensAt: '13:00', closesAt: '15:00', termTime: 'all-year' },
  {
    service: 'sendiass-drop-in',
    hub: 'great-sankey-family-hub',
    venue: 'great-sankey-family-hub',
    freq: 'monthly',
    interval: 1,
    days: ['TU'],
    weeksOfMonth: ['1'],
    firstDate: '2025-10-07',
    opensAt: '10:00',
    closesAt: '12:00',
    termTime: 'all-year',
    exceptions: [{ date: '2027-02-02', kind: 'changed', opensAt: '13:00', closesAt: '15:00', reason: 'Afternoon drop-in this month only, 1pm to 3pm.' }],
  },
  { service: 'sendiass-drop-in', hub: 'bewsey-and-dallam-family-hub', venue: 'bewsey-and-dallam-family-hub', freq: 'monthly', interval: 1, days: ['WE'], weeksOfMonth: ['3'], firstDate: '2025-09-17', opensAt: '13:00', closesAt: '15:00', termTime: 'all-year' },

  {
    service: 'ehcp-workshop',
    hub: 'stockton-heath-family-hub',
    venue: 'stockton-heath-family-hub',
    freq: 'monthly',
    interval: 2,
    days: ['TH'],
    weeksOfMonth: ['4'],
    firstDate: '2025-09-25',
    opensAt: '18:00',
    closesAt: '20:00',
    termTime: 'all-year',
    capacity: 20,
    bookingNotes: 'Book online or by phone. Tell us if you need a BSL interpreter.',
    exceptions: [{ date: '2027-01-28', kind: 'cancelled', reason: 'Cancelled because the speaker is unwell. The next workshop is on Thursday 25 March: everyone booked has been offered a place.' }],
  },
  {
    service: 'ehcp-workshop',
    hub: 'bewsey-and-dallam-family-hub',
    venue: 'warrington-central-library',
    freq: 'monthly',
    interval: 2,
    days: ['WE'],
    weeksOfMonth: ['-1'],
    firstDate: '2025-10-29',
    opensAt: '10:00',
    closesAt: '12:00',
    termTime: 'all-year',
    capacity: 20,
    bookingNotes: 'Book online or by phone. Tell us if you need a BSL interpreter.',
    exceptions: [{ date: '2027-02-24', kind: 'changed', venue: 'bewsey-and-dallam-family-hub', reason: 'Moved to Bewsey and Dallam Family Hub while the library meeting room is closed for repairs.' }],
  },

  // ---------------------------------------------------------------------------------------------
  // Family support, domestic abuse, young people
  // ---------------------------------------------------------------------------------------------
  { service: 'early-help-family-support', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', title: 'Family support drop-in', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2025-09-10', opensAt: '13:00', closesAt: '16:00', termTime: 'all-year' },
  { service: 'early-help-family-support', hub: 'latchford-child-and-family-centre', venue: 'latchford-child-and-family-centre', title: 'Family support drop-in', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2025-09-08', opensAt: '13:00', closesAt: '16:00', termTime: 'all-year' },
  { service: 'early-help-family-support', hub: 'bewsey-and-dallam-family-hub', venue: 'bewsey-and-dallam-family-hub', title: 'Family support drop-in', freq: 'weekly', interval: 1, days: ['FR'], firstDate: '2025-09-12', opensAt: '10:00', closesAt: '12:30', termTime: 'all-year' },

  { service: 'domestic-abuse-support-drop-in', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', freq: 'weekly', interval: 2, days: ['TH'], firstDate: '2025-09-11', opensAt: '10:00', closesAt: '12:00', termTime: 'all-year' },
  { service: 'domestic-abuse-support-drop-in', hub: 'latchford-child-and-family-centre', venue: 'latchford-child-and-family-centre', freq: 'weekly', interval: 2, days: ['TU'], firstDate: '2025-09-16', opensAt: '13:00', closesAt: '15:00', termTime: 'all-year' },
  { service: 'domestic-abuse-support-drop-in', hub: 'great-sankey-family-hub', venue: 'great-sankey-family-hub', freq: 'weekly', interval: 2, days: ['WE'], firstDate: '2025-09-17', opensAt: '10:00', closesAt: '12:00', termTime: 'all-year' },

  { service: 'teen-drop-in', hub: 'padgate-family-hub', venue: 'orford-park-leisure-centre', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2025-09-10', opensAt: '16:00', closesAt: '18:30', termTime: 'all-year' },
  { service: 'teen-drop-in', hub: 'bewsey-and-dallam-family-hub', venue: 'bewsey-and-dallam-family-hub', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2025-09-11', opensAt: '16:00', closesAt: '19:00', termTime: 'all-year' },
  { service: 'teen-drop-in', hub: 'latchford-child-and-family-centre', venue: 'latchford-child-and-family-centre', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2025-09-09', opensAt: '16:00', closesAt: '18:30', termTime: 'all-year' },

  { service: 'young-carers-group', hub: 'bewsey-and-dallam-family-hub', venue: 'warrington-central-library', freq: 'weekly', interval: 2, days: ['MO'], firstDate: '2025-09-15', opensAt: '16:30', closesAt: '18:00', termTime: 'term-time' },
  { service: 'young-carers-group', hub: 'great-sankey-family-hub', venue: 'great-sankey-family-hub', freq: 'weekly', interval: 2, days: ['WE'], firstDate: '2026-01-14', opensAt: '16:30', closesAt: '18:00', termTime: 'term-time' },

  {
    service: 'holiday-activities-and-food',
    hub: 'latchford-child-and-family-centre',
    venue: 'westy-community-centre',
    title: 'HAF Christmas holiday club',
    freq: 'weekly',
    interval: 1,
    days: ['MO', 'TU', 'WE'],
    firstDate: '2026-12-21',
    lastDate: '2026-12-23',
    opensAt: '10:00',
    closesAt: '14:00',
    termTime: 'school-holidays',
    capacity: 30,
    bookingNotes: 'Book with your child’s HAF code from school. Hot lunch included.',
  },
  { service: 'holiday-activities-and-food', hub: 'great-sankey-family-hub', venue: 'great-sankey-leisure-centre', title: 'HAF Easter holiday club', freq: 'weekly', interval: 1, days: ['TU', 'WE', 'TH'], firstDate: '2027-03-30', lastDate: '2027-04-08', opensAt: '10:00', closesAt: '14:00', termTime: 'school-holidays', capacity: 40, bookingNotes: 'Book with your child’s HAF code from school. Hot lunch included.' },
  { service: 'holiday-activities-and-food', hub: 'woolston-outreach', venue: 'woolston-community-centre', title: 'HAF Easter holiday club', freq: 'weekly', interval: 1, days: ['TU', 'TH'], firstDate: '2027-03-30', lastDate: '2027-04-08', opensAt: '10:00', closesAt: '13:00', termTime: 'school-holidays', capacity: 24, bookingNotes: 'Book with your child’s HAF code from school. Hot lunch included.' },
  { service: 'holiday-activities-and-food', hub: 'birchwood-family-hub', venue: 'gorse-covert-community-centre', title: 'HAF summer holiday club', freq: 'weekly', interval: 1, days: ['MO', 'TU', 'WE', 'TH'], firstDate: '2027-07-22', lastDate: '2027-09-01', opensAt: '10:00', closesAt: '14:00', termTime: 'school-holidays', capacity: 40, bookingNotes: 'Book with your child’s HAF code from school. Hot lunch included. No club on the August bank holiday.' },
  { service: 'holiday-activities-and-food', hub: 'bewsey-and-dallam-family-hub', venue: 'dallam-community-centre', title: 'HAF summer holiday club', freq: 'weekly', interval: 1, days: ['MO', 'TU', 'WE', 'TH'], firstDate: '2027-07-22', lastDate: '2027-09-01', opensAt: '10:00', closesAt: '14:00', termTime: 'school-holidays', capacity: 40, bookingNotes: 'Book with your child’s HAF code from school. Hot lunch included. No club on the August bank holiday.' },

  // ---------------------------------------------------------------------------------------------
  // Food, money and work
  // ---------------------------------------------------------------------------------------------
  { service: 'food-club', hub: 'padgate-family-hub', venue: 'padgate-family-hub', freq: 'weekly', interval: 1, days: ['FR'], firstDate: '2025-09-12', opensAt: '13:00', closesAt: '15:00', termTime: 'all-year' },
  {
    service: 'food-club',
    hub: 'woolston-outreach',
    venue: 'woolston-community-centre',
    freq: 'weekly',
    interval: 1,
    days: ['TH'],
    firstDate: '2025-09-11',
    opensAt: '13:00',
    closesAt: '14:30',
    termTime: 'all-year',
    exceptions: [
      { date: '2026-12-17', kind: 'changed', opensAt: '12:00', closesAt: '14:00', reason: 'Christmas food club opens an hour earlier, with free Christmas veg boxes while stocks last.' },
      { date: '2027-04-01', kind: 'cancelled', reason: 'Closed for the Easter break while our volunteers have a rest. Food club is back on Thursday 8 April.' },
    ],
  },
  { service: 'food-club', hub: 'bewsey-and-dallam-family-hub', venue: 'dallam-community-centre', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2025-09-09', opensAt: '12:30', closesAt: '14:30', termTime: 'all-year' },
  { service: 'food-club', hub: 'latchford-child-and-family-centre', venue: 'westy-community-centre', freq: 'weekly', interval: 1, days: ['FR'], firstDate: '2026-01-09', opensAt: '12:00', closesAt: '14:00', termTime: 'all-year' },

  { service: 'family-cafe', hub: 'latchford-child-and-family-centre', venue: 'latchford-child-and-family-centre', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2025-09-10', opensAt: '12:00', closesAt: '14:00', termTime: 'all-year' },
  { service: 'family-cafe', hub: 'burtonwood-outreach', venue: 'burtonwood-community-centre', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2025-09-11', opensAt: '11:30', closesAt: '13:30', termTime: 'all-year' },

  { service: 'job-club', hub: 'bewsey-and-dallam-family-hub', venue: 'warrington-central-library', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2025-09-08', opensAt: '10:00', closesAt: '12:00', termTime: 'all-year' },
  { service: 'job-club', hub: 'birchwood-family-hub', venue: 'birchwood-library', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2025-09-10', opensAt: '13:30', closesAt: '15:30', termTime: 'all-year' },
  { service: 'job-club', hub: 'latchford-child-and-family-centre', venue: 'latchford-child-and-family-centre', freq: 'weekly', interval: 1, days: ['FR'], firstDate: '2026-01-09', opensAt: '10:00', closesAt: '12:00', termTime: 'all-year' },

  { service: 'esol-for-parents', hub: 'bewsey-and-dallam-family-hub', venue: 'bewsey-and-dallam-family-hub', title: 'ESOL for Parents (with crèche)', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2025-09-11', opensAt: '09:30', closesAt: '11:30', termTime: 'term-time', capacity: 15, bookingNotes: 'The tutor checks your level before your first class: call or ask at reception.' },
  { service: 'esol-for-parents', hub: 'bewsey-and-dallam-family-hub', venue: 'dallam-community-centre', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2026-01-05', opensAt: '13:00', closesAt: '15:00', termTime: 'term-time', capacity: 15, bookingNotes: 'The tutor checks your level before your first class: call or ask at reception.' },
  { service: 'esol-for-parents', hub: 'padgate-family-hub', venue: 'padgate-family-hub', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2026-04-14', opensAt: '13:00', closesAt: '15:00', termTime: 'term-time', capacity: 15, bookingNotes: 'The tutor checks your level before your first class: call or ask at reception.' },

  { service: 'digital-skills-for-parents', hub: 'penketh-library-zone', venue: 'penketh-library', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2026-01-08', opensAt: '10:00', closesAt: '12:00', termTime: 'term-time', capacity: 8, bookingNotes: 'Drop in, or book to be sure of a laptop.' },
  { service: 'digital-skills-for-parents', hub: 'culcheth-library-zone', venue: 'culcheth-library', freq: 'weekly', interval: 2, days: ['TU'], firstDate: '2026-04-14', opensAt: '13:30', closesAt: '15:30', termTime: 'term-time', capacity: 8, bookingNotes: 'Drop in, or book to be sure of a laptop.' },

  { service: 'parent-champions', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', title: 'Parent Champions monthly meeting', freq: 'monthly', interval: 1, days: ['MO'], weeksOfMonth: ['-1'], firstDate: '2025-09-29', opensAt: '18:00', closesAt: '19:30', termTime: 'all-year' },

  // ---------------------------------------------------------------------------------------------
  // Midwives and infant feeding (Mersey Vale Hospitals NHS Trust)
  // ---------------------------------------------------------------------------------------------
  { service: 'antenatal-clinic', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2025-09-08', opensAt: '09:00', closesAt: '12:00', termTime: 'all-year', bookingNotes: 'By appointment with your community midwife.' },
  { service: 'antenatal-clinic', hub: 'birchwood-family-hub', venue: 'birchwood-health-centre', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2025-09-11', opensAt: '13:30', closesAt: '16:30', termTime: 'all-year', bookingNotes: 'By appointment with your community midwife.' },
  { service: 'antenatal-clinic', hub: 'padgate-family-hub', venue: 'padgate-family-hub', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2025-09-10', opensAt: '09:00', closesAt: '12:00', termTime: 'all-year', bookingNotes: 'By appointment with your community midwife.' },
  {
    service: 'antenatal-clinic',
    hub: 'stockton-heath-family-hub',
    venue: 'stockton-heath-family-hub',
    freq: 'weekly',
    interval: 1,
    days: ['TU'],
    firstDate: '2025-09-09',
    opensAt: '09:00',
    closesAt: '12:30',
    termTime: 'all-year',
    bookingNotes: 'By appointment with your community midwife.',
    exceptions: [{ date: '2027-01-26', kind: 'cancelled', reason: 'Midwives’ training day. If you had an appointment, the community midwives will call you to rearrange, or call 01632 960100.' }],
  },
  { service: 'antenatal-clinic', hub: 'latchford-child-and-family-centre', venue: 'latchford-child-and-family-centre', freq: 'weekly', interval: 1, days: ['FR'], firstDate: '2025-09-12', opensAt: '09:00', closesAt: '12:00', termTime: 'all-year', bookingNotes: 'By appointment with your community midwife.' },
  { service: 'antenatal-clinic', hub: 'culcheth-library-zone', venue: 'culcheth-community-centre', freq: 'weekly', interval: 2, days: ['TH'], firstDate: '2025-09-18', opensAt: '09:30', closesAt: '12:00', termTime: 'all-year', bookingNotes: 'By appointment with your community midwife.' },
  { service: 'antenatal-clinic', hub: 'great-sankey-family-hub', venue: 'great-sankey-family-hub', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2025-09-08', opensAt: '13:30', closesAt: '16:30', termTime: 'all-year', bookingNotes: 'By appointment with your community midwife.' },
  { service: 'antenatal-clinic', hub: 'bewsey-and-dallam-family-hub', venue: 'bath-street-health-centre', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2025-09-10', opensAt: '13:00', closesAt: '16:30', termTime: 'all-year', bookingNotes: 'By appointment with your community midwife. Interpreters can be booked.' },
  { service: 'antenatal-clinic', hub: 'penketh-library-zone', venue: 'penketh-health-centre', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2025-09-09', opensAt: '13:30', closesAt: '16:30', termTime: 'all-year', bookingNotes: 'By appointment with your community midwife.' },

  { service: 'infant-feeding-support', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2025-09-10', opensAt: '10:00', closesAt: '12:00', termTime: 'all-year' },
  { service: 'infant-feeding-support', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-family-hub', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2025-09-08', opensAt: '10:00', closesAt: '12:00', termTime: 'all-year' },
  { service: 'infant-feeding-support', hub: 'great-sankey-family-hub', venue: 'great-sankey-family-hub', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2025-09-11', opensAt: '10:00', closesAt: '12:00', termTime: 'all-year' },
  { service: 'infant-feeding-support', hub: 'bewsey-and-dallam-family-hub', venue: 'bewsey-and-dallam-family-hub', freq: 'weekly', interval: 1, days: ['FR'], firstDate: '2025-09-12', opensAt: '13:00', closesAt: '15:00', termTime: 'all-year' },
  { service: 'infant-feeding-support', hub: 'padgate-family-hub', venue: 'padgate-family-hub', freq: 'weekly', interval: 2, days: ['TU'], firstDate: '2025-09-16', opensAt: '13:00', closesAt: '15:00', termTime: 'all-year' },

  { service: 'breastfeeding-peer-support', hub: 'padgate-family-hub', venue: 'padgate-family-hub', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2025-09-11', opensAt: '10:00', closesAt: '11:30', termTime: 'all-year' },
  { service: 'breastfeeding-peer-support', hub: 'lymm-library-zone', venue: 'lymm-library', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2025-09-09', opensAt: '10:00', closesAt: '11:30', termTime: 'all-year' },
  { service: 'breastfeeding-peer-support', hub: 'penketh-library-zone', venue: 'penketh-library', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2025-09-10', opensAt: '10:00', closesAt: '11:30', termTime: 'all-year' },

  { service: 'starting-solids-workshop', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', freq: 'monthly', interval: 1, days: ['TU'], weeksOfMonth: ['1'], firstDate: '2025-10-07', opensAt: '13:30', closesAt: '15:00', termTime: 'all-year', capacity: 12, bookingNotes: 'Book one place per family; your baby can come with you.' },
  { service: 'starting-solids-workshop', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-library', freq: 'monthly', interval: 1, days: ['WE'], weeksOfMonth: ['2'], firstDate: '2025-10-08', opensAt: '10:00', closesAt: '11:30', termTime: 'all-year', capacity: 12, bookingNotes: 'Book one place per family; your baby can come with you.' },
  { service: 'starting-solids-workshop', hub: 'great-sankey-family-hub', venue: 'great-sankey-family-hub', freq: 'monthly', interval: 1, days: ['TH'], weeksOfMonth: ['3'], firstDate: '2025-10-16', opensAt: '13:30', closesAt: '15:00', termTime: 'all-year', capacity: 12, bookingNotes: 'Book one place per family; your baby can come with you.' },

  { service: 'stop-smoking-in-pregnancy', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2025-09-11', opensAt: '09:30', closesAt: '12:00', termTime: 'all-year' },
  { service: 'stop-smoking-in-pregnancy', hub: 'latchford-child-and-family-centre', venue: 'latchford-child-and-family-centre', freq: 'weekly', interval: 2, days: ['MO'], firstDate: '2025-09-15', opensAt: '09:30', closesAt: '12:00', termTime: 'all-year' },
  { service: 'stop-smoking-in-pregnancy', hub: 'bewsey-and-dallam-family-hub', venue: 'bath-street-health-centre', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2025-09-09', opensAt: '09:30', closesAt: '12:30', termTime: 'all-year' },

  { service: 'preparing-for-birth-classes', hub: 'great-sankey-family-hub', venue: 'great-sankey-family-hub', title: 'Preparing for Birth (4 weeks, evening)', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2026-11-04', lastDate: '2026-11-25', opensAt: '18:30', closesAt: '20:30', termTime: 'all-year', capacity: 10, bookingNotes: 'Four weekly classes. Book one place for you and your birth partner.' },
  { service: 'preparing-for-birth-classes', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', title: 'Preparing for Birth (4 weeks, evening)', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2027-01-07', lastDate: '2027-01-28', opensAt: '18:30', closesAt: '20:30', termTime: 'all-year', capacity: 10, bookingNotes: 'Four weekly classes. Book one place for you and your birth partner.' },
  { service: 'preparing-for-birth-classes', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-family-hub', title: 'Preparing for Birth (4 Saturdays)', freq: 'weekly', interval: 1, days: ['SA'], firstDate: '2027-02-06', lastDate: '2027-02-27', opensAt: '10:00', closesAt: '12:30', termTime: 'all-year', capacity: 10, bookingNotes: 'Four Saturday classes. Book one place for you and your birth partner.' },

  { service: 'pelvic-health-workshop', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-family-hub', freq: 'monthly', interval: 1, days: ['FR'], weeksOfMonth: ['1'], firstDate: '2025-10-03', opensAt: '13:30', closesAt: '15:00', termTime: 'all-year', capacity: 12, bookingNotes: 'Babies welcome. Book each workshop separately.' },
  { service: 'pelvic-health-workshop', hub: 'bewsey-and-dallam-family-hub', venue: 'bath-street-health-centre', freq: 'monthly', interval: 1, days: ['MO'], weeksOfMonth: ['3'], firstDate: '2025-09-15', opensAt: '10:00', closesAt: '11:30', termTime: 'all-year', capacity: 12, bookingNotes: 'Babies welcome. Book each workshop separately.' },

  // ---------------------------------------------------------------------------------------------
  // Health visitors, speech and language, school nurses (Mersey Vale Community Health)
  // ---------------------------------------------------------------------------------------------
  { service: 'health-visitor-drop-in', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2025-09-09', opensAt: '13:30', closesAt: '15:30', termTime: 'all-year' },
  { service: 'health-visitor-drop-in', hub: 'padgate-family-hub', venue: 'padgate-family-hub', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2025-09-08', opensAt: '13:30', closesAt: '15:30', termTime: 'all-year' },
  { service: 'health-visitor-drop-in', hub: 'culcheth-library-zone', venue: 'culcheth-community-centre', freq: 'weekly', interval: 2, days: ['WE'], firstDate: '2025-09-10', opensAt: '13:30', closesAt: '15:00', termTime: 'all-year' },
  {
    service: 'health-visitor-drop-in',
    hub: 'croft-outreach',
    venue: 'croft-village-hall',
    freq: 'monthly',
    interval: 1,
    days: ['TH'],
    weeksOfMonth: ['1'],
    firstDate: '2025-10-02',
    opensAt: '09:30',
    closesAt: '11:00',
    termTime: 'all-year',
    exceptions: [{ date: '2027-01-07', kind: 'cancelled', reason: 'Cancelled: the village hall is closed for floor repairs. Come to the drop-in at Birchwood Family Hub on Tuesday afternoon instead.' }],
  },
  { service: 'health-visitor-drop-in', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-family-hub', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2025-09-11', opensAt: '13:30', closesAt: '15:30', termTime: 'all-year' },
  { service: 'health-visitor-drop-in', hub: 'latchford-child-and-family-centre', venue: 'latchford-child-and-family-centre', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2025-09-10', opensAt: '09:30', closesAt: '11:30', termTime: 'all-year' },
  { service: 'health-visitor-drop-in', hub: 'lymm-library-zone', venue: 'lymm-methodist-church-hall', freq: 'weekly', interval: 2, days: ['FR'], firstDate: '2025-09-12', opensAt: '09:30', closesAt: '11:30', termTime: 'all-year' },
  { service: 'health-visitor-drop-in', hub: 'great-sankey-family-hub', venue: 'great-sankey-family-hub', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2025-09-10', opensAt: '13:30', closesAt: '15:30', termTime: 'all-year' },
  { service: 'health-visitor-drop-in', hub: 'bewsey-and-dallam-family-hub', venue: 'bewsey-and-dallam-family-hub', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2025-09-08', opensAt: '09:30', closesAt: '11:30', termTime: 'all-year' },
  { service: 'health-visitor-drop-in', hub: 'burtonwood-outreach', venue: 'burtonwood-community-centre', freq: 'monthly', interval: 1, days: ['TU'], weeksOfMonth: ['2'], firstDate: '2025-09-09', opensAt: '09:30', closesAt: '11:00', termTime: 'all-year' },
  { service: 'health-visitor-drop-in', hub: 'winwick-outreach', venue: 'winwick-parish-hall', freq: 'monthly', interval: 1, days: ['WE'], weeksOfMonth: ['-1'], firstDate: '2025-09-24', opensAt: '13:30', closesAt: '15:00', termTime: 'all-year' },

  { service: 'speech-and-language-drop-in', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', freq: 'monthly', interval: 1, days: ['WE'], weeksOfMonth: ['1'], firstDate: '2025-10-01', opensAt: '13:30', closesAt: '15:30', termTime: 'all-year' },
  {
    service: 'speech-and-language-drop-in',
    hub: 'stockton-heath-family-hub',
    venue: 'stockton-heath-family-hub',
    freq: 'monthly',
    interval: 1,
    days: ['TU'],
    weeksOfMonth: ['-1'],
    firstDate: '2025-09-30',
    opensAt: '09:30',
    closesAt: '11:30',
    termTime: 'all-year',
    exceptions: [{ date: '2027-03-30', kind: 'cancelled', reason: 'Cancelled: the therapist is on leave. The next drop-in here is on Tuesday 27 April, or come to Great Sankey on Friday 9 April.' }],
  },
  { service: 'speech-and-language-drop-in', hub: 'great-sankey-family-hub', venue: 'great-sankey-family-hub', freq: 'monthly', interval: 1, days: ['FR'], weeksOfMonth: ['2'], firstDate: '2025-09-12', opensAt: '09:30', closesAt: '11:30', termTime: 'all-year' },
  { service: 'speech-and-language-drop-in', hub: 'bewsey-and-dallam-family-hub', venue: 'bewsey-and-dallam-family-hub', freq: 'monthly', interval: 1, days: ['TH'], weeksOfMonth: ['3'], firstDate: '2025-09-18', opensAt: '13:30', closesAt: '15:30', termTime: 'all-year' },

  { service: 'chatterbox-talking-group', hub: 'birchwood-family-hub', venue: 'birchwood-library', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2025-09-11', opensAt: '10:00', closesAt: '11:00', termTime: 'term-time', capacity: 6, bookingNotes: 'By referral: the speech and language team will contact you with a start date.' },
  { service: 'chatterbox-talking-group', hub: 'latchford-child-and-family-centre', venue: 'st-james-church-hall-latchford', freq: 'weekly', interval: 1, days: ['FR'], firstDate: '2026-01-09', opensAt: '10:00', closesAt: '11:00', termTime: 'term-time', capacity: 6, bookingNotes: 'By referral: the speech and language team will contact you with a start date.' },
  { service: 'chatterbox-talking-group', hub: 'bewsey-and-dallam-family-hub', venue: 'dallam-community-centre', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2026-01-06', opensAt: '13:30', closesAt: '14:30', termTime: 'term-time', capacity: 6, bookingNotes: 'By referral: the speech and language team will contact you with a start date.' },

  { service: 'healthy-start-and-vitamins', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', title: 'Healthy Start help point', freq: 'weekly', interval: 1, days: ['FR'], firstDate: '2025-09-12', opensAt: '10:00', closesAt: '11:30', termTime: 'all-year' },
  { service: 'healthy-start-and-vitamins', hub: 'latchford-child-and-family-centre', venue: 'latchford-child-and-family-centre', title: 'Healthy Start help point', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2025-09-10', opensAt: '09:30', closesAt: '11:30', termTime: 'all-year' },
  { service: 'healthy-start-and-vitamins', hub: 'bewsey-and-dallam-family-hub', venue: 'bewsey-and-dallam-family-hub', title: 'Healthy Start help point', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2025-09-08', opensAt: '09:30', closesAt: '11:30', termTime: 'all-year' },
  { service: 'healthy-start-and-vitamins', hub: 'woolston-outreach', venue: 'woolston-community-centre', title: 'Healthy Start help point', freq: 'monthly', interval: 1, days: ['MO'], weeksOfMonth: ['1'], firstDate: '2025-10-06', opensAt: '13:15', closesAt: '14:45', termTime: 'all-year' },

  { service: 'toilet-training-workshop', hub: 'padgate-family-hub', venue: 'padgate-family-hub', freq: 'monthly', interval: 1, days: ['TH'], weeksOfMonth: ['-1'], firstDate: '2025-09-25', opensAt: '13:30', closesAt: '15:00', termTime: 'all-year', capacity: 12, bookingNotes: 'Call the health visiting duty line to book.' },
  { service: 'toilet-training-workshop', hub: 'great-sankey-family-hub', venue: 'westbrook-community-rooms', freq: 'monthly', interval: 1, days: ['TU'], weeksOfMonth: ['3'], firstDate: '2025-09-16', opensAt: '13:30', closesAt: '15:00', termTime: 'all-year', capacity: 12, bookingNotes: 'Call the health visiting duty line to book.' },

  { service: 'sleep-clinic', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', freq: 'monthly', interval: 1, days: ['MO'], weeksOfMonth: ['2'], firstDate: '2025-09-08', opensAt: '13:00', closesAt: '15:00', termTime: 'all-year', capacity: 4, bookingNotes: 'Four 30-minute appointments. Fill in the sleep diary before you come.' },
  { service: 'sleep-clinic', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-family-hub', freq: 'monthly', interval: 1, days: ['WE'], weeksOfMonth: ['4'], firstDate: '2025-09-24', opensAt: '13:00', closesAt: '15:00', termTime: 'all-year', capacity: 4, bookingNotes: 'Four 30-minute appointments. Fill in the sleep diary before you come.' },
  { service: 'sleep-clinic', hub: 'bewsey-and-dallam-family-hub', venue: 'bewsey-and-dallam-family-hub', freq: 'monthly', interval: 1, days: ['FR'], weeksOfMonth: ['3'], firstDate: '2025-09-19', opensAt: '13:00', closesAt: '15:00', termTime: 'all-year', capacity: 4, bookingNotes: 'Four 30-minute appointments. Fill in the sleep diary before you come.' },

  { service: 'school-nurse-drop-in', hub: 'padgate-family-hub', venue: 'orford-park-leisure-centre', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2025-09-10', opensAt: '16:30', closesAt: '18:00', termTime: 'term-time' },
  { service: 'school-nurse-drop-in', hub: 'latchford-child-and-family-centre', venue: 'latchford-child-and-family-centre', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2025-09-09', opensAt: '16:30', closesAt: '18:00', termTime: 'term-time' },
  { service: 'school-nurse-drop-in', hub: 'great-sankey-family-hub', venue: 'great-sankey-family-hub', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2025-09-08', opensAt: '15:30', closesAt: '17:00', termTime: 'term-time' },

  { service: 'healthy-teeth-workshop', hub: 'bewsey-and-dallam-family-hub', venue: 'bewsey-and-dallam-family-hub', freq: 'monthly', interval: 1, days: ['WE'], weeksOfMonth: ['-1'], firstDate: '2025-09-24', opensAt: '10:00', closesAt: '11:00', termTime: 'all-year' },
  { service: 'healthy-teeth-workshop', hub: 'woolston-outreach', venue: 'woolston-community-centre', freq: 'monthly', interval: 1, days: ['MO'], weeksOfMonth: ['3'], firstDate: '2025-09-15', opensAt: '13:30', closesAt: '14:15', termTime: 'term-time' },

  // ---------------------------------------------------------------------------------------------
  // Libraries
  // ---------------------------------------------------------------------------------------------
  { service: 'library-rhymetime', hub: 'birchwood-family-hub', venue: 'birchwood-library', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2025-09-09', opensAt: '10:30', closesAt: '11:00', termTime: 'all-year' },
  { service: 'library-rhymetime', hub: 'culcheth-library-zone', venue: 'culcheth-library', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2025-09-11', opensAt: '10:30', closesAt: '11:00', termTime: 'all-year' },
  { service: 'library-rhymetime', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-library', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2025-09-08', opensAt: '10:30', closesAt: '11:00', termTime: 'all-year' },
  { service: 'library-rhymetime', hub: 'lymm-library-zone', venue: 'lymm-library', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2025-09-10', opensAt: '10:30', closesAt: '11:00', termTime: 'all-year' },
  { service: 'library-rhymetime', hub: 'penketh-library-zone', venue: 'penketh-library', freq: 'weekly', interval: 1, days: ['FR'], firstDate: '2025-09-12', opensAt: '10:30', closesAt: '11:00', termTime: 'all-year' },
  {
    service: 'library-rhymetime',
    hub: 'bewsey-and-dallam-family-hub',
    venue: 'warrington-central-library',
    freq: 'weekly',
    interval: 1,
    days: ['SA'],
    firstDate: '2025-09-13',
    opensAt: '10:30',
    closesAt: '11:00',
    termTime: 'all-year',
    exceptions: [{ date: '2027-02-06', kind: 'cancelled', reason: 'Cancelled: the library is closed while the fire alarm system is upgraded. Rhymetime at Penketh Library on Friday is running as usual.' }],
  },
  { service: 'library-rhymetime', hub: 'burtonwood-outreach', venue: 'burtonwood-library', freq: 'weekly', interval: 2, days: ['TH'], firstDate: '2025-09-11', opensAt: '14:00', closesAt: '14:30', termTime: 'all-year' },

  { service: 'story-and-rhyme-for-under-5s', hub: 'bewsey-and-dallam-family-hub', venue: 'warrington-central-library', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2025-09-10', opensAt: '14:00', closesAt: '14:45', termTime: 'all-year' },
  { service: 'story-and-rhyme-for-under-5s', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-library', freq: 'weekly', interval: 1, days: ['SA'], firstDate: '2025-09-13', opensAt: '10:30', closesAt: '11:15', termTime: 'all-year' },
  { service: 'story-and-rhyme-for-under-5s', hub: 'penketh-library-zone', venue: 'penketh-library', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2026-01-06', opensAt: '14:00', closesAt: '14:45', termTime: 'term-time' },
  { service: 'story-and-rhyme-for-under-5s', hub: 'culcheth-library-zone', venue: 'culcheth-library', freq: 'weekly', interval: 1, days: ['SA'], firstDate: '2026-01-10', opensAt: '10:30', closesAt: '11:15', termTime: 'all-year' },

  { service: 'bookstart', hub: 'birchwood-family-hub', venue: 'birchwood-library', title: 'Bookstart Bear Club party', freq: 'monthly', interval: 1, days: ['SA'], weeksOfMonth: ['1'], firstDate: '2025-10-04', opensAt: '10:00', closesAt: '11:00', termTime: 'all-year' },
  { service: 'bookstart', hub: 'bewsey-and-dallam-family-hub', venue: 'warrington-central-library', title: 'Bookstart Bear Club party', freq: 'monthly', interval: 1, days: ['SA'], weeksOfMonth: ['3'], firstDate: '2025-09-20', opensAt: '11:00', closesAt: '12:00', termTime: 'all-year' },

  { service: 'dual-language-rhymetime', hub: 'bewsey-and-dallam-family-hub', venue: 'warrington-central-library', title: 'Polish and English Rhymetime', freq: 'monthly', interval: 1, days: ['TH'], weeksOfMonth: ['2'], firstDate: '2025-09-11', opensAt: '10:30', closesAt: '11:15', termTime: 'all-year' },
  { service: 'dual-language-rhymetime', hub: 'latchford-child-and-family-centre', venue: 'latchford-child-and-family-centre', title: 'Urdu and English Rhymetime', freq: 'monthly', interval: 1, days: ['TU'], weeksOfMonth: ['4'], firstDate: '2025-09-23', opensAt: '10:30', closesAt: '11:15', termTime: 'all-year' },

  { service: 'summer-reading-challenge', hub: 'birchwood-family-hub', venue: 'birchwood-library', title: 'Summer Reading Challenge crafts', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2027-07-27', lastDate: '2027-08-31', opensAt: '14:00', closesAt: '15:00', termTime: 'school-holidays' },
  { service: 'summer-reading-challenge', hub: 'penketh-library-zone', venue: 'penketh-library', title: 'Summer Reading Challenge crafts', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2027-07-22', lastDate: '2027-08-26', opensAt: '14:00', closesAt: '15:00', termTime: 'school-holidays' },

  { service: 'lego-club', hub: 'lymm-library-zone', venue: 'lymm-library', freq: 'weekly', interval: 1, days: ['SA'], firstDate: '2025-09-13', opensAt: '10:00', closesAt: '11:30', termTime: 'term-time' },
  { service: 'lego-club', hub: 'bewsey-and-dallam-family-hub', venue: 'warrington-central-library', freq: 'weekly', interval: 2, days: ['SA'], firstDate: '2025-09-13', opensAt: '14:00', closesAt: '15:30', termTime: 'term-time' },

  // ---------------------------------------------------------------------------------------------
  // Citizens Advice
  // ---------------------------------------------------------------------------------------------
  { service: 'citizens-advice-family-hub', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2025-09-11', opensAt: '09:30', closesAt: '12:30', termTime: 'all-year', bookingNotes: 'Drop in, or call 01632 960400 to book a 30-minute slot.' },
  {
    service: 'citizens-advice-family-hub',
    hub: 'stockton-heath-family-hub',
    venue: 'stockton-heath-family-hub',
    freq: 'weekly',
    interval: 2,
    days: ['FR'],
    firstDate: '2025-09-12',
    opensAt: '09:30',
    closesAt: '12:30',
    termTime: 'all-year',
    bookingNotes: 'Drop in, or call 01632 960400 to book a 30-minute slot.',
    exceptions: [{ date: '2027-01-29', kind: 'cancelled', reason: 'Cancelled: the adviser is on a training course. Call the Citizens Advice line on 01632 960400 for help before the next session on 12 February.' }],
  },
  { service: 'citizens-advice-family-hub', hub: 'great-sankey-family-hub', venue: 'great-sankey-family-hub', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2025-09-09', opensAt: '13:00', closesAt: '16:00', termTime: 'all-year', bookingNotes: 'Drop in, or call 01632 960400 to book a 30-minute slot.' },
  { service: 'citizens-advice-family-hub', hub: 'bewsey-and-dallam-family-hub', venue: 'bewsey-and-dallam-family-hub', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2025-09-10', opensAt: '09:30', closesAt: '12:30', termTime: 'all-year', bookingNotes: 'Drop in, or call 01632 960400 to book a 30-minute slot.' },
  { service: 'citizens-advice-family-hub', hub: 'culcheth-library-zone', venue: 'culcheth-library', freq: 'monthly', interval: 1, days: ['TH'], weeksOfMonth: ['1'], firstDate: '2025-10-02', opensAt: '13:30', closesAt: '15:30', termTime: 'all-year', bookingNotes: 'Appointments only at Culcheth: call 01632 960400 to book.' },

  { service: 'money-and-energy-advice', hub: 'padgate-family-hub', venue: 'padgate-family-hub', freq: 'weekly', interval: 2, days: ['TH'], firstDate: '2025-09-18', opensAt: '09:30', closesAt: '12:00', termTime: 'all-year' },
  { service: 'money-and-energy-advice', hub: 'latchford-child-and-family-centre', venue: 'latchford-child-and-family-centre', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2026-01-06', opensAt: '09:30', closesAt: '12:00', termTime: 'all-year' },
  { service: 'money-and-energy-advice', hub: 'burtonwood-outreach', venue: 'burtonwood-library', freq: 'monthly', interval: 1, days: ['WE'], weeksOfMonth: ['2'], firstDate: '2025-09-10', opensAt: '10:00', closesAt: '12:00', termTime: 'all-year' },

  { service: 'help-to-claim', hub: 'bewsey-and-dallam-family-hub', venue: 'warrington-central-library', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2025-09-11', opensAt: '13:00', closesAt: '16:00', termTime: 'all-year' },
  { service: 'help-to-claim', hub: 'woolston-outreach', venue: 'woolston-community-centre', freq: 'weekly', interval: 2, days: ['MO'], firstDate: '2025-09-15', opensAt: '10:00', closesAt: '12:00', termTime: 'all-year' },

  // ---------------------------------------------------------------------------------------------
  // Home-Start
  // ---------------------------------------------------------------------------------------------
  { service: 'home-start-family-group', hub: 'woolston-outreach', venue: 'woolston-community-centre', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2025-09-10', opensAt: '09:30', closesAt: '11:30', termTime: 'term-time' },
  { service: 'home-start-family-group', hub: 'bewsey-and-dallam-family-hub', venue: 'dallam-community-centre', freq: 'weekly', interval: 1, days: ['FR'], firstDate: '2025-09-12', opensAt: '09:30', closesAt: '11:30', termTime: 'term-time' },
  { service: 'home-start-family-group', hub: 'great-sankey-family-hub', venue: 'westbrook-community-rooms', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2026-01-05', opensAt: '09:30', closesAt: '11:30', termTime: 'term-time' },

  // ---------------------------------------------------------------------------------------------
  // Little Minds Perinatal Wellbeing
  // ---------------------------------------------------------------------------------------------
  { service: 'perinatal-mental-health-group', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2025-09-08', opensAt: '13:30', closesAt: '15:00', termTime: 'all-year' },
  { service: 'perinatal-mental-health-group', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-family-hub', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2025-09-10', opensAt: '13:00', closesAt: '14:30', termTime: 'all-year' },
  { service: 'perinatal-mental-health-group', hub: 'great-sankey-family-hub', venue: 'great-sankey-family-hub', freq: 'weekly', interval: 2, days: ['FR'], firstDate: '2025-09-19', opensAt: '13:00', closesAt: '14:30', termTime: 'all-year' },
  {
    service: 'perinatal-mental-health-group',
    hub: 'lymm-library-zone',
    venue: 'lymm-methodist-church-hall',
    freq: 'monthly',
    interval: 1,
    days: ['TU'],
    weeksOfMonth: ['2'],
    firstDate: '2025-09-09',
    opensAt: '13:00',
    closesAt: '14:30',
    termTime: 'all-year',
    exceptions: [{ date: '2027-03-09', kind: 'cancelled', reason: 'Cancelled: the church needs the hall for a funeral. Join the Stockton Heath group on Wednesday 10 March instead.' }],
  },
  { service: 'buggy-walk-and-talk', hub: 'culcheth-library-zone', venue: 'culcheth-community-centre', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2026-04-16', opensAt: '10:00', closesAt: '11:30', termTime: 'all-year' },
  { service: 'buggy-walk-and-talk', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-family-hub', freq: 'weekly', interval: 1, days: ['FR'], firstDate: '2026-04-17', opensAt: '11:00', closesAt: '12:30', termTime: 'all-year' },
  { service: 'bonding-with-bump', hub: 'great-sankey-family-hub', venue: 'great-sankey-family-hub', title: 'Bonding with Bump (4 weeks)', freq: 'weekly', interval: 1, days: ['TH'], firstDate: '2026-11-05', lastDate: '2026-11-26', opensAt: '13:30', closesAt: '15:00', termTime: 'all-year', capacity: 10, bookingNotes: 'Four weekly sessions. Partners welcome.' },
  { service: 'bonding-with-bump', hub: 'padgate-family-hub', venue: 'padgate-family-hub', title: 'Bonding with Bump (4 weeks, evening)', freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2027-01-19', lastDate: '2027-02-09', opensAt: '18:00', closesAt: '19:30', termTime: 'all-year', capacity: 10, bookingNotes: 'Four weekly sessions. Partners welcome.' },

  // ---------------------------------------------------------------------------------------------
  // Vale Baby Bank
  // ---------------------------------------------------------------------------------------------
  {
    service: 'baby-bank',
    hub: 'padgate-family-hub',
    venue: 'christ-church-hall-padgate',
    freq: 'weekly',
    interval: 1,
    days: ['MO'],
    firstDate: '2025-09-08',
    opensAt: '10:00',
    closesAt: '13:00',
    termTime: 'all-year',
    runsOnBankHolidays: true,
    bookingNotes: 'Collections by appointment after a referral. Donations welcome at any time during the session.',
    exceptions: [
      { date: '2026-12-19', kind: 'extra', opensAt: '10:00', closesAt: '12:00', reason: 'Extra Saturday opening: Christmas toy and winter coat giveaway for referred families.' },
      { date: '2027-03-29', kind: 'cancelled', reason: 'Closed on Easter Monday this year while our volunteers have a break. Open again on Monday 5 April.' },
    ],
  },
  { service: 'baby-bank', hub: 'latchford-child-and-family-centre', venue: 'st-james-church-hall-latchford', freq: 'weekly', interval: 1, days: ['SA'], firstDate: '2025-09-13', opensAt: '10:00', closesAt: '12:00', termTime: 'all-year', runsOnBankHolidays: true, bookingNotes: 'Collections by appointment after a referral.' },
  { service: 'baby-bank', hub: 'bewsey-and-dallam-family-hub', venue: 'dallam-community-centre', freq: 'weekly', interval: 1, days: ['WE'], firstDate: '2026-01-07', opensAt: '13:00', closesAt: '15:00', termTime: 'all-year', bookingNotes: 'Collections by appointment after a referral.' },

  { service: 'school-uniform-swap', hub: 'great-sankey-family-hub', venue: 'westbrook-community-rooms', freq: 'monthly', interval: 1, days: ['TH'], weeksOfMonth: ['3'], firstDate: '2025-09-18', opensAt: '15:30', closesAt: '17:30', termTime: 'all-year' },
  { service: 'school-uniform-swap', hub: 'birchwood-family-hub', venue: 'birchwood-library', title: 'Summer uniform swap', freq: 'weekly', interval: 1, days: ['SA'], firstDate: '2027-07-24', lastDate: '2027-08-28', opensAt: '10:00', closesAt: '12:00', termTime: 'school-holidays' },

  { service: 'sling-library', hub: 'stockton-heath-family-hub', venue: 'stockton-heath-family-hub', freq: 'monthly', interval: 1, days: ['TU'], weeksOfMonth: ['3'], firstDate: '2025-09-16', opensAt: '10:00', closesAt: '12:00', termTime: 'all-year' },
  { service: 'sling-library', hub: 'birchwood-family-hub', venue: 'birchwood-family-hub', freq: 'monthly', interval: 1, days: ['TH'], weeksOfMonth: ['4'], firstDate: '2025-09-25', opensAt: '10:00', closesAt: '12:00', termTime: 'all-year' },
]
