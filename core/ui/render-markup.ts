/**
 * For the shared components' tests: their HTML as the admin and Astro write it. Astro renders with
 * React's streaming renderer, which marks every boundary between two pieces of text with "<!-- -->";
 * the components build their text so there are none, and `markup` fails when one slips in.
 */
import type { ReactElement } from 'react'
import { renderToStaticMarkup, renderToString } from 'react-dom/server'

export const markup = (element: ReactElement): string => {
  const html = renderToStaticMarkup(element)
  const streamed = renderToString(element)
  if (streamed !== html)
    throw new Error(`The component writes text separators ("<!-- -->") when Astro renders it:\n${streamed}`)
  return html
}
