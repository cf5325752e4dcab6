/**
 * What the shared session components (core/ui/SessionDate.tsx, SessionsByDay.tsx) show for the
 * directory's listings on the public site, and the GOV.UK Frontend classes they show it with.
 */
import type { Directory, Listing } from '../directory/directory.ts'
import type { Id } from '../../core/records/fields.ts'
import type { SessionDateClasses, SessionDateView } from '../../core/ui/SessionDate.tsx'
import type { SessionsByDayClasses } from '../../core/ui/SessionsByDay.tsx'
import { timeRange } from '../../core/timetable/timetable-words.ts'
import { formatLongDateAsOf } from '../../core/dates/plain-date.ts'

const key = (l: Listing): string => `${l.session}:${l.date}:${l.extra ? 'extra' : 'regular'}`

/** Status tags in GOV.UK colours; a date that is on as usual has none. */
const tags = {
  cancelled: 'govuk-tag govuk-tag--red',
  changed: 'govuk-tag govuk-tag--yellow',
  extra: 'govuk-tag govuk-tag--green',
}

/** A session in a day's list. */
export const sessionClasses: SessionDateClasses = {
  item: 'fh-session',
  tones: { cancelled: 'fh-session--cancelled', changed: 'fh-session--changed' },
  when: 'fh-session__time govuk-body govuk-!-margin-bottom-0',
  title: 'fh-session__title govuk-body',
  titleText: 'fh-session__title-text',
  tags,
  where: 'fh-session__where govuk-body-s',
  note: 'fh-session__note govuk-body-s',
  link: 'govuk-link',
}

/** Days of sessions (Timetable.astro). */
export const sessionsByDayClasses: SessionsByDayClasses = {
  day: 'fh-day',
  heading: 'fh-day__heading govuk-heading-s',
  list: 'fh-sessions',
  empty: 'govuk-body fh-day__empty',
  session: sessionClasses,
}

/** A date in a session's next dates (a service page). */
export const nextDateClasses: SessionDateClasses = {
  item: 'fh-date',
  tones: { on: 'fh-date--on', cancelled: 'fh-date--cancelled', changed: 'fh-date--changed', extra: 'fh-date--extra' },
  when: 'fh-date__when',
  body: 'fh-date__status',
  title: 'fh-date__tag',
  tags,
  note: 'fh-date__note govuk-body-s',
}

/** Venue names for a changed date that moved. */
export const venueNameIn =
  (d: Pick<Directory, 'venue'>) =>
  (id: Id): string =>
    d.venue(id)?.name ?? 'another venue'

/**
 * A session in a day's list: its time, its name linked to the service's page (unless on that
 * page), its venue, and the hub when asked and it says more; data-hub, data-categories and
 * data-ages for What's on's filters.
 */
export const listingView = (
  l: Listing,
  d: Pick<Directory, 'topCategoriesOfService' | 'ageGroupsOfService'>,
  { showHub = false, linkService = true } = {},
): SessionDateView => ({
  key: key(l),
  occurrence: l,
  when: timeRange(l.opensAt, l.closesAt),
  title: linkService ? { text: l.title, href: `/services/${l.serviceDoc.slug}/` } : { text: l.title },
  place: {
    text: l.venueDoc.name,
    href: `/venues/${l.venueDoc.slug}/`,
    ...(showHub && l.venueDoc.name !== l.hubDoc.name ? { hub: l.hubDoc.name } : {}),
  },
  attributes: {
    'data-hub': l.hubDoc.slug,
    'data-categories': d
      .topCategoriesOfService(l.serviceDoc.id)
      .map((c) => c.slug)
      .join(' '),
    'data-ages': d.ageGroupsOfService(l.serviceDoc.id).join(' '),
  },
})

/** A date in a session's next dates: "Tuesday 16 February, 13:00 to 15:00" (the year when it is not this year's). */
export const nextDateView = (l: Listing, today: string): SessionDateView => ({
  key: key(l),
  occurrence: l,
  when: `${formatLongDateAsOf(l.date, today)}, ${timeRange(l.opensAt, l.closesAt)}`,
})
