/**
 * The pages a parent sees after posting "Report something wrong" without JavaScript: a
 * confirmation with a link back to the service, or an error summary and the form again, filled in
 * with what they typed. Self-contained HTML (styles inline, no other requests), GOV.UK patterns.
 */
import {
  DETAILS_MAX,
  EMAIL_MAX,
  NAME_MAX,
  problemReportFieldId as idOf,
  problemReportWording as words,
} from '../../core/records/problem-report.ts'
import { problemTopicOptions } from '../../core/records/vocabulary.ts'
import type { ReportError } from './submit-problem-report.ts'
import { escapeHtml } from '../../core/text/escape-html.ts'

const styles = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.1875rem;line-height:1.4;color:#0b0c0c;background:#fff}
.header{background:#005a5b;color:#fff;padding:12px 0}.header a{color:#fff;font-weight:700;font-size:1.25rem}
.wrap{max-width:960px;margin:0 15px}@media(min-width:40em){.wrap{margin:0 30px}}@media(min-width:1020px){.wrap{margin:0 auto}}
main{padding:30px 0 60px;max-width:640px}
h1{font-size:2rem;line-height:1.1;margin:0 0 30px}h2{font-size:1.5rem;margin:0 0 15px}
a{color:#1d70b8;text-decoration-thickness:max(1px,.0625rem);text-underline-offset:.1578em}a:visited{color:#4c2c92}a:hover{color:#003078}
a:focus,input:focus,textarea:focus,button:focus{outline:3px solid transparent;background-color:#fd0;box-shadow:0 -2px #fd0,0 4px #0b0c0c;color:#0b0c0c;text-decoration:none}
input:focus,textarea:focus{background:#fff;box-shadow:inset 0 0 0 2px;outline:3px solid #fd0;outline-offset:0}
.panel{background:#00703c;color:#fff;padding:25px;margin-bottom:15px;text-align:center}.panel h1{margin:0 0 15px}
.error-summary{border:5px solid #d4351c;padding:20px;margin-bottom:30px}.error-summary:focus{outline:3px solid #fd0}
.error-summary ul{margin:0;padding:0;list-style:none}.error-summary a{color:#d4351c;font-weight:700}
.group{margin-bottom:30px}.group--error{border-left:5px solid #d4351c;padding-left:15px}
.label,legend{display:block;font-weight:700;margin-bottom:5px}legend{font-size:1.1875rem;padding:0}fieldset{border:0;margin:0;padding:0}
.hint{color:#505a5f;margin-bottom:15px}.error{color:#d4351c;font-weight:700;margin:0 0 15px}
.radio{display:flex;align-items:flex-start;gap:10px;margin-bottom:10px}.radio input{width:30px;height:30px;margin:0;flex:none}.radio label{padding-top:3px}
.input,textarea{display:block;width:100%;border:2px solid #0b0c0c;padding:5px;font:inherit}.input--error,textarea.input--error{border-color:#d4351c}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;clip-path:inset(50%)!important;border:0!important;white-space:nowrap!important}
button{font:inherit;font-weight:400;color:#fff;background:#00703c;border:2px solid transparent;box-shadow:0 2px 0 #002d18;padding:8px 10px 7px;cursor:pointer}button:hover{background:#005a30}
`

const page = (title: string, siteUrl: string, body: string): string => `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} - Family hubs</title>
<style>${styles}</style>
</head>
<body>
<a class="visually-hidden" href="#main-content">Skip to main content</a>
<header class="header"><div class="wrap"><a href="${escapeHtml(siteUrl)}/">Family hubs</a></div></header>
<div class="wrap"><main id="main-content">
${body}
</main></div>
</body>
</html>
`

export interface ConfirmationPageOptions {
  serviceName: string
  /** The service's page on the public site, in full. */
  serviceUrl: string
  siteUrl: string
}

export const confirmationPage = ({ serviceName, serviceUrl, siteUrl }: ConfirmationPageOptions): string =>
  page(
    words.thanksTitle,
    siteUrl,
    `<div class="panel"><h1>${escapeHtml(words.thanksTitle)}</h1><p>${escapeHtml(words.thanks(serviceName))}</p></div>
<p><a href="${escapeHtml(serviceUrl)}">Go back to ${escapeHtml(serviceName)}</a></p>`,
  )

/** What the parent typed, as strings, so the form can be shown again with it. */
export type TypedValues = Partial<Record<'service' | 'topic' | 'details' | 'name' | 'email' | 'page', string>>

export interface FormPageOptions {
  values: TypedValues
  errors: ReportError[]
  /** Where the form posts: this endpoint's path. */
  action: string
  /** The service's page on the public site, or the site's home when the service is not known. */
  backUrl: string
  siteUrl: string
}

export const formPage = ({ values, errors, action, backUrl, siteUrl }: FormPageOptions): string => {
  type Field = ReportError['field']
  const errorOf = (field: Field) => errors.find((e) => e.field === field)?.message
  const fieldError = (field: Field) => {
    const message = errorOf(field)
    return message
      ? `<p class="error" id="${idOf(field)}-error"><span class="visually-hidden">Error:</span> ${escapeHtml(message)}</p>`
      : ''
  }
  const group = (field: Field) => `group${errorOf(field) ? ' group--error' : ''}`
  const describedBy = (field: Field, hint?: string) => {
    const ids = [hint, errorOf(field) ? `${idOf(field)}-error` : undefined].filter(Boolean)
    return ids.length ? ` aria-describedby="${ids.join(' ')}"` : ''
  }
  const value = (field: keyof TypedValues) => escapeHtml(values[field] ?? '')
  // Hidden fields the parent cannot change: when one is wrong, say so at the top, with no link.
  const summaryItem = (e: ReportError) =>
    ['topic', 'details', 'name', 'email', 'website'].includes(e.field)
      ? `<li><a href="#${idOf(e.field)}">${escapeHtml(e.message)}</a></li>`
      : `<li>${escapeHtml(e.message)}</li>`

  const radios = problemTopicOptions
    .map(
      (o, i) =>
        `<div class="radio"><input id="${i === 0 ? idOf('topic') : `${idOf('topic')}-${i + 1}`}" name="topic" type="radio" value="${o.value}"${values.topic === o.value ? ' checked' : ''}><label for="${i === 0 ? idOf('topic') : `${idOf('topic')}-${i + 1}`}">${escapeHtml(o.label)}</label></div>`,
    )
    .join('\n')

  return page(
    `Error: ${words.heading}`,
    siteUrl,
    `<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
<h2 id="error-summary-title">${escapeHtml(words.errorTitle)}</h2>
<ul>${errors.map(summaryItem).join('')}</ul>
</div>
<h1>${escapeHtml(words.heading)}</h1>
<form method="post" action="${escapeHtml(action)}" novalidate>
<input type="hidden" name="service" value="${value('service')}">
<input type="hidden" name="page" value="${value('page')}">
<div class="${group('topic')}"><fieldset${describedBy('topic')}><legend>${escapeHtml(words.topicLegend)}</legend>
${fieldError('topic')}${radios}
</fieldset></div>
<div class="${group('details')}"><label class="label" for="${idOf('details')}">${escapeHtml(words.detailsLabel)}</label>
<div class="hint" id="${idOf('details')}-hint">${escapeHtml(words.detailsHint)}</div>
${fieldError('details')}<textarea class="${errorOf('details') ? 'input--error' : ''}" id="${idOf('details')}" name="details" rows="5" maxlength="${DETAILS_MAX}"${describedBy('details', `${idOf('details')}-hint`)}>${value('details')}</textarea></div>
<div class="${group('name')}"><label class="label" for="${idOf('name')}">${escapeHtml(words.nameLabel)}</label>
${fieldError('name')}<input class="input${errorOf('name') ? ' input--error' : ''}" id="${idOf('name')}" name="name" type="text" autocomplete="name" maxlength="${NAME_MAX}" value="${value('name')}"${describedBy('name')}></div>
<div class="${group('email')}"><label class="label" for="${idOf('email')}">${escapeHtml(words.emailLabel)}</label>
<div class="hint" id="${idOf('email')}-hint">${escapeHtml(words.emailHint)}</div>
${fieldError('email')}<input class="input${errorOf('email') ? ' input--error' : ''}" id="${idOf('email')}" name="email" type="email" autocomplete="email" spellcheck="false" maxlength="${EMAIL_MAX}" value="${value('email')}"${describedBy('email', `${idOf('email')}-hint`)}></div>
<div class="${errorOf('website') ? 'group group--error' : 'visually-hidden'}"><label class="label" for="${idOf('website')}">${escapeHtml(words.honeypotLabel)}</label>
${fieldError('website')}<input class="input" id="${idOf('website')}" name="website" type="text" tabindex="-1" autocomplete="off" value=""></div>
<button type="submit">${escapeHtml(words.submit)}</button>
</form>
<p><a href="${escapeHtml(backUrl)}">Go back without sending</a></p>`,
  )
}
