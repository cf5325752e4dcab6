/**
 * `npm run reminders`: email the owners of services and session timetables that have fallen due
 * for a check, once per due date (see cms/freshness/send-check-reminders.ts). `npm start` runs the
 * same every hour; this runs it now. `--today 2027-03-03` runs it as on that London date.
 * Without SMTP_HOST, emails go to the log.
 */
import { parseArgs } from 'node:util'
import { openPayload } from '../open-payload.ts'
import { sendCheckReminders } from '../freshness/send-check-reminders.ts'
import { isPlainDate, toStoredDate } from '../../core/dates/plain-date.ts'

const { values } = parseArgs({ options: { today: { type: 'string' } } })
if (values.today !== undefined && !isPlainDate(values.today)) {
  console.error(
    `--today "${values.today}" is not a date. Use the form 2027-03-03, or leave it out for today in London.`,
  )
  process.exit(1)
}
const now = values.today ? new Date(toStoredDate(values.today)) : new Date()

const payload = await openPayload()
let code = 0
try {
  const summary = await sendCheckReminders(payload, { now })
  console.log(
    summary.emails === 0 && summary.failed.length === 0
      ? 'No check reminders to send: nothing has fallen due since the last reminders.'
      : `Sent ${summary.emails} check reminder email${summary.emails === 1 ? '' : 's'} about ${summary.items} item${summary.items === 1 ? '' : 's'} to: ${summary.recipients.join(', ') || 'nobody'}.`,
  )
  if (summary.failed.length > 0) {
    console.error(`Could not send to: ${summary.failed.join(', ')}. Their items will be tried again next time.`)
    code = 1
  }
} finally {
  await payload.destroy()
}
process.exit(code)
