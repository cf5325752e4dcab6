/**
 * "Report something wrong" with JavaScript: send the form to the CMS as JSON and show the answer
 * on the page: the confirmation (focus moved to it), or an error summary and a message beside
 * each field (focus on the summary), leaving everything typed where it was. Without JavaScript the
 * form posts as it is and the CMS answers with a page of its own.
 */
export interface ReportError {
  field: string
  message: string
}
export type ReportAnswer = { ok: true; message: string } | { ok: false; errors: ReportError[] }

const tryAgain = 'Your report could not be sent. Check your connection and try again: what you typed is still here.'

/** The CMS's answer as the page shows it; anything unexpected is one error about the form. */
export const readAnswer = (status: number, body: unknown): ReportAnswer => {
  const b = (typeof body === 'object' && body !== null ? body : {}) as {
    ok?: unknown
    message?: unknown
    errors?: unknown
  }
  if (status >= 200 && status < 300 && b.ok === true)
    return { ok: true, message: typeof b.message === 'string' ? b.message : 'Thank you. We have your report.' }
  const errors = Array.isArray(b.errors)
    ? b.errors.filter((e): e is ReportError => typeof e?.field === 'string' && typeof e?.message === 'string')
    : []
  return { ok: false, errors: errors.length > 0 ? errors : [{ field: 'form', message: tryAgain }] }
}

/** The control an error is about (the first radio for the topic), or none for the form as a whole. */
export const controlIdOf = (field: string): string | undefined =>
  field === 'form' || field === 'service' || field === 'page' ? undefined : `report-${field}`

const ERROR_PREFIX = 'Error: '

const showErrors = (form: HTMLFormElement, errors: ReportError[]): void => {
  const byField = new Map(errors.map((e) => [e.field, e.message]))
  for (const group of form.querySelectorAll<HTMLElement>('[data-field]')) {
    const field = group.dataset.field!
    const message = byField.get(field)
    const error = group.querySelector<HTMLElement>('.govuk-error-message')!
    const control =
      group.querySelector<HTMLElement>('input:not([type="radio"]), textarea') ?? group.querySelector('fieldset')
    group.classList.toggle('govuk-form-group--error', message !== undefined)
    if (field === 'website') group.classList.toggle('govuk-visually-hidden', message === undefined)
    error.hidden = message === undefined
    error.textContent = ''
    if (message !== undefined) {
      const hidden = document.createElement('span')
      hidden.className = 'govuk-visually-hidden'
      hidden.textContent = ERROR_PREFIX
      error.append(hidden, message)
    }
    control?.classList.toggle(
      control.tagName === 'TEXTAREA' ? 'govuk-textarea--error' : 'govuk-input--error',
      message !== undefined && control.tagName !== 'FIELDSET',
    )
    const described = (control?.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== error.id)
    if (message !== undefined) described.push(error.id)
    if (described.length > 0) control?.setAttribute('aria-describedby', described.join(' '))
    else control?.removeAttribute('aria-describedby')
  }
  const summary = form.querySelector<HTMLElement>('[data-report-errors]')!
  const list = summary.querySelector('ul')!
  list.replaceChildren(
    ...errors.map((e) => {
      const item = document.createElement('li')
      const id = controlIdOf(e.field)
      if (id) {
        const link = document.createElement('a')
        link.href = `#${id}`
        link.textContent = e.message
        link.addEventListener('click', (event) => {
          event.preventDefault()
          const target = document.getElementById(id)
          target?.focus()
          ;(target?.closest('fieldset') ?? target)?.scrollIntoView({ block: 'center' })
        })
        item.append(link)
      } else item.textContent = e.message
      return item
    }),
  )
  summary.hidden = false
  if (!document.title.startsWith(ERROR_PREFIX)) document.title = ERROR_PREFIX + document.title
  summary.focus()
}

const showDone = (form: HTMLFormElement, message: string): void => {
  const done = form.parentElement!.querySelector<HTMLElement>('[data-report-done]')!
  done.querySelector('[data-report-message]')!.textContent = message
  form.hidden = true
  done.hidden = false
  if (document.title.startsWith(ERROR_PREFIX)) document.title = document.title.slice(ERROR_PREFIX.length)
  done.focus()
}

const enhance = (form: HTMLFormElement): void => {
  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    if (form.dataset.sending) return
    form.dataset.sending = 'true'
    form.setAttribute('aria-busy', 'true')
    let answer: ReportAnswer
    try {
      const body = JSON.stringify(Object.fromEntries(new FormData(form)))
      const response = await fetch(form.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body,
      })
      answer = readAnswer(response.status, await response.json().catch(() => undefined))
    } catch {
      answer = { ok: false, errors: [{ field: 'form', message: tryAgain }] }
    }
    delete form.dataset.sending
    form.removeAttribute('aria-busy')
    if (answer.ok) showDone(form, answer.message)
    else showErrors(form, answer.errors)
  })
}

export const enhanceReportForms = (root: ParentNode): void => {
  for (const form of root.querySelectorAll<HTMLFormElement>('[data-report-form]')) enhance(form)
}
