/**
 * Mersey Vale's family hubs, zones and outreach points, in three localities. Each locality has
 * two main hubs open all week, a zone in a library, and outreach points in the villages that
 * open only when sessions run. Phone numbers, emails and staff names are fictional.
 */
import type { SeedHub } from '../types.ts'

export const hubs: SeedHub[] = [
  // East: Birchwood, Padgate, Culcheth, Croft and Woolston
  {
    slug: 'birchwood-family-hub',
    name: 'Birchwood Family Hub',
    type: 'family-hub',
    locality: 'East',
    description:
      'Birchwood Family Hub is the main hub for families in the east of the borough, next to Birchwood Health Centre. Midwives, health visitors, the family support team and Citizens Advice all run sessions here, so you can get most kinds of help under one roof. Drop in to reception if you are not sure where to start.',
    mainVenue: 'birchwood-family-hub',
    openingHours: [
      { day: 'MO', opensAt: '08:45', closesAt: '17:00' },
      { day: 'TU', opensAt: '08:45', closesAt: '17:00' },
      { day: 'WE', opensAt: '08:45', closesAt: '20:00', note: 'Late opening for the dads’ group and evening courses' },
      { day: 'TH', opensAt: '08:45', closesAt: '17:00' },
      { day: 'FR', opensAt: '08:45', closesAt: '16:30' },
    ],
    facilities: ['staffed-reception', 'activity-rooms', 'confidential-space', 'send-accessible', 'baby-change', 'breastfeeding-space', 'parking', 'buggy-park', 'outdoor-play', 'kitchen', 'free-wifi', 'changing-places'],
    phone: '01632 960010',
    email: 'birchwood.familyhub@example.org',
    internalNotes:
      'Key safe code is with the caretaker (ext. 214). Fire assembly point is the far end of the car park by the health centre. The sensory room must be booked on the shared calendar, even for 10 minutes.',
    staffContact: { name: 'Joanne Whitfield', phone: '07700 900301', email: 'joanne.whitfield@example.org' },
  },
  {
    slug: 'padgate-family-hub',
    name: 'Padgate Family Hub',
    type: 'family-hub',
    locality: 'East',
    description:
      'Padgate Family Hub is in the former Padgate children’s centre, a short walk from Padgate station. It has a big playroom, a garden and a kitchen where families can cook together. We also run sessions at Christ Church Hall and Orford Park Leisure Centre.',
    mainVenue: 'padgate-family-hub',
    openingHours: [
      { day: 'MO', opensAt: '08:45', closesAt: '17:00' },
      { day: 'TU', opensAt: '08:45', closesAt: '17:00' },
      { day: 'WE', opensAt: '08:45', closesAt: '17:00' },
      { day: 'TH', opensAt: '08:45', closesAt: '17:00' },
      { day: 'FR', opensAt: '08:45', closesAt: '16:30' },
      { day: 'SA', opensAt: '09:30', closesAt: '11:30', note: 'Dads’ Saturday club only' },
    ],
    facilities: ['staffed-reception', 'activity-rooms', 'confidential-space', 'baby-change', 'breastfeeding-space', 'parking', 'buggy-park', 'outdoor-play', 'kitchen', 'free-wifi'],
    phone: '01632 960020',
    email: 'padgate.familyhub@example.org',
    internalNotes:
      'The side gate to the garden sticks: lift it as you push. Alarm code is changed each term, ask the hub lead. Fire assembly point is the grass verge on the corner, not the car park.',
    staffContact: { name: 'Martin Okonedo', phone: '07700 900302', email: 'martin.okonedo@example.org' },
  },
  {
    slug: 'culcheth-library-zone',
    name: 'Culcheth Library Zone',
    type: 'zone',
    locality: 'East',
    description:
      'The family zone at Culcheth Library brings family hub sessions to Culcheth and the villages around it. Rhymetime and storytime are in the library, and groups and clinics use the community centre next door. Family hub staff are on site on Tuesdays and Thursdays.',
    mainVenue: 'culcheth-library',
    openingHours: [
      { day: 'MO', opensAt: '09:30', closesAt: '12:00' },
      { day: 'TU', opensAt: '10:00', closesAt: '15:30' },
      { day: 'WE', opensAt: '13:30', closesAt: '15:00', note: 'Every other Wednesday: health visitor drop-in at the community centre' },
      { day: 'TH', opensAt: '09:30', closesAt: '15:30' },
      { day: 'SA', opensAt: '10:00', closesAt: '12:00', note: 'Library staff only' },
    ],
    facilities: ['activity-rooms', 'baby-change', 'send-accessible', 'buggy-park', 'parking', 'free-wifi'],
    phone: '01632 960030',
    email: 'culcheth.zone@example.org',
    internalNotes:
      'Library staff hold the key to the community room. Sign the visitors’ book at the library desk. Fire assembly point is the library car park by the bottle bank.',
    staffContact: { name: 'Rachel Haworth', phone: '07700 900303', email: 'rachel.haworth@example.org' },
  },
  {
    slug: 'croft-outreach',
    name: 'Croft Outreach',
    type: 'outreach',
    locality: 'East',
    description:
      'Family hub staff come out to Croft Village Hall for stay and play, outdoor play and a monthly health visitor drop-in. We also run sessions at Glazebury Village Hall. The hall is only open when a session is on.',
    mainVenue: 'croft-village-hall',
    openingHours: [
      { day: 'MO', opensAt: '10:00', closesAt: '11:30', note: 'Every other Monday in term time, at Glazebury Village Hall' },
      { day: 'WE', opensAt: '09:30', closesAt: '11:00', note: 'Term time only' },
      { day: 'TH', opensAt: '09:30', closesAt: '11:00', note: '1st Thursday of the month: health visitor drop-in' },
      { day: 'FR', opensAt: '10:00', closesAt: '11:30', note: 'Term time only' },
    ],
    facilities: ['activity-rooms', 'baby-change', 'parking', 'outdoor-play', 'kitchen'],
    phone: '01632 960031',
    email: 'croft.outreach@example.org',
    internalNotes:
      'Key safe code is with the hall bookings secretary; the play equipment is in the locked store behind the stage. Fire assembly point is the car park gate. Mobile signal is poor inside: use the hall landline in an emergency.',
    staffContact: { name: 'Rachel Haworth', phone: '07700 900303', email: 'rachel.haworth@example.org' },
  },
  {
    slug: 'woolston-outreach',
    name: 'Woolston Outreach',
    type: 'outreach',
    locality: 'East',
    description:
      'Our outreach at Woolston Community Centre runs stay and play, the Home-Start family group and the weekly food club. In the school holidays we run holiday activities here. The centre is only open for family hub sessions at the times shown.',
    mainVenue: 'woolston-community-centre',
    openingHours: [
      { day: 'MO', opensAt: '10:00', closesAt: '14:45' },
      { day: 'TU', opensAt: '13:00', closesAt: '15:00', note: 'Cook and Eat course weeks only' },
      { day: 'WE', opensAt: '09:30', closesAt: '11:30' },
      { day: 'TH', opensAt: '13:00', closesAt: '14:30' },
    ],
    facilities: ['activity-rooms', 'baby-change', 'kitchen', 'parking', 'outdoor-play'],
    phone: '01632 960032',
    email: 'woolston.outreach@example.org',
    internalNotes:
      'Food club deliveries arrive Thursday 11:00 at the back door: someone must be there to sign. Fire assembly point is the front car park. The centre manager lives locally and can be called out for alarms (number on the noticeboard in the office).',
    staffContact: { name: 'Dean Pilkington', phone: '07700 900304', email: 'dean.pilkington@example.org' },
  },

  // South: Stockton Heath, Latchford, Lymm and Appleton Thorn
  {
    slug: 'stockton-heath-family-hub',
    name: 'Stockton Heath Family Hub',
    type: 'family-hub',
    locality: 'South',
    description:
      'Stockton Heath Family Hub is the main hub for the south of the borough, serving Stockton Heath, Appleton, Grappenhall, Thelwall and Walton. It runs groups for babies and toddlers, antenatal and health visitor clinics, and SEND advice. Some sessions are in Stockton Heath Library and Grappenhall Youth and Community Centre.',
    mainVenue: 'stockton-heath-family-hub',
    openingHours: [
      { day: 'MO', opensAt: '08:45', closesAt: '17:00' },
      { day: 'TU', opensAt: '08:45', closesAt: '17:00', note: 'Open until 8.30pm when there is an evening course' },
      { day: 'WE', opensAt: '08:45', closesAt: '17:00', note: 'Open until 8pm on the 3rd Wednesday of the month' },
      { day: 'TH', opensAt: '08:45', closesAt: '17:00', note: 'Open until 8.30pm when there is an evening group' },
      { day: 'FR', opensAt: '08:45', closesAt: '16:30' },
      { day: 'SA', opensAt: '10:00', closesAt: '12:00', note: 'Saturday groups only: see the timetable' },
    ],
    facilities: ['staffed-reception', 'activity-rooms', 'confidential-space', 'send-accessible', 'baby-change', 'breastfeeding-space', 'parking', 'buggy-park', 'outdoor-play', 'kitchen', 'free-wifi'],
    phone: '01632 960040',
    email: 'stocktonheath.familyhub@example.org',
    internalNotes:
      'Parking is limited: staff park at the church on Walton Road so families can use the hub car park. Fire assembly point is the front lawn. The hall is a polling station at elections, so check the calendar before booking Thursdays in May.',
    staffContact: { name: 'Priya Banerjee', phone: '07700 900305', email: 'priya.banerjee@example.org' },
  },
  {
    slug: 'latchford-child-and-family-centre',
    name: 'Latchford Child and Family Centre',
    type: 'child-and-family-centre',
    locality: 'South',
    description:
      'Latchford Child and Family Centre serves Latchford, Westy and the south side of the town centre. Alongside groups and clinics, the family support team is based here and can help with anything from housing worries to behaviour at home. We also run sessions at St James’ Church Hall and Westy Community Centre.',
    mainVenue: 'latchford-child-and-family-centre',
    openingHours: [
      { day: 'MO', opensAt: '09:00', closesAt: '17:00' },
      { day: 'TU', opensAt: '09:00', closesAt: '18:30', note: 'Teen drop-in until 6.30pm' },
      { day: 'WE', opensAt: '09:00', closesAt: '17:00' },
      { day: 'TH', opensAt: '09:00', closesAt: '19:30', note: 'Dads’ group every other Thursday' },
      { day: 'FR', opensAt: '09:00', closesAt: '16:30' },
    ],
    facilities: ['staffed-reception', 'activity-rooms', 'confidential-space', 'baby-change', 'breastfeeding-space', 'buggy-park', 'outdoor-play', 'kitchen', 'free-wifi'],
    phone: '01632 960050',
    email: 'latchford.centre@example.org',
    internalNotes:
      'No car park: families can use the pay and display on Knutsford Road (free for the first hour). Key safe code is with the caretaker. Fire assembly point is the pavement opposite the main gate; count the children in the garden first.',
    staffContact: { name: 'Kelly Brennan', phone: '07700 900306', email: 'kelly.brennan@example.org' },
  },
  {
    slug: 'lymm-library-zone',
    name: 'Lymm Library Zone',
    type: 'zone',
    locality: 'South',
    description:
      'The family zone in Lymm Library has books, toys and a quiet corner for feeding. Rhymetime, a baby group and breastfeeding support run here, and the health visitor and bumps group meet at Lymm Methodist Church Hall nearby. Family hub staff are on site on Tuesday and Friday mornings.',
    mainVenue: 'lymm-library',
    openingHours: [
      { day: 'TU', opensAt: '09:30', closesAt: '14:30', note: 'Afternoon on the 2nd Tuesday of the month only' },
      { day: 'WE', opensAt: '10:00', closesAt: '12:00', note: 'Library staff only' },
      { day: 'FR', opensAt: '09:30', closesAt: '12:00' },
      { day: 'SA', opensAt: '10:00', closesAt: '11:30', note: 'Lego club in term time' },
    ],
    facilities: ['activity-rooms', 'baby-change', 'breastfeeding-space', 'buggy-park', 'free-wifi'],
    phone: '01632 960041',
    email: 'lymm.zone@example.org',
    internalNotes:
      'Toys and mats are in the grey cupboard by the children’s library; the key is on the staff hook. Fire assembly point is the car park at the back. Parking is tight on market days.',
    staffContact: { name: 'Sian Latham', phone: '07700 900307', email: 'sian.latham@example.org' },
  },
  {
    slug: 'appleton-thorn-outreach',
    name: 'Appleton Thorn Outreach',
    type: 'outreach',
    locality: 'South',
    description:
      'Family hub staff bring stay and play and music and movement to Appleton Thorn Village Hall on Friday mornings in term time, one each week in turn. It is a friendly way to meet other families if you live in the villages south of the M56.',
    mainVenue: 'appleton-thorn-village-hall',
    openingHours: [{ day: 'FR', opensAt: '09:30', closesAt: '11:00', note: 'Term time only' }],
    facilities: ['activity-rooms', 'baby-change', 'parking', 'kitchen'],
    phone: '01632 960042',
    email: 'appletonthorn.outreach@example.org',
    internalNotes:
      'Collect the hall key from the village shop before 9am (ask for the family hub key). Fire assembly point is the village green. Put the tables back against the stage: the hall committee are strict about this.',
    staffContact: { name: 'Sian Latham', phone: '07700 900307', email: 'sian.latham@example.org' },
  },

  // West: Great Sankey, Bewsey and Dallam, Penketh, Burtonwood and Winwick
  {
    slug: 'great-sankey-family-hub',
    name: 'Great Sankey Family Hub',
    type: 'family-hub',
    locality: 'West',
    description:
      'Great Sankey Family Hub is the main hub for Great Sankey, Westbrook, Penketh and Callands. It has a sensory room, a garden and private rooms for appointments, and runs sessions at Great Sankey Leisure Centre and the Westbrook Centre too. Open late on Mondays for the dads’ group.',
    mainVenue: 'great-sankey-family-hub',
    openingHours: [
      { day: 'MO', opensAt: '08:45', closesAt: '19:30', note: 'Late opening for the dads’ group' },
      { day: 'TU', opensAt: '08:45', closesAt: '17:00' },
      { day: 'WE', opensAt: '08:45', closesAt: '17:00' },
      { day: 'TH', opensAt: '08:45', closesAt: '17:00' },
      { day: 'FR', opensAt: '08:45', closesAt: '16:30' },
    ],
    facilities: ['staffed-reception', 'activity-rooms', 'confidential-space', 'send-accessible', 'baby-change', 'breastfeeding-space', 'parking', 'buggy-park', 'outdoor-play', 'kitchen', 'free-wifi', 'changing-places'],
    phone: '01632 960060',
    email: 'greatsankey.familyhub@example.org',
    internalNotes:
      'Alarm code and key safe code are in the locked drawer in the office (ask the hub lead). Fire assembly point is the car park by the bike shelter. The Changing Places hoist was serviced in October; report faults to facilities on ext. 330.',
    staffContact: { name: 'Lee Ashton', phone: '07700 900308', email: 'lee.ashton@example.org' },
  },
  {
    slug: 'bewsey-and-dallam-family-hub',
    name: 'Bewsey and Dallam Family Hub',
    type: 'family-hub',
    locality: 'West',
    description:
      'Bewsey and Dallam Family Hub serves Bewsey, Dallam, Whitecross and the town centre. It has a crèche, so parents can join ESOL classes and courses, and it is the base for the young parents’ group and the teen drop-in. We also run sessions at Warrington Central Library and Dallam Community Centre.',
    mainVenue: 'bewsey-and-dallam-family-hub',
    openingHours: [
      { day: 'MO', opensAt: '08:45', closesAt: '17:00' },
      { day: 'TU', opensAt: '08:45', closesAt: '17:00' },
      { day: 'WE', opensAt: '08:45', closesAt: '17:00' },
      { day: 'TH', opensAt: '08:45', closesAt: '19:00', note: 'Teen drop-in until 7pm' },
      { day: 'FR', opensAt: '08:45', closesAt: '16:30' },
    ],
    facilities: ['staffed-reception', 'activity-rooms', 'confidential-space', 'send-accessible', 'baby-change', 'breastfeeding-space', 'buggy-park', 'outdoor-play', 'kitchen', 'free-wifi'],
    phone: '01632 960070',
    email: 'bewseydallam.familyhub@example.org',
    internalNotes:
      'Only four parking spaces: keep them for families with a blue badge or twins. Fire assembly point is the school playground next door (gate code is on the fire plan). Interpreter bookings go through the language line account, not direct.',
    staffContact: { name: 'Amira Haddad', phone: '07700 900309', email: 'amira.haddad@example.org' },
  },
  {
    slug: 'penketh-library-zone',
    name: 'Penketh Library Zone',
    type: 'zone',
    locality: 'West',
    description:
      'The family zone at Penketh Library is a quiet place to read, play and get help. Rhymetime, storytime, breastfeeding support and digital skills sessions run here, and midwives hold a clinic at Penketh Health Centre next door.',
    mainVenue: 'penketh-library',
    openingHours: [
      { day: 'TU', opensAt: '13:30', closesAt: '16:30' },
      { day: 'WE', opensAt: '09:30', closesAt: '12:00' },
      { day: 'TH', opensAt: '09:30', closesAt: '12:30' },
      { day: 'FR', opensAt: '10:00', closesAt: '12:00' },
    ],
    facilities: ['activity-rooms', 'baby-change', 'breastfeeding-space', 'buggy-park', 'parking', 'free-wifi'],
    phone: '01632 960061',
    email: 'penketh.zone@example.org',
    internalNotes:
      'Shared car park with the health centre fills up by 9.30am on clinic days. Library staff lock the meeting room at 12.30: give the key back before you leave. Fire assembly point is the grass by the car park entrance.',
    staffContact: { name: 'Lee Ashton', phone: '07700 900308', email: 'lee.ashton@example.org' },
  },
  {
    slug: 'burtonwood-outreach',
    name: 'Burtonwood Outreach',
    type: 'outreach',
    locality: 'West',
    description:
      'Family hub staff and partners run stay and play, messy play, a health visitor drop-in and a family café in Burtonwood. Sessions are at Burtonwood Community Centre and Burtonwood Library on Chapel Lane. The centre is only open for family sessions at the times shown.',
    mainVenue: 'burtonwood-community-centre',
    openingHours: [
      { day: 'MO', opensAt: '10:00', closesAt: '11:30', note: 'Every other Monday, at the library' },
      { day: 'TU', opensAt: '09:30', closesAt: '14:15' },
      { day: 'WE', opensAt: '10:00', closesAt: '12:00', note: '2nd Wednesday of the month only, at the library' },
      { day: 'TH', opensAt: '09:30', closesAt: '14:30' },
    ],
    facilities: ['activity-rooms', 'baby-change', 'parking', 'kitchen', 'outdoor-play'],
    phone: '01632 960062',
    email: 'burtonwood.outreach@example.org',
    internalNotes:
      'The centre is run by a volunteer committee: the key safe code is texted to the session lead each Monday. Fire assembly point is the car park by the bowling green. Heating is on a timer, so switch it on when you arrive in winter.',
    staffContact: { name: 'Gemma Rigby', phone: '07700 900310', email: 'gemma.rigby@example.org' },
  },
  {
    slug: 'winwick-outreach',
    name: 'Winwick Outreach',
    type: 'outreach',
    locality: 'West',
    description:
      'Music and movement runs at Winwick Parish Hall every Monday morning in term time, and a health visitor holds a drop-in there on the last Wednesday of the month. It is the nearest family hub session for families in Winwick and Houghton Green.',
    mainVenue: 'winwick-parish-hall',
    openingHours: [
      { day: 'MO', opensAt: '10:00', closesAt: '11:00', note: 'Term time only' },
      { day: 'WE', opensAt: '13:30', closesAt: '15:00', note: 'Last Wednesday of the month only' },
    ],
    facilities: ['activity-rooms', 'baby-change', 'parking'],
    phone: '01632 960063',
    email: 'winwick.outreach@example.org',
    internalNotes:
      'The hall is shared with a playgroup that leaves at 9.45am on Mondays: wait for them to clear. Key safe code is with the parish clerk. Fire assembly point is the lay-by on Golborne Road.',
    staffContact: { name: 'Gemma Rigby', phone: '07700 900310', email: 'gemma.rigby@example.org' },
  },
]
