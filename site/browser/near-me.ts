/**
 * "Where" on the home page's search form: a postcode or the browser's location, used only in the
 * browser. The form puts them after "#" in the search page's address, which browsers never send
 * to a server; the search page (search/app.ts) reads them from there.
 */

const round = (n: number) => Math.round(n * 1000) / 1000

/** Search forms: "where" travels in the fragment, and a "Use my location" button where the browser can. */
export const enhanceSearchForms = (doc: Document): void => {
  for (const form of doc.querySelectorAll<HTMLFormElement>('form[data-search-form]')) {
    const what = form.querySelector<HTMLInputElement>('[name="q"]')
    const where = form.querySelector<HTMLInputElement>('[data-where]')
    if (!what || !where) continue
    const go = (fragment: string) => {
      const q = what.value.trim()
      location.assign(`/search/${q ? `?q=${encodeURIComponent(q)}` : ''}${fragment ? `#${fragment}` : ''}`)
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      const place = where.value.trim()
      go(place ? `where=${encodeURIComponent(place)}` : '')
    })
    if (!('geolocation' in navigator)) continue
    const button = doc.createElement('button')
    button.type = 'button'
    button.className = 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0'
    button.textContent = 'Use my location'
    button.addEventListener('click', () => {
      button.disabled = true
      button.textContent = 'Finding you…'
      navigator.geolocation.getCurrentPosition(
        (position) => go(`near=${round(position.coords.latitude)},${round(position.coords.longitude)}`),
        () => {
          button.disabled = false
          button.textContent = 'Use my location'
          where.setCustomValidity('')
          const message = form.querySelector<HTMLElement>('[data-where-error]')
          if (message) {
            message.hidden = false
            message.textContent = 'We could not get your location. Enter a postcode instead.'
          }
        },
        { enableHighAccuracy: false, timeout: 10_000, maximumAge: 600_000 },
      )
    })
    form.querySelector('[data-search-actions]')?.append(button)
  }
}
