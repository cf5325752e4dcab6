/**
 * What's on: filter the dated list by hub, category and age in the browser. The choices live in
 * the address (?hub=...&category=...&age=...), so a shared link or the back button shows the same
 * list. Each session carries data-hub, data-categories and data-ages; days with nothing left say so.
 */
import { markDatedLists } from './dated-lists.ts'

export interface WhatsOnFilter {
  hub: string
  category: string
  age: string
}

/** Whether a session (its data attributes) matches the chosen filters; an empty choice matches all. */
export const matchesFilter = (
  item: { hub?: string; categories?: string; ages?: string },
  filter: WhatsOnFilter,
): boolean =>
  (!filter.hub || item.hub === filter.hub) &&
  (!filter.category || (item.categories ?? '').split(' ').includes(filter.category)) &&
  (!filter.age || (item.ages ?? '').split(' ').includes(filter.age))

export const filterWhatsOn = (doc: Document): void => {
  const form = doc.querySelector<HTMLFormElement>('#whats-on-filters')
  const status = doc.querySelector<HTMLElement>('#whats-on-count')
  if (!form || !status) return
  markDatedLists(doc) // which days are shown decides what is counted
  form.hidden = false
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')]
  const params = new URLSearchParams(location.search)
  for (const select of selects) {
    const wanted = params.get(select.name)
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted
  }

  const apply = (): void => {
    const filter: WhatsOnFilter = { hub: '', category: '', age: '' }
    for (const select of selects) filter[select.name as keyof WhatsOnFilter] = select.value
    let count = 0
    for (const day of doc.querySelectorAll<HTMLElement>('.fh-day[data-date]')) {
      if (day.dataset.outside === 'true') continue
      let shown = 0
      for (const item of day.querySelectorAll<HTMLElement>('.fh-session')) {
        const match = matchesFilter(item.dataset, filter)
        item.hidden = !match
        if (match) shown++
      }
      count += shown
      let none = day.querySelector<HTMLElement>('.fh-day__none')
      if (!none) {
        none = doc.createElement('p')
        none.className = 'govuk-body fh-day__empty fh-day__none'
        none.textContent = 'Nothing on for your choices.'
        day.append(none)
      }
      none.hidden = shown > 0 || !!day.querySelector('.fh-day__empty:not(.fh-day__none)')
    }
    const filtered = Object.values(filter).some(Boolean)
    status.textContent = `${count} session${count === 1 ? '' : 's'}${filtered ? ' match your choices' : ''}.`
    const next = new URLSearchParams()
    for (const [k, v] of Object.entries(filter)) if (v) next.set(k, v)
    const query = next.toString()
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`)
  }
  form.addEventListener('change', apply)
  form.addEventListener('submit', (event) => event.preventDefault())
  apply()
}
