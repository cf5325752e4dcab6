/**
 * A session series' timetable in plain English (core/timetable/timetable-words.ts): the pattern
 * with its times, the dates it runs between, the term rule and bank holidays. The public site
 * shows it on a service page with the pattern as the series' heading; the session editor's
 * preview shows it as a list, with its notes for staff after. Markup only, no state: Astro renders
 * it to HTML at build time (no React in the browser), and the admin renders it in its preview.
 */
import './zod-without-eval.ts'
import { timetableHeadline, type TimetableWords } from '../timetable/timetable-words.ts'

export type HeadingLevel = 2 | 3 | 4 | 5 | 6

export interface TimetableDescriptionClasses {
  /** The list of statements. */
  list?: string
  /** The pattern and times, when they are the list's first item (no heading). */
  headline?: string
  /** Each other statement. */
  item?: string
  /** Each note. */
  note?: string
}

export interface TimetableDescriptionProps {
  words: TimetableWords
  /** Said after the timetable, each with the note class: what staff should know that parents are not told. */
  notes?: readonly string[]
  /**
   * Make the pattern and times a heading of this level, after `prefix` ("Toddler time: "); without
   * it they are the list's first item.
   */
  heading?: { level: HeadingLevel; className?: string; prefix?: string; id?: string }
  /** The list's accessible name, when no heading names it. */
  label?: string
  classes?: TimetableDescriptionClasses
}

export const TimetableDescription = ({
  words,
  notes = [],
  heading,
  label,
  classes = {},
}: TimetableDescriptionProps) => {
  const headline = timetableHeadline(words)
  const rest = [words.dates, words.terms, words.bankHolidays].filter((line): line is string => line !== undefined)
  const Heading = heading ? (`h${heading.level}` as const) : undefined
  return (
    <>
      {Heading && heading && (
        <Heading className={heading.className} id={heading.id}>
          {`${heading.prefix ?? ''}${headline ?? ''}`}
        </Heading>
      )}
      <ul className={classes.list} aria-label={label}>
        {!Heading && headline !== undefined && <li className={classes.headline}>{headline}</li>}
        {rest.map((line) => (
          <li key={line} className={classes.item}>
            {line}
          </li>
        ))}
        {notes.map((note) => (
          <li key={note} className={classes.note}>
            {note}
          </li>
        ))}
      </ul>
    </>
  )
}
