/**
 * The search page: Pagefind's interface over the built index, started with the words from the
 * address (?q=...), so the home page's search box and shared links land on results.
 */
interface PagefindUIInstance {
  triggerSearch(term: string): void
}
declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => PagefindUIInstance
  }
}

export const startSearch = (doc: Document): void => {
  const element = doc.querySelector('#search')
  if (!element || !window.PagefindUI) return
  const ui = new window.PagefindUI({ element, showSubResults: false, showImages: false, resetStyles: false, translations: { placeholder: 'Search services, hubs, venues and advice' } })
  const q = new URLSearchParams(location.search).get('q')?.trim()
  if (q) ui.triggerSearch(q)
}
