/**
 * Content Security Policy violations in a page: each blocked script, style, connection or form
 * target, as the browser reports it (a `securitypolicyviolation` event; the listener is added by
 * Playwright, which the policy does not govern).
 */
import type { Page } from '@playwright/test'

export interface Violation {
  directive: string
  blocked: string
  page: string
}

export const recordViolations = async (page: Page): Promise<() => Promise<Violation[]>> => {
  await page.addInitScript(() => {
    const seen: { directive: string; blocked: string; page: string }[] = []
    Object.defineProperty(window, '__cspViolations', { value: seen })
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push({ directive: event.violatedDirective, blocked: event.blockedURI, page: location.pathname }),
    )
  })
  const fromConsole: Violation[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()))
      fromConsole.push({ directive: 'console', blocked: message.text(), page: page.url() })
  })
  return async () => [
    ...((await page.evaluate(
      () => (window as unknown as { __cspViolations?: Violation[] }).__cspViolations ?? [],
    )) as Violation[]),
    ...fromConsole,
  ]
}
