/**
 * How fast the timetable expands: 10,000 session series (by default) over 8 weeks and over 12
 * months, and as one iCalendar feed, with the demo borough's calendar (terms, bank holidays, closures) and its mix of weekly,
 * fortnightly, monthly, term-time and holiday sessions with exceptions.
 *
 *   npm run bench:timetable -- [--series 10000] [--runs 7]
 *
 * Prints figures; asserts nothing (timings belong here, never in tests).
 */
import { parseArgs } from 'node:util'
import { addDays } from '../../core/dates/plain-date.ts'
import { calendarFeed } from '../../core/timetable/icalendar.ts'
import { occurrences, type TimetableSession } from '../../core/timetable/occurrences.ts'
import { termDatesLookup } from '../../core/timetable/term-dates.ts'
import { termDates } from '../../cms/demo/data/term-dates.ts'
import { hubs } from '../../cms/demo/data/hubs.ts'
import { sessions as demoSessions } from '../../cms/demo/data/sessions.ts'

const { values } = parseArgs({
  options: {
    series: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '7' },
    from: { type: 'string', default: '2026-11-23' },
  },
})
const count = Number(values.series)
const runs = Number(values.runs)
const from = values.from

// The demo mix, repeated across the demo hubs with their own exceptions, to `count` series.
const series: TimetableSession[] = Array.from({ length: count }, (_, i) => {
  const demo = demoSessions[i % demoSessions.length]!
  return { ...demo, id: i + 1, hub: hubs[(i * 7) % hubs.length]!.slug }
})
const cal = termDatesLookup(termDates)

const measure = (label: string, days: number) => {
  const range = { from, to: addDays(from, days - 1) }
  let found = 0
  const times: number[] = []
  for (let r = 0; r < runs + 1; r++) {
    const started = performance.now()
    found = occurrences(series, range, cal).length
    if (r > 0) times.push(performance.now() - started) // the first run warms up the JIT
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)]!
  return {
    label,
    series: count,
    days,
    occurrences: found,
    medianMs: Number(median.toFixed(1)),
    fastestMs: Number(times[0]!.toFixed(1)),
    occurrencesPerSecond: Math.round(found / (median / 1000)),
    seriesPerSecond: Math.round(count / (median / 1000)),
  }
}

const rows = [measure('8 weeks', 56), measure('12 months', 365)]

// The same series written as iCalendar (one feed), as the static build will.
const icsStarted = performance.now()
const ics = calendarFeed(
  series.map((s) => ({ ...s, id: s.id!, title: `Session ${s.id}` })),
  cal,
  {
    name: 'Benchmark',
    domain: 'bench.example.org',
    stamp: '2026-11-22T00:00:00Z',
    since: addDays(from, -56),
    place: (venue) => ({ name: String(venue) }),
  },
)
const icsSeconds = (performance.now() - icsStarted) / 1000
const icsRow = {
  series: count,
  seconds: Number(icsSeconds.toFixed(2)),
  seriesPerSecond: Math.round(count / icsSeconds),
  megabytes: Number((Buffer.byteLength(ics) / 2 ** 20).toFixed(1)),
}
const peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024)

console.log(
  `Timetable expansion: ${count.toLocaleString('en-GB')} session series from ${from}, median of ${runs} runs (Node ${process.version})`,
)
console.table(
  rows.map((r) => ({
    range: r.label,
    occurrences: r.occurrences.toLocaleString('en-GB'),
    'median ms': r.medianMs,
    'fastest ms': r.fastestMs,
    'occurrences/s': r.occurrencesPerSecond.toLocaleString('en-GB'),
    'series/s': r.seriesPerSecond.toLocaleString('en-GB'),
  })),
)
console.log(
  `iCalendar: ${count.toLocaleString('en-GB')} series in ${icsRow.seconds} s (${icsRow.seriesPerSecond.toLocaleString('en-GB')} series/s), ${icsRow.megabytes} MiB`,
)
console.log(`Peak RSS ${peakRssMiB} MiB`)
console.log(JSON.stringify({ benchmark: 'timetable', rows, ics: icsRow, peakRssMiB }))
