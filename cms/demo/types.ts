/**
 * The shapes of the demo data as it is written by hand: like the CMS documents, but
 * relationships name their target by slug (or key), so the files read as a council would
 * write them. cms/demo/load.ts resolves the slugs to ids when it loads them.
 */
import type {
  AccessMethod,
  AccessibilityFeature,
  AgeUnit,
  ArticleTopic,
  TermDateType,
  Facility,
  Frequency,
  HubType,
  Language,
  LifeStage,
  OrganisationType,
  ServiceStatus,
  TermTimeRule,
  WeekOfMonth,
  Weekday,
} from '../../core/records/vocabulary.ts'

/** A plain date, "2026-03-03". */
export type DateString = `${number}-${number}-${number}`
/** A local wall-clock time, "09:30". */
export type TimeString = `${number}:${number}`

export interface SeedCategory {
  slug: string
  name: string
  description: string
  /** Slug of the parent category; absent for a top-level category. */
  parent?: string
}

export interface SeedOrganisation {
  slug: string
  name: string
  type: OrganisationType
  description: string
  website?: string
  email?: string
  phone?: string
}

export interface SeedOpeningHours {
  day: Weekday
  opensAt: TimeString
  closesAt: TimeString
  note?: string
}

export interface SeedHub {
  slug: string
  name: string
  type: HubType
  /** "East", "South" or "West". */
  locality: string
  description: string
  /** Slug of the venue the hub is based in. */
  mainVenue: string
  openingHours: SeedOpeningHours[]
  facilities: Facility[]
  phone: string
  email: string
  /** Staff only. */
  internalNotes?: string
  /** Staff only: the hub lead's direct line. */
  staffContact?: { name: string; phone: string; email: string }
}

export interface SeedVenue {
  slug: string
  name: string
  /** Slug of the hub the venue belongs to; absent for a stand-alone venue (library, church hall). */
  hub?: string
  address: { line1: string; line2?: string; town: string }
  postcode: string
  latitude: number
  longitude: number
  accessibility: AccessibilityFeature[]
  accessibilityNotes?: string
  /** How to get there: buses, parking, which door. */
  directions: string
}

export interface SeedAge {
  value: number
  unit: AgeUnit
}

export interface SeedService {
  slug: string
  name: string
  summary: string
  /** Plain text; paragraphs separated by a blank line. */
  description: string
  /** Slug of the provider organisation. */
  provider: string
  /** Category slugs (second-level categories). */
  categories: string[]
  /** Slugs of the hubs that offer the service. */
  hubs: string[]
  ageRange: {
    /** Open in pregnancy from this week (1 = from the start of pregnancy). */
    fromWeekOfPregnancy?: number
    /** Youngest child age; absent with fromWeekOfPregnancy means pregnancy onwards. */
    min?: SeedAge
    /** Oldest child age; absent means no upper limit. */
    max?: SeedAge
  }
  cost: { free: boolean; amount?: number; details?: string }
  access: {
    methods: AccessMethod[]
    bookingUrl?: string
    bookingPhone?: string
    referralDetails?: string
  }
  languages: Language[]
  contact: { name?: string; phone?: string; email?: string; website?: string }
  status: ServiceStatus
  lastChecked: DateString
  /** Staff only. */
  internalNotes?: string
}

export interface SeedException {
  date: DateString
  kind: 'cancelled' | 'changed' | 'extra'
  /** Shown to parents: why it is cancelled or changed. Required for cancelled. */
  reason?: string
  opensAt?: TimeString
  closesAt?: TimeString
  /** Slug of the venue used on that date instead. */
  venue?: string
}

export interface SeedSession {
  /** Slug of the service. */
  service: string
  /** Slug of the hub whose timetable the session is on. */
  hub: string
  /** Slug of the venue. */
  venue: string
  /** Optional label, e.g. "Morning group". */
  title?: string
  freq: Frequency
  /** 1 = every week/month, 2 = fortnightly/every other month. */
  interval: number
  days: Weekday[]
  /** Monthly only: which weeks of the month, e.g. ['2'] for the 2nd Tuesday, ['-1'] for the last. */
  weeksOfMonth?: WeekOfMonth[]
  firstDate: DateString
  lastDate?: DateString
  opensAt: TimeString
  closesAt: TimeString
  termTime: TermTimeRule
  runsOnBankHolidays?: boolean
  capacity?: number
  bookingNotes?: string
  exceptions?: SeedException[]
}

export interface SeedArticle {
  slug: string
  title: string
  summary: string
  /** Paragraphs; a string starting with "## " is a subheading, one starting with "- " a list item. */
  body: string[]
  topics: ArticleTopic[]
  lifeStages: LifeStage[]
  /** Slugs of related services. */
  relatedServices: string[]
  lastChecked: DateString
}

export interface SeedTermDate {
  name: string
  type: TermDateType
  startDate: DateString
  endDate: DateString
  /** Closures only: hub slugs; empty means every hub. */
  hubs?: string[]
  /** Shown to parents for closures. */
  reason?: string
}
