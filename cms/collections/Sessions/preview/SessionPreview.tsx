'use client'
/**
 * The session editor's preview: the timetable in plain English, what a save would refuse, and the
 * next dates as parents will see them, worked out on the server (POST /api/sessions/preview) from
 * the form's current values as staff type. A date that is on can be cancelled from here: that adds
 * a row to One-off changes in the form, and staff save or publish as usual. The timetable's words
 * and the dates are the public site's own components (core/ui/), in Payload's look.
 */
import {
  Button,
  useAllFormFields,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormModified,
  useFormSubmitted,
} from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { SessionPreviewResponse } from './endpoint.ts'
import { toStoredDate } from '../../../../core/dates/plain-date.ts'
import type { Id } from '../../../../core/records/fields.ts'
import { SessionDateList, type SessionDateClasses, type SessionDateView } from '../../../../core/ui/SessionDate.tsx'
import { TimetableDescription } from '../../../../core/ui/TimetableDescription.tsx'
import './SessionPreview.css'

type PreviewDate = SessionPreviewResponse['dates'][number]
type DateView = SessionDateView & { source: PreviewDate }

const base = 'session-preview'

/** The next dates in Payload's look (SessionPreview.css): every status tagged, "On" included. */
const dateClasses: SessionDateClasses = {
  item: `${base}__date`,
  tones: {
    on: `${base}__date--on`,
    cancelled: `${base}__date--cancelled`,
    changed: `${base}__date--changed`,
    extra: `${base}__date--extra`,
  },
  when: `${base}__when`,
  body: `${base}__status`,
  title: `${base}__tags`,
  tags: {
    on: `${base}__tag ${base}__tag--on`,
    cancelled: `${base}__tag ${base}__tag--cancelled`,
    changed: `${base}__tag ${base}__tag--changed`,
    extra: `${base}__tag ${base}__tag--extra`,
  },
  note: `${base}__detail`,
}

/** Put the keyboard focus on a field the admin renders (ids are "field-" and the path with "__" for "."). */
const focusField = (path: string): void => {
  const wrap = document.getElementById(`field-${path.replace(/\./g, '__')}`)
  const target = wrap?.matches('input, select, textarea, button')
    ? wrap
    : wrap?.querySelector<HTMLElement>('input, select, textarea, button')
  ;(target ?? wrap)?.focus()
  wrap?.scrollIntoView({ block: 'center' })
}

export const SessionPreview: UIFieldClientComponent = ({ readOnly }) => {
  const [fields] = useAllFormFields()
  const { addFieldRow, disabled } = useForm()
  const { config } = useConfig()
  const { id: docId } = useDocumentInfo()
  const modified = useFormModified()
  const submitted = useFormSubmitted()
  // A blank form has nothing wrong yet: its problems show once a field is touched or a save is
  // tried, and always on a saved session.
  const [touched, setTouched] = useState(false)
  useEffect(() => {
    if (modified || submitted) setTouched(true)
  }, [modified, submitted])
  const showProblems = (docId !== undefined && docId !== null) || touched || modified || submitted
  const showProblemsRef = useRef(showProblems)
  useEffect(() => {
    showProblemsRef.current = showProblems
  }, [showProblems])
  const endpoint = `${config.serverURL ?? ''}${config.routes.api}/sessions/preview`

  const [preview, setPreview] = useState<SessionPreviewResponse | undefined>()
  const [failed, setFailed] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const [cancelling, setCancelling] = useState<string | undefined>()
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string | undefined>()
  /** Where the keyboard focus goes after the next render: an element id. */
  const [focusNext, setFocusNext] = useState<string | undefined>()

  const id = useId()
  const reasonInput = useRef<HTMLInputElement | null>(null)
  /** The date just cancelled, until the preview shows it cancelled. */
  const pendingCancel = useRef<string | undefined>(undefined)
  const loaded = useRef(false)

  const dateItemId = (date: string) => `${id}-date-${date}`
  const openButtonId = (date: string) => `${id}-cancel-${date}-open`

  // The form's values as one string: the preview is asked again only when one of them changes.
  // An array with no rows is held as its row count (0) in form state: send it as the empty list it is.
  const data = reduceFieldsToValues(fields, true)
  if (typeof data.exceptions === 'number') data.exceptions = []
  const values = JSON.stringify(data)

  useEffect(() => {
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: values,
          signal: controller.signal,
        })
        if (!response.ok) throw new Error(`The preview answered ${response.status}`)
        const next = (await response.json()) as SessionPreviewResponse
        setPreview(next)
        setFailed(false)
        const pending = pendingCancel.current
        const cancelled = pending ? next.dates.find((o) => o.date === pending && o.status === 'cancelled') : undefined
        if (cancelled) {
          pendingCancel.current = undefined
          setAnnouncement(
            `${cancelled.when} is now cancelled: ${cancelled.reason ?? ''}. It is listed in One-off changes; publish or save to keep it.`,
          )
          setFocusNext(dateItemId(cancelled.date))
        } else if (loaded.current && !pending) {
          const first = next.dates[0]
          const problems =
            next.problems.length === 0 || !showProblemsRef.current
              ? ''
              : ` ${next.problems.length} ${next.problems.length === 1 ? 'problem' : 'problems'} to fix.`
          setAnnouncement(
            `Preview updated. ${next.summary[0] ?? ''}. ${first ? `Next date ${first.when}: ${first.statusText}.` : 'No dates to show.'}${problems}`,
          )
        }
        loaded.current = true
      } catch (error) {
        if ((error as Error).name !== 'AbortError') setFailed(true)
      }
    }, 300)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
    // dateItemId depends only on the component's id, which never changes.
  }, [endpoint, values])

  // Focus follows the action: into the reason box when it opens, back to the button when it closes,
  // onto the date once the preview shows it cancelled.
  useEffect(() => {
    if (cancelling) reasonInput.current?.focus()
  }, [cancelling])
  useEffect(() => {
    if (!focusNext) return
    document.getElementById(focusNext)?.focus()
    setFocusNext(undefined)
  }, [focusNext])

  const open = (date: string) => {
    setCancelling(date)
    setReason('')
    setReasonError(undefined)
  }
  const close = () => {
    if (cancelling) setFocusNext(openButtonId(cancelling))
    setCancelling(undefined)
    setReasonError(undefined)
  }
  const confirm = (o: PreviewDate) => {
    const text = reason.trim()
    if (!text) {
      setReasonError('Enter the reason parents will see, for example "Hall in use for voting".')
      reasonInput.current?.focus()
      return
    }
    const field = (value: string) => ({ value, initialValue: value, valid: true, passesCondition: true })
    // A new row in One-off changes, the date stored as plainDateField stores it (midday UTC).
    addFieldRow({
      path: 'exceptions',
      schemaPath: 'exceptions',
      subFieldState: { date: field(toStoredDate(o.date)), kind: field('cancelled'), reason: field(text) },
    })
    pendingCancel.current = o.date
    setCancelling(undefined)
    setReasonError(undefined)
    setFocusNext(dateItemId(o.date))
    setAnnouncement(`Cancelling ${o.when}…`)
  }
  const onReasonKey = (event: KeyboardEvent<HTMLInputElement>, o: PreviewDate) => {
    // Enter would submit the whole document: here it confirms the cancellation instead.
    if (event.key === 'Enter') {
      event.preventDefault()
      confirm(o)
    }
    if (event.key === 'Escape') {
      event.preventDefault()
      close()
    }
  }

  const problems = showProblems ? (preview?.problems ?? []) : []
  const canEdit = !readOnly && !disabled
  const venueName = (venue: Id) => preview?.venues[String(venue)] ?? 'another venue'
  const headingId = `${id}-heading`
  const datesId = `${id}-dates`

  return (
    <section className={base} aria-labelledby={headingId}>
      <h3 className={`${base}__heading`} id={headingId}>
        Timetable preview
      </h3>
      <p className={`${base}__hint`}>
        What parents will see, worked out from the fields above as you type. Save or publish to keep any change.
      </p>

      <p className={`${base}__visually-hidden`} role="status" aria-live="polite">
        {announcement}
      </p>

      {failed && (
        <p className={`${base}__failed`}>
          The preview could not be worked out just now. Your changes are still in the form.
        </p>
      )}
      {!preview && !failed && <p className={`${base}__loading`}>Working out the dates…</p>}

      {preview && (
        <>
          <TimetableDescription
            words={preview.words}
            notes={preview.notes}
            label="The timetable in words"
            classes={{ list: `${base}__summary`, headline: `${base}__headline`, note: `${base}__warning` }}
          />

          {problems.length > 0 && (
            <div className={`${base}__problems`}>
              <h4 className={`${base}__subheading`}>
                {problems.length === 1
                  ? 'A problem to fix before saving'
                  : `${problems.length} problems to fix before saving`}
              </h4>
              <ul>
                {problems.map((p) => (
                  <li key={`${p.field}:${p.message}`}>
                    <a
                      href={`#field-${p.field.replace(/\./g, '__')}`}
                      onClick={(event) => {
                        event.preventDefault()
                        focusField(p.field)
                      }}
                    >
                      {p.label && !p.message.startsWith(p.label) ? `${p.label}: ` : ''}
                      {p.message}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}

          <h4 className={`${base}__subheading`} id={datesId}>
            {preview.dates.length === 0
              ? 'Next dates'
              : `Next ${preview.dates.length} ${preview.dates.length === 1 ? 'date' : 'dates'}`}
          </h4>
          {preview.dates.length === 0 ? (
            <p className={`${base}__empty`}>
              {problems.length > 0
                ? 'The dates show once the problems above are fixed.'
                : preview.problems.length > 0
                  ? 'The dates show once the service, hub, venue, days, first date and times are filled in.'
                  : 'No dates in the next two years.'}
            </p>
          ) : (
            <SessionDateList
              ordered
              items={preview.dates.map((o): DateView => ({
                key: `${o.date}-${o.extra ? 'extra' : 'regular'}`,
                occurrence: o,
                when: o.when,
                attributes: { id: dateItemId(o.date), tabIndex: -1 },
                source: o,
              }))}
              className={`${base}__dates`}
              labelledBy={datesId}
              classes={dateClasses}
              venueName={venueName}
              actions={({ source: o }) => {
                const isOpen = cancelling === o.date
                const panelId = `${id}-cancel-${o.date}`
                const reasonId = `${panelId}-reason`
                const errorId = `${panelId}-error`
                return (
                  <>
                    {canEdit && o.status === 'on' && !o.extra && !isOpen && (
                      <Button
                        buttonStyle="secondary"
                        size="small"
                        margin={false}
                        className={`${base}__cancel`}
                        id={openButtonId(o.date)}
                        onClick={() => open(o.date)}
                      >
                        Cancel this date<span className={`${base}__visually-hidden`}>: {o.when}</span>
                      </Button>
                    )}
                    {isOpen && (
                      <div
                        className={`${base}__cancel-panel`}
                        id={panelId}
                        role="group"
                        aria-label={`Cancel ${o.when}`}
                      >
                        <label className={`${base}__label`} htmlFor={reasonId}>
                          Reason shown to parents
                        </label>
                        {reasonError && (
                          <p className={`${base}__error`} id={errorId}>
                            <span className={`${base}__visually-hidden`}>Error: </span>
                            {reasonError}
                          </p>
                        )}
                        <input
                          ref={reasonInput}
                          id={reasonId}
                          className={`${base}__input`}
                          type="text"
                          value={reason}
                          aria-invalid={reasonError ? true : undefined}
                          aria-describedby={reasonError ? errorId : undefined}
                          onChange={(event) => setReason(event.target.value)}
                          onKeyDown={(event) => onReasonKey(event, o)}
                        />
                        <div className={`${base}__actions`}>
                          <Button buttonStyle="primary" size="small" margin={false} onClick={() => confirm(o)}>
                            Cancel date
                          </Button>
                          <Button buttonStyle="subtle" size="small" margin={false} onClick={close}>
                            Keep this date
                          </Button>
                        </div>
                      </div>
                    )}
                  </>
                )
              }}
            />
          )}
        </>
      )}
    </section>
  )
}
