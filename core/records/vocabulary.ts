/**
 * The fixed vocabularies of the directory: every select list the CMS offers and the
 * snapshot may contain. One place, so the CMS options, the zod schemas and the seed agree.
 */

export interface Option<V extends string = string> {
  readonly value: V
  readonly label: string
}

const values = <V extends string>(options: readonly Option<V>[]): [V, ...V[]] =>
  options.map((o) => o.value) as [V, ...V[]]

export const hubTypeOptions = [
  { value: 'family-hub', label: 'Family hub' },
  { value: 'child-and-family-centre', label: 'Child and family centre' },
  { value: 'zone', label: 'Zone (in a library or community building)' },
  { value: 'outreach', label: 'Outreach point' },
] as const satisfies readonly Option[]
export const hubTypes = values(hubTypeOptions)
export type HubType = (typeof hubTypes)[number]

export const facilityOptions = [
  { value: 'staffed-reception', label: 'Staffed reception' },
  { value: 'activity-rooms', label: 'Activity rooms' },
  { value: 'confidential-space', label: 'Confidential space for private conversations' },
  { value: 'send-accessible', label: 'Accessible for children and adults with SEND' },
  { value: 'baby-change', label: 'Baby change' },
  { value: 'breastfeeding-space', label: 'Quiet space for breastfeeding' },
  { value: 'parking', label: 'Parking' },
  { value: 'buggy-park', label: 'Buggy park' },
  { value: 'outdoor-play', label: 'Outdoor play area' },
  { value: 'kitchen', label: 'Kitchen for families' },
  { value: 'free-wifi', label: 'Free wi-fi' },
  { value: 'changing-places', label: 'Changing Places toilet' },
] as const satisfies readonly Option[]
export const facilities = values(facilityOptions)
export type Facility = (typeof facilities)[number]

export const accessibilityOptions = [
  { value: 'step-free', label: 'Step-free access' },
  { value: 'accessible-toilet', label: 'Accessible toilet' },
  { value: 'hearing-loop', label: 'Hearing loop' },
  { value: 'lift', label: 'Lift to all floors' },
  { value: 'accessible-parking', label: 'Accessible parking bays' },
  { value: 'baby-change', label: 'Baby change' },
  { value: 'buggy-storage', label: 'Buggy storage' },
  { value: 'quiet-room', label: 'Quiet room' },
  { value: 'changing-places', label: 'Changing Places toilet' },
] as const satisfies readonly Option[]
export const accessibilityFeatures = values(accessibilityOptions)
export type AccessibilityFeature = (typeof accessibilityFeatures)[number]

export const organisationTypeOptions = [
  { value: 'council', label: 'Council' },
  { value: 'nhs', label: 'NHS' },
  { value: 'library-service', label: 'Library service' },
  { value: 'charity', label: 'Charity or voluntary group' },
  { value: 'school', label: 'School or nursery' },
  { value: 'community-group', label: 'Community group' },
  { value: 'other', label: 'Other' },
] as const satisfies readonly Option[]
export const organisationTypes = values(organisationTypeOptions)
export type OrganisationType = (typeof organisationTypes)[number]

export const accessMethodOptions = [
  { value: 'drop-in', label: 'Drop in, no need to book' },
  { value: 'booking', label: 'Book a place' },
  { value: 'referral', label: 'Referral by a professional' },
  { value: 'self-referral', label: 'Refer yourself' },
] as const satisfies readonly Option[]
export const accessMethods = values(accessMethodOptions)
export type AccessMethod = (typeof accessMethods)[number]

export const serviceStatusOptions = [
  { value: 'active', label: 'Active' },
  { value: 'temporarily-closed', label: 'Temporarily closed' },
  { value: 'inactive', label: 'Inactive' },
] as const satisfies readonly Option[]
export const serviceStatuses = values(serviceStatusOptions)
export type ServiceStatus = (typeof serviceStatuses)[number]

/** ISO 639 codes (639-3 for British Sign Language). */
export const languageOptions = [
  { value: 'en', label: 'English' },
  { value: 'cy', label: 'Welsh' },
  { value: 'bfi', label: 'British Sign Language' },
  { value: 'pl', label: 'Polish' },
  { value: 'ro', label: 'Romanian' },
  { value: 'ur', label: 'Urdu' },
  { value: 'pa', label: 'Punjabi' },
  { value: 'bn', label: 'Bengali' },
  { value: 'ar', label: 'Arabic' },
  { value: 'ku', label: 'Kurdish' },
  { value: 'fa', label: 'Farsi' },
  { value: 'so', label: 'Somali' },
  { value: 'ti', label: 'Tigrinya' },
  { value: 'uk', label: 'Ukrainian' },
  { value: 'pt', label: 'Portuguese' },
  { value: 'zh', label: 'Chinese' },
] as const satisfies readonly Option[]
export const languages = values(languageOptions)
export type Language = (typeof languages)[number]

export const ageUnitOptions = [
  { value: 'weeks', label: 'weeks' },
  { value: 'months', label: 'months' },
  { value: 'years', label: 'years' },
] as const satisfies readonly Option[]
export const ageUnits = values(ageUnitOptions)
export type AgeUnit = (typeof ageUnits)[number]

/** RFC 5545 weekday codes, Monday first as in the UK. */
export const weekdayOptions = [
  { value: 'MO', label: 'Monday' },
  { value: 'TU', label: 'Tuesday' },
  { value: 'WE', label: 'Wednesday' },
  { value: 'TH', label: 'Thursday' },
  { value: 'FR', label: 'Friday' },
  { value: 'SA', label: 'Saturday' },
  { value: 'SU', label: 'Sunday' },
] as const satisfies readonly Option[]
export const weekdays = values(weekdayOptions)
export type Weekday = (typeof weekdays)[number]

/** Which weeks of the month a monthly session runs: the 1st to 5th, or the last (-1). A month without a 5th Tuesday has no session from "5th". */
export const weekOfMonthOptions = [
  { value: '1', label: '1st' },
  { value: '2', label: '2nd' },
  { value: '3', label: '3rd' },
  { value: '4', label: '4th' },
  { value: '5', label: '5th' },
  { value: '-1', label: 'Last' },
] as const satisfies readonly Option[]
export const weeksOfMonth = values(weekOfMonthOptions)
export type WeekOfMonth = (typeof weeksOfMonth)[number]

export const frequencyOptions = [
  { value: 'weekly', label: 'Weekly (or every few weeks)' },
  { value: 'monthly', label: 'Monthly (for example the 2nd Tuesday)' },
] as const satisfies readonly Option[]
export const frequencies = values(frequencyOptions)
export type Frequency = (typeof frequencies)[number]

export const termTimeOptions = [
  { value: 'all-year', label: 'All year' },
  { value: 'term-time', label: 'Term time only' },
  { value: 'school-holidays', label: 'School holidays only' },
] as const satisfies readonly Option[]
export const termTimeRules = values(termTimeOptions)
export type TermTimeRule = (typeof termTimeRules)[number]

export const exceptionKindOptions = [
  { value: 'cancelled', label: 'Cancelled on this date' },
  { value: 'changed', label: 'Changed on this date (time or venue)' },
  { value: 'extra', label: 'Extra date' },
] as const satisfies readonly Option[]
export const exceptionKinds = values(exceptionKindOptions)
export type ExceptionKind = (typeof exceptionKinds)[number]

export const termDateTypeOptions = [
  { value: 'term', label: 'School term' },
  { value: 'bank-holiday', label: 'Bank holiday' },
  { value: 'closure', label: 'Hub closure' },
] as const satisfies readonly Option[]
export const termDateTypes = values(termDateTypeOptions)
export type TermDateType = (typeof termDateTypes)[number]

export const articleTopicOptions = [
  { value: 'pregnancy', label: 'Pregnancy' },
  { value: 'feeding', label: 'Feeding your baby' },
  { value: 'sleep', label: 'Sleep' },
  { value: 'crying-and-soothing', label: 'Crying and soothing' },
  { value: 'play-and-learning', label: 'Play and learning' },
  { value: 'talking', label: 'Talking and listening' },
  { value: 'behaviour', label: 'Behaviour' },
  { value: 'health', label: 'Health' },
  { value: 'mental-health', label: 'Your mental health' },
  { value: 'relationships', label: 'Relationships' },
  { value: 'money', label: 'Money and work' },
  { value: 'send', label: 'SEND' },
  { value: 'starting-school', label: 'Starting school' },
  { value: 'safety', label: 'Keeping safe' },
] as const satisfies readonly Option[]
export const articleTopics = values(articleTopicOptions)
export type ArticleTopic = (typeof articleTopics)[number]

export const lifeStageOptions = [
  { value: 'pregnancy', label: 'Pregnancy' },
  { value: 'baby', label: 'Babies (0 to 1)' },
  { value: 'toddler', label: 'Toddlers (1 to 2)' },
  { value: 'early-years', label: 'Early years (2 to 5)' },
  { value: 'primary', label: 'Children (5 to 11)' },
  { value: 'teenager', label: 'Young people (11 to 19)' },
  { value: 'send-to-25', label: 'SEND (up to 25)' },
] as const satisfies readonly Option[]
export const lifeStages = values(lifeStageOptions)
export type LifeStage = (typeof lifeStages)[number]

export const roleOptions = [
  { value: 'admin', label: 'Admin' },
  { value: 'hub-staff', label: 'Hub staff' },
  { value: 'partner', label: 'Partner' },
] as const satisfies readonly Option[]
export const roles = values(roleOptions)
export type Role = (typeof roles)[number]

export const labelOf = <V extends string>(options: readonly Option<V>[], value: V): string =>
  options.find((o) => o.value === value)?.label ?? value

/** What a parent says is wrong on a service page ("Report something wrong"). */
export const problemTopicOptions = [
  { value: 'times', label: 'The days or times are wrong' },
  { value: 'place', label: 'The place or address is wrong' },
  { value: 'contact', label: 'The phone number, email or website is wrong' },
  { value: 'cost', label: 'The cost or how to book is wrong' },
  { value: 'ended', label: 'It no longer runs' },
  { value: 'other', label: 'Something else' },
] as const satisfies readonly Option[]
export const problemTopics = values(problemTopicOptions)

/** Where a problem report is in hub staff's work. */
export const problemReportStatusOptions = [
  { value: 'open', label: 'To do' },
  { value: 'done', label: 'Done' },
] as const satisfies readonly Option[]
export const problemReportStatuses = values(problemReportStatusOptions)

/** Where a partner's change is in review. */
export const reviewStatusOptions = [
  { value: 'waiting', label: 'Waiting for review' },
  { value: 'approved', label: 'Approved and published' },
  { value: 'returned', label: 'Returned to the partner' },
] as const satisfies readonly Option[]
export const reviewStatuses = values(reviewStatusOptions)

/** What happened in a review, one entry each time. */
export const reviewDecisionOptions = [
  { value: 'submitted', label: 'Sent for review' },
  { value: 'approved', label: 'Approved and published' },
  { value: 'returned', label: 'Returned with a comment' },
] as const satisfies readonly Option[]
export const reviewDecisions = values(reviewDecisionOptions)
