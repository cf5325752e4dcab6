/**
 * The public site's publishes in the words staff use: "Published 2 minutes ago: Stay and Play at
 * Birchwood changed". A build keeps what changed one line each (publishOnChange.ts writes
 * `Session “Stay and Play at Birchwood” changed`; the publisher and the Site panel write the rest);
 * here those lines become what happened to which record, and the time becomes how long ago, in
 * London. Pure.
 */
import { inLondon } from '../../core/dates/london-format.ts'
import { addDays, formatLongDateAsOf, toPlainDate } from '../../core/dates/plain-date.ts'

const MINUTE = 60_000

/** "just now", "2 minutes ago", "today at 14:05", "yesterday at 09:30", "on Thursday 3 December at 14:05". */
export const timeAgo = (at: string | Date, now: Date): string => {
  const instant = typeof at === 'string' ? new Date(at) : at
  const ms = now.getTime() - instant.getTime()
  if (ms < MINUTE) return 'just now'
  if (ms < 60 * MINUTE) {
    const minutes = Math.floor(ms / MINUTE)
    return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'} ago`
  }
  const day = toPlainDate(instant)!
  const today = toPlainDate(now)!
  const time = inLondon(instant, 'HH:mm')
  if (day === today) return `today at ${time}`
  if (day === addDays(today, -1)) return `yesterday at ${time}`
  return `on ${formatLongDateAsOf(day, today)} at ${time}`
}

const verbs: Record<string, string> = {
  added: 'added',
  changed: 'changed',
  published: 'added',
  unpublished: 'taken off the site',
  deleted: 'deleted',
}

/** One line of a build's changes, in words: `Session “Stay and Play at Birchwood” changed` → "Stay and Play at Birchwood changed". */
export const changeInWords = (line: string): string => {
  const text = line.trim()
  const record = /^.+? “(.+)” (added|changed|published|unpublished|deleted)$/.exec(text)
  if (record) return `${record[1]} ${verbs[record[2]!]}`
  if (text === 'The product started') return 'everything, as the system started'
  const asked = /^Publish now, asked by (.+)$/.exec(text)
  if (asked) return `everything, when ${asked[1]} pressed Publish now`
  const day = /^A new day \((\d{4}-\d{2}-\d{2})\)/.exec(text)
  if (day) return `the dates for a new day (${formatLongDateAsOf(day[1]!, day[1]!)})`
  const interrupted = /^Changes from the interrupted build: (.+)$/.exec(text)
  if (interrupted)
    return `${changesInWords(interrupted[1]!.replace(/ and (\d+) more changes?$/, ''))}, after a build was interrupted`
  if (/^Rolled back to /.test(text)) return 'an earlier version of the site, rolled back to'
  return text
}

/** A build's changes (one a line), in words: "A changed", "A changed and B added", "A changed, B added and 3 more changes". */
export const changesInWords = (changes: string | null | undefined): string => {
  const lines = (changes ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
  let more = 0
  const words: string[] = []
  for (const line of lines) {
    const counted = /^and (\d+) more changes?$/.exec(line)
    if (counted) more += Number(counted[1])
    else {
      const said = changeInWords(line)
      if (!words.includes(said)) words.push(said)
    }
  }
  if (words.length === 0) return 'no changes recorded'
  const shown = words.slice(0, 2)
  more += words.length - shown.length
  if (more === 0) return shown.join(' and ')
  return `${shown.join(', ')} and ${more} more ${more === 1 ? 'change' : 'changes'}`
}

/** "Published 2 minutes ago: Stay and Play at Birchwood changed". */
export const lastPublishInWords = (
  build: { finishedAt?: string | null; changes?: string | null; summary?: string | null },
  now: Date,
): string => {
  const what = changesInWords(build.changes || build.summary)
  return build.finishedAt ? `Published ${timeAgo(build.finishedAt, now)}: ${what}` : `Published: ${what}`
}
