/**
 * The search page drawn from what a search found: results (with result-sessions.ts), counts beside the
 * filters' values, the messages, and whether results are on their way.
 */
import { formatMiles } from '../../../core/places/distance.ts'
import type { FacetName } from '../../shared/search-facets.ts'
import { chosenLabel, countLabel, moreSessionsText, sessionText } from './messages.ts'
import type { SearchPage } from './page.ts'
import type { ResultData } from './pagefind.ts'
import { resultSessions, type Asked } from './result-sessions.ts'
import type { Counts } from './results.ts'
import type { SearchState } from './state.ts'

const element = <K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] => {
  const made = doc.createElement(tag)
  made.className = className
  if (text !== undefined) made.textContent = text
  return made
}
const link = (doc: Document, href: string, text: string): HTMLAnchorElement =>
  Object.assign(element(doc, 'a', 'govuk-link', text), { href })
const distance = (doc: Document, miles: number) => element(doc, 'span', 'fh-result__distance', formatMiles(miles))

/** One result, as an item of a results list; `miles` is its distance when the search is from a place. */
export const resultItem = (doc: Document, data: ResultData, miles: number | undefined, asked: Asked): HTMLLIElement => {
  const { meta, url } = data
  const item = element(doc, 'li', 'fh-result')
  const heading = element(doc, 'h3', 'govuk-heading-s govuk-!-margin-bottom-1')
  heading.append(link(doc, url, meta.title ?? url))
  const facts = element(doc, 'p', 'govuk-body-s govuk-!-margin-bottom-1')
  facts.append(element(doc, 'strong', 'govuk-tag govuk-tag--grey fh-result__kind', meta.kind ?? ''))
  if (meta.facts) facts.append(' ', meta.facts)
  if (miles !== undefined) facts.append(' ', distance(doc, miles))
  item.append(heading, facts, element(doc, 'p', 'govuk-body-s', meta.line ?? ''))
  const { listed, rest } = resultSessions(data, asked)
  if (listed.length > 0) {
    const sessions = element(doc, 'ul', 'govuk-list govuk-body-s fh-result__sessions')
    for (const { session, miles } of listed) {
      const line = doc.createElement('li')
      line.append(link(doc, session.url, sessionText(session)), `, ${session.where}`)
      if (miles !== undefined) line.append(' ', distance(doc, miles))
      sessions.append(line)
    }
    item.append(sessions)
  }
  if (rest > 0) {
    const more = element(doc, 'p', 'govuk-body-s')
    more.append(link(doc, `${url}#where-and-when`, moreSessionsText(rest)), ' on its page.')
    item.append(more)
  }
  return item
}

/** Whether results are on their way: the list is busy, and says so to tests and tools (data-search-state). */
export const showBusy = (page: SearchPage, busy: boolean): void => {
  page.list.setAttribute('aria-busy', String(busy))
  page.list.dataset.searchState = busy ? 'searching' : 'done'
}

export const showStatus = (page: SearchPage, text: string): void => {
  page.status.textContent = text
}

/** What was read from the words (understoodText), hidden when nothing was. */
export const showUnderstood = (page: SearchPage, text: string): void => {
  page.understood.textContent = text
  page.understood.hidden = !text
}

/** A message about the place asked for, as an error on the "Near" field; none clears it. */
export const showWhereError = (page: SearchPage, message?: string): void => {
  const { whereError, whereGroup, whereInput } = page
  whereError.hidden = !message
  whereError.querySelector('[data-message]')!.textContent = message ?? ''
  whereGroup.classList.toggle('govuk-form-group--error', !!message)
  whereInput.classList.toggle('govuk-input--error', !!message)
  if (message) whereInput.setAttribute('aria-describedby', 'search-where-error')
  else whereInput.removeAttribute('aria-describedby')
}

/** Nothing searched: no results, nothing from anywhere, no "Show more results". */
export const clearResults = (page: SearchPage): void => {
  page.list.replaceChildren()
  page.anywhere.hidden = true
  page.more.hidden = true
}

/**
 * The counts beside the filters' values (all of them, or one filter's): a value not counted shows
 * none, and one that would give nothing is marked empty unless it is chosen.
 */
export const showCounts = (page: SearchPage, counts: Counts, state: SearchState, only?: FacetName): void => {
  for (const box of page.filtersForm.querySelectorAll<HTMLInputElement>(
    only ? `input[name="${only}"]` : 'input[type="checkbox"]',
  )) {
    const count = box.parentElement?.querySelector<HTMLElement>('[data-count]')
    if (!count) continue
    const n = counts[box.name]?.[box.value]
    count.textContent = countLabel(n)
    box.parentElement!.classList.toggle(
      'fh-filter--empty',
      n === 0 && !(state.filters[box.name as FacetName] ?? []).includes(box.value),
    )
  }
}

/** Beside each filter's name, how many of its values are ticked. */
export const showChosenCounts = (page: SearchPage): void => {
  for (const details of page.filtersForm.querySelectorAll<HTMLDetailsElement>('details[data-facet]')) {
    const note = details.querySelector<HTMLElement>('[data-chosen]')
    if (note) note.textContent = chosenLabel(details.querySelectorAll('input:checked').length)
  }
}

/** "Advice and services you can use from anywhere": the first few, how many there are, and a link to them all. */
export const showAnywhere = (
  page: SearchPage,
  items: readonly HTMLLIElement[],
  total: number,
  allHref: string,
): void => {
  const { anywhere } = page
  anywhere.querySelector('ol')!.replaceChildren(...items)
  const count = anywhere.querySelector<HTMLElement>('[data-anywhere-count]')
  if (count) count.textContent = String(total)
  const all = anywhere.querySelector<HTMLAnchorElement>('[data-anywhere-all]')
  if (all) {
    all.hidden = total <= items.length
    all.href = allHref
  }
  anywhere.hidden = false
}
