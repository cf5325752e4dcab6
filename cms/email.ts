/**
 * How the CMS sends email (check reminders): over SMTP with nodemailer when SMTP_HOST is set
 * (SMTP_PORT, default 587, 465 meaning TLS from the start; SMTP_USER, SMTP_PASS; EMAIL_FROM,
 * "Family Hubs <hubs@council.example.org>" or an address). Otherwise no adapter: Payload writes
 * each email's recipient and subject to the log instead of sending it.
 *
 * The adapter is the few lines of Payload's @payloadcms/email-nodemailer, written here because that
 * package has no release matching payload 3.90.2 (the registry stops at 3.90.1), and Payload's
 * start-up check refuses @payloadcms packages of another version.
 */
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

export interface SmtpSettings {
  host: string
  port: number
  secure: boolean
  auth?: { user: string; pass: string }
  fromAddress: string
  fromName: string
}

/** SMTP settings from the environment, undefined without SMTP_HOST; a clear error when one is wrong. */
export const smtpSettings = (env: Readonly<Record<string, string | undefined>>): SmtpSettings | undefined => {
  const host = env.SMTP_HOST?.trim()
  if (!host) return undefined
  const port = env.SMTP_PORT?.trim() ? Number(env.SMTP_PORT) : 587
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(
      `SMTP_PORT "${env.SMTP_PORT}" is not a port number. Use 587 (STARTTLS), 465 (TLS) or 25, or leave it unset for 587.`,
    )
  const from = env.EMAIL_FROM?.trim()
  const match = from ? /^(?:"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>|([^<>\s]+@[^<>\s]+))$/.exec(from) : null
  if (!match)
    throw new Error(
      `EMAIL_FROM ${from ? `"${from}" is not an email address` : 'is not set'}. With SMTP_HOST set, give the sender, like "Family Hubs <hubs@council.example.org>".`,
    )
  const user = env.SMTP_USER?.trim()
  return {
    host,
    port,
    secure: port === 465,
    ...(user ? { auth: { user, pass: env.SMTP_PASS ?? '' } } : {}),
    fromAddress: match[2] ?? match[3]!,
    fromName: match[1]?.trim() || 'Family Hub Directory',
  }
}

/** A Payload email adapter sending through an SMTP server. */
export const smtpEmailAdapter = (smtp: SmtpSettings): EmailAdapter => {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.auth ? { auth: smtp.auth } : {}),
  })
  return ({ payload }) => ({
    name: 'smtp',
    defaultFromAddress: smtp.fromAddress,
    defaultFromName: smtp.fromName,
    sendEmail: async (message) => {
      const info = await transport.sendMail({
        ...message,
        from: message.from ?? { name: smtp.fromName, address: smtp.fromAddress },
      } as nodemailer.SendMailOptions)
      payload.logger.info({ msg: `Email sent to ${String(message.to)}: ${message.subject ?? ''}` })
      return info
    },
  })
}

/** The email adapter for Payload's config: SMTP, or undefined for Payload's log-only default. */
export const emailAdapter = (env: Readonly<Record<string, string | undefined>>): EmailAdapter | undefined => {
  const smtp = smtpSettings(env)
  return smtp ? smtpEmailAdapter(smtp) : undefined
}
