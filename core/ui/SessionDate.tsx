/**
 * One session on one date, and a list of them: when, the status tag, the session's name and place
 * (linked where they have pages), and what parents are told about a cancellation or a change, in
 * the words of core/timetable/occurrence-words.ts. The public site's timetables (a day's sessions,
 * a service's next dates) and the session editor's next dates all use it; what differs between
 * them (class names, links, which statuses get a tag, the editor's buttons) comes in as props.
 * Markup only, no state: Astro renders it to HTML at build time, with no React in the browser.
 */
import './zod-without-eval.ts'
import type { ReactNode } from 'react'
import type { Id } from '../records/fields.ts'
import {
  occurrenceDetail,
  occurrenceTone,
  toneLabels,
  type OccurrenceFacts,
  type OccurrenceTone,
} from '../timetable/occurrence-words.ts'
import { classNames } from './class-names.ts'

/** Words, linked where they have a page. */
export interface Linked {
  text: string
  href?: string
}

/** Attributes for a date's list item: data-* for scripts, an id and tabIndex to move focus to it. */
export type ItemAttributes = { id?: string; tabIndex?: number } & { [name: `data-${string}`]: string | undefined }

/** One session on one date, as a list shows it. */
export interface SessionDateView {
  /** Unique within its list. */
  key: string
  occurrence: OccurrenceFacts
  /** The date line: "13:00 to 15:00" in a day's list, "Tuesday 16 February, 13:00 to 15:00" in a list of dates. */
  when: string
  /** The session's name. */
  title?: Linked
  /** Where it is (for a changed date, where it moved to), and after it the hub when that says more. */
  place?: Linked & { hub?: string }
  attributes?: ItemAttributes
}

export interface SessionDateClasses {
  item?: string
  /** Added to the item for these statuses only. */
  tones?: Partial<Record<OccurrenceTone, string>>
  when?: string
  /** Around the tag, name, place and note. */
  body?: string
  /** The line with the tag and the name. */
  title?: string
  titleText?: string
  /** The status tag, shown for these statuses only (a site need not tag what is on as usual). */
  tags?: Partial<Record<OccurrenceTone, string>>
  where?: string
  /** What parents are told: "Cancelled: Hall in use for voting". */
  note?: string
  link?: string
}

const linked = (words: Linked, className: string | undefined): ReactNode =>
  words.href === undefined ? (
    words.text
  ) : (
    <a className={className} href={words.href}>
      {words.text}
    </a>
  )

export interface SessionDateProps {
  view: SessionDateView
  classes: SessionDateClasses
  /** Names venues for a date that moved ("at Birchwood Library instead of Birchwood Family Hub"). */
  venueName?: (id: Id) => string
  /** After the words, inside the item: the editor's "Cancel this date". */
  children?: ReactNode
}

export const SessionDate = ({ view, classes: c, venueName, children }: SessionDateProps) => {
  const o = view.occurrence
  const tone = occurrenceTone(o)
  const tagClass = c.tags?.[tone]
  const tag = tagClass === undefined ? undefined : <strong className={classNames(tagClass)}>{toneLabels[tone]}</strong>
  const detail = occurrenceDetail(o, venueName)
  const { title, place } = view
  return (
    <li className={classNames(c.item, c.tones?.[tone])} {...view.attributes} data-status={o.status}>
      <p className={c.when}>{view.when}</p>
      {(tag || title || place || detail) && (
        <div className={c.body}>
          {(tag || title) && (
            <p className={c.title}>
              {tag}
              {tag && title ? ' ' : null}
              {title && <span className={c.titleText}>{linked(title, c.link)}</span>}
            </p>
          )}
          {place && (
            <p className={c.where}>
              {linked(place, c.link)}
              {place.hub ? `, ${place.hub}` : null}
            </p>
          )}
          {detail && (
            <p className={c.note}>
              <strong>{`${toneLabels[tone]}:`}</strong>
              {` ${detail}`}
            </p>
          )}
        </div>
      )}
      {children}
    </li>
  )
}

export interface SessionDateListProps<T extends SessionDateView> {
  items: readonly T[]
  classes: SessionDateClasses
  /** The list's own class. */
  className?: string
  /** An ordered list (the editor's next dates) rather than a plain one. */
  ordered?: boolean
  /** The id of what names the list. */
  labelledBy?: string
  venueName?: (id: Id) => string
  /** What each date offers after its words. */
  actions?: (item: T) => ReactNode
}

export const SessionDateList = <T extends SessionDateView>({
  items,
  classes,
  className,
  ordered = false,
  labelledBy,
  venueName,
  actions,
}: SessionDateListProps<T>) => {
  const List = ordered ? 'ol' : 'ul'
  return (
    <List className={className} aria-labelledby={labelledBy}>
      {items.map((item) => (
        <SessionDate key={item.key} view={item} classes={classes} venueName={venueName}>
          {actions?.(item)}
        </SessionDate>
      ))}
    </List>
  )
}
