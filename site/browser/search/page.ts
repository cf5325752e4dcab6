/**
 * The search page's parts (site/pages/search.astro), found once and passed to what reads or
 * changes them.
 */

export interface SearchPage {
  doc: Document
  app: HTMLElement
  form: HTMLFormElement
  input: HTMLInputElement
  whereInput: HTMLInputElement
  whereError: HTMLElement
  whereGroup: HTMLElement
  radius: HTMLSelectElement
  filtersForm: HTMLFormElement
  status: HTMLElement
  understood: HTMLElement
  list: HTMLOListElement
  more: HTMLButtonElement
  anywhere: HTMLElement
  clear: HTMLButtonElement
  /** "Use my location", shown where the browser can tell. */
  locate: HTMLButtonElement | null
}

/** The search page's parts, or undefined on any other page. */
export const findSearchPage = (doc: Document): SearchPage | undefined => {
  const app = doc.querySelector<HTMLElement>('#search-app')
  if (!app || !doc.querySelector('#search-config')) return undefined
  const $ = <T extends HTMLElement>(selector: string) => doc.querySelector<T>(selector)!
  return {
    doc,
    app,
    form: $('#search-form'),
    input: $('#search-input'),
    whereInput: $('#search-where'),
    whereError: $('#search-where-error'),
    whereGroup: $('#search-where-group'),
    radius: $('#search-radius'),
    filtersForm: $('#search-filters'),
    status: $('#search-status'),
    understood: $('#search-understood'),
    list: $('#search-results'),
    more: $('#search-more'),
    anywhere: $('#search-anywhere'),
    clear: $('#search-clear'),
    locate: doc.querySelector('#search-locate'),
  }
}
