/**
 * The email of a notification: its sentence as the subject, the details, a link to each admin page
 * it names, and why the person was told; plain text and HTML, everything the HTML shows escaped.
 * Pure.
 */
import { escapeHtml } from '../../core/text/escape-html.ts'
import type { AdminLink } from './messages.ts'

export interface NotificationForEmail {
  title: string
  details?: string | null
  links?: readonly AdminLink[] | null
  why?: string | null
}

export interface EmailParts {
  subject: string
  text: string
  html: string
}

/** The address of an admin page: `base` is the admin's ("https://admin.example.org/admin"). */
export const adminUrl = (base: string, path: string): string => `${base.replace(/\/+$/, '')}${path}`

const lines = (text: string | null | undefined): string[] =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')

/** Subjects are one line: a comment or a name with a line break in it must not start a header. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()

export const notificationEmail = (
  notification: NotificationForEmail,
  recipientName: string,
  base: string,
): EmailParts => {
  const subject = oneLine(notification.title)
  const details = lines(notification.details)
  const links = (notification.links ?? []).map((l) => ({ label: l.label, url: adminUrl(base, l.path) }))
  const text = [
    `Hello ${recipientName},`,
    '',
    `${subject}.`,
    ...(details.length > 0 ? ['', ...details] : []),
    '',
    ...links.map((l) => `${l.label}: ${l.url}`),
    ...(notification.why ? ['', notification.why] : []),
    '',
    `Your notifications are on the admin dashboard: ${base}`,
    '',
  ].join('\n')
  const html = [
    `<p>Hello ${escapeHtml(recipientName)},</p>`,
    `<p><strong>${escapeHtml(subject)}.</strong></p>`,
    ...(details.length > 0 ? [`<p>${details.map(escapeHtml).join('<br>\n')}</p>`] : []),
    ...(links.length > 0
      ? [`<ul>${links.map((l) => `<li><a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a></li>`).join('')}</ul>`]
      : []),
    ...(notification.why ? [`<p>${escapeHtml(notification.why)}</p>`] : []),
    `<p>Your notifications are on the <a href="${escapeHtml(base)}">admin dashboard</a>.</p>`,
  ].join('\n')
  return { subject, text, html }
}
