/**
 * "Where": a postcode or the browser's location, used only in the browser. The search form puts
 * them after "#" in the address, which browsers never send to a server; the search page reads
 * them, looks the postcode up in /places.json (built from the venues' postcodes) and lists the
 * family hubs nearest first, with the distance.
 */
import { byDistance, formatMiles, locatePostcode, type Point } from '../../schemas/distance.ts'
import type { PlacesFile } from '../lib/places.ts'

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

/** What the address asks for: a postcode (#where=WA5 1AB) or a position (#near=53.39,-2.6). */
export const wantedPlace = (hash: string): { where?: string; near?: Point } => {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const near = params.get('near')?.split(',').map(Number)
  if (near && near.length === 2 && near.every(Number.isFinite)) return { near: { latitude: near[0]!, longitude: near[1]! } }
  const where = params.get('where')?.trim()
  return where ? { where } : {}
}

/** On the search page: the hubs nearest the place asked for, or a message saying why there are none. */
export const showNearestHubs = async (doc: Document): Promise<void> => {
  const panel = doc.querySelector<HTMLElement>('#nearest-hubs')
  if (!panel) return
  const wanted = wantedPlace(location.hash)
  const form = doc.querySelector<HTMLFormElement>('#near-form')
  const input = doc.querySelector<HTMLInputElement>('#near-postcode')
  if (form && input && form.hidden) {
    form.hidden = false
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      location.hash = `where=${encodeURIComponent(input.value.trim())}`
    })
  }
  if (input && wanted.where) input.value = wanted.where
  if (!wanted.where && !wanted.near) return
  const places = (await (await fetch('/places.json')).json()) as PlacesFile
  let from: Point
  let label: string
  if (wanted.near) {
    from = wanted.near
    label = 'your location'
  } else {
    const found = locatePostcode(wanted.where!, places)
    if (!found.found) {
      panel.replaceChildren(Object.assign(doc.createElement('p'), { className: 'govuk-error-message', textContent: found.message }))
      panel.hidden = false
      return
    }
    from = found.point
    label = found.label
  }
  const heading = Object.assign(doc.createElement('h2'), { className: 'govuk-heading-m', textContent: `Family hubs nearest ${label}` })
  const list = Object.assign(doc.createElement('ol'), { className: 'govuk-list govuk-list--number' })
  for (const hub of byDistance(places.hubs, from).slice(0, 5)) {
    const item = doc.createElement('li')
    const link = Object.assign(doc.createElement('a'), { className: 'govuk-link', href: `/hubs/${hub.slug}/`, textContent: hub.name })
    item.append(link, ` (${hub.locality}), ${formatMiles(hub.miles)}`)
    list.append(item)
  }
  panel.replaceChildren(heading, list)
  panel.hidden = false
}
