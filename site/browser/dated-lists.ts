/**
 * Dated lists stay right however long ago the page was built: mark today's date with a "Today" tag
 * and, in lists that ask for it (What's on), hide days that have passed. Dates are compared as
 * London plain dates. Without JavaScript the lists show their explicit dates.
 */
const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** Today's date in London, "2026-03-03". */
export const londonToday = (now: Date = new Date()): string => londonDate.format(now)

/** The date `days` after a date, "2026-03-03" form, without time zones. */
const addDays = (date: string, days: number): string => {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10)
}

/**
 * Mark today in every dated list; in lists with data-hide-past, hide the days before today, and
 * with data-days="14", the days from 14 days after today on (a list is built with a few spare days).
 */
export const markDatedLists = (root: ParentNode, today: string = londonToday()): void => {
  for (const list of root.querySelectorAll<HTMLElement>('.fh-timetable')) {
    const hidePast = list.dataset.hidePast === 'true'
    const end = list.dataset.days ? addDays(today, Number(list.dataset.days)) : undefined
    let shown = 0
    for (const day of list.querySelectorAll<HTMLElement>('[data-date]')) {
      const date = day.dataset.date ?? ''
      const past = date < today
      day.classList.toggle('fh-day--past', past && !hidePast)
      const out = (hidePast && past) || (end !== undefined && date >= end)
      day.hidden = out
      day.dataset.outside = out ? 'true' : 'false'
      if (!out) shown++
      const heading = day.querySelector('.fh-day__heading')
      if (date === today && heading && !heading.querySelector('.fh-day__today')) {
        const tag = document.createElement('strong')
        tag.className = 'govuk-tag govuk-tag--blue fh-day__today'
        tag.textContent = 'Today'
        heading.append(' ', tag)
      }
    }
    const stale = list.querySelector<HTMLElement>('.fh-timetable__stale')
    if (stale) stale.hidden = !(hidePast && shown === 0)
  }
}
