/**
 * A local SMTP server for tests: it accepts every message (plain SMTP, no TLS, no login), parses it
 * with mailparser, and keeps it with the addresses it was sent to. Addresses added to `refuse` are
 * refused at RCPT TO with a 550, as a real server refuses a mailbox, to test a failed email.
 */
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface CapturedEmail {
  /** The envelope's recipients (RCPT TO). */
  to: string[]
  from: string
  subject: string
  text: string
  html: string
  mail: ParsedMail
}

export interface SmtpSink {
  host: string
  port: number
  emails: CapturedEmail[]
  /** Recipient addresses refused with "550 Mailbox unavailable". */
  refuse: Set<string>
  /** The first email (from `after` on) that matches, waiting up to `timeoutMs` for it. */
  waitFor: (
    match: (email: CapturedEmail) => boolean,
    options?: { timeoutMs?: number; after?: number },
  ) => Promise<CapturedEmail>
  close: () => Promise<void>
}

const addressesOf = (value: AddressObject | AddressObject[] | undefined): string =>
  (Array.isArray(value) ? value : value ? [value] : []).map((a) => a.text).join(', ')

export const startSmtpSink = async ({
  port = 0,
  host = '127.0.0.1',
}: { port?: number; host?: string } = {}): Promise<SmtpSink> => {
  const emails: CapturedEmail[] = []
  const refuse = new Set<string>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse.has(address.address.toLowerCase())) {
        const error = new Error('Mailbox unavailable') as Error & { responseCode: number }
        error.responseCode = 550
        callback(error)
      } else callback()
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          emails.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            from: addressesOf(mail.from),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            mail,
          })
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  const address = server.server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port

  const waitFor: SmtpSink['waitFor'] = async (match, { timeoutMs = 20_000, after = 0 } = {}) => {
    const until = Date.now() + timeoutMs
    for (;;) {
      const found = emails.slice(after).find(match)
      if (found) return found
      if (Date.now() > until)
        throw new Error(
          `No email matched within ${timeoutMs} ms. Received: ${emails.map((e) => `${e.to.join(',')}: ${e.subject}`).join(' | ') || 'none'}`,
        )
      await new Promise((r) => setTimeout(r, 100))
    }
  }

  return {
    host,
    port: actualPort,
    emails,
    refuse,
    waitFor,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
