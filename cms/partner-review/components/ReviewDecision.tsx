'use client'
/**
 * On a change waiting for review: what the partner changed, field by field (live against
 * proposed), and, for hub staff and admins while it waits, "Approve and publish" or "Return to
 * partner" with a required comment. The server decides (POST /api/review-requests/:id/approve or
 * /return) and answers with the outcome, shown here; the form then shows the new status and history.
 */
import { Button, useAuth, useConfig, useDocumentInfo, useForm } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import type { UIFieldClientComponent } from 'payload'
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import type { DecisionResponse, DifferencesResponse } from '../endpoints.ts'
import './Review.css'

const base = 'review-panel'
const COMMENT_REQUIRED = 'Enter a comment for the partner: say what they should change before it can be published.'

type Outcome = { tone: 'done' | 'error'; message: string }

/** The first message of a refusal ({ errors: [{ message, field? }] }), or a fallback. */
const refusalOf = async (response: Response, fallback: string): Promise<{ message: string; field?: string }> => {
  try {
    const body = (await response.json()) as { errors?: { message?: string; field?: string }[] }
    const first = body.errors?.[0]
    if (first?.message) return { message: first.message, field: first.field }
  } catch {
    // not JSON: the fallback says what happened
  }
  return { message: fallback }
}

export const ReviewDecision: UIFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { reset } = useForm()
  const router = useRouter()
  const api = `${config.serverURL ?? ''}${config.routes.api}/review-requests/${String(id)}`
  const adminRoute = config.routes.admin

  const [answer, setAnswer] = useState<DifferencesResponse | undefined>()
  const [loadError, setLoadError] = useState<string | undefined>()
  const [comment, setComment] = useState('')
  const [commentError, setCommentError] = useState<string | undefined>()
  const [busy, setBusy] = useState<'approve' | 'return' | undefined>()
  const [outcome, setOutcome] = useState<Outcome | undefined>()

  const uid = useId()
  const commentRef = useRef<HTMLTextAreaElement | null>(null)
  const outcomeRef = useRef<HTMLParagraphElement | null>(null)

  const load = useCallback(async () => {
    const response = await fetch(`${api}/differences`, { credentials: 'include' })
    if (!response.ok) {
      setLoadError(
        (await refusalOf(response, 'The changes could not be loaded just now. Reload the page to try again.')).message,
      )
      return
    }
    setAnswer((await response.json()) as DifferencesResponse)
    setLoadError(undefined)
  }, [api])

  useEffect(() => {
    if (id !== undefined && id !== null) void load()
  }, [id, load])

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus()
  }, [outcome])

  if (id === undefined || id === null) return null

  const decide = async (action: 'approve' | 'return') => {
    if (action === 'return' && comment.trim() === '') {
      setCommentError(COMMENT_REQUIRED)
      commentRef.current?.focus()
      return
    }
    setBusy(action)
    setOutcome(undefined)
    try {
      const response = await fetch(`${api}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(action === 'return' ? { comment } : {}),
      })
      if (!response.ok) {
        const refusal = await refusalOf(
          response,
          `The change could not be ${action === 'approve' ? 'approved' : 'returned'} just now (${response.status}). Try again.`,
        )
        if (refusal.field === 'comment') {
          setCommentError(refusal.message)
          commentRef.current?.focus()
        } else setOutcome({ tone: 'error', message: refusal.message })
        return
      }
      const decided = (await response.json()) as DecisionResponse
      setComment('')
      setCommentError(undefined)
      setBusy(undefined)
      setOutcome({ tone: 'done', message: decided.message })
      await reset(decided.request)
      await load()
      router.refresh()
    } catch {
      setOutcome({ tone: 'error', message: 'The server could not be reached. Check your connection and try again.' })
    } finally {
      setBusy(undefined)
    }
  }

  const role = (user as { role?: string } | null)?.role
  const canDecide = (role === 'admin' || role === 'hub-staff') && answer?.request.status === 'waiting'
  const headingId = `${uid}-heading`
  const commentId = `${uid}-comment`
  const hintId = `${uid}-comment-hint`
  const errorId = `${uid}-comment-error`
  const request = answer?.request
  const kind = request?.targetCollection === 'sessions' ? 'session' : 'service'

  return (
    <section className={base} aria-labelledby={headingId}>
      <h2 className={`${base}__heading`} id={headingId}>
        What the partner changed
      </h2>
      {loadError && <p className={`${base}__outcome ${base}__outcome--error`}>{loadError}</p>}
      {!answer && !loadError && <p className={`${base}__hint`}>Loading the changes…</p>}
      {answer && request && (
        <>
          <p className={`${base}__hint`}>
            {answer.published
              ? `The live ${kind} against the partner’s latest version.`
              : `This ${kind} has never been published: every field is new.`}{' '}
            <a href={`${adminRoute}/collections/${request.targetCollection}/${request.targetId}`}>
              Open the {kind} in the editor
            </a>
          </p>
          {answer.differences.length === 0 ? (
            <p>No field differs from the live version.</p>
          ) : (
            <table className={`${base}__table`}>
              <caption>
                {answer.differences.length} {answer.differences.length === 1 ? 'field changed' : 'fields changed'}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Live</th>
                  <th scope="col">Proposed</th>
                </tr>
              </thead>
              <tbody>
                {answer.differences.map((d) => (
                  <tr key={d.path}>
                    <th scope="row">{d.label}</th>
                    <td className={`${base}__before`}>{d.before}</td>
                    <td className={`${base}__after`}>{d.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}

      {outcome && (
        <p
          ref={outcomeRef}
          tabIndex={-1}
          className={`${base}__outcome${outcome.tone === 'error' ? ` ${base}__outcome--error` : ''}`}
          role={outcome.tone === 'error' ? 'alert' : 'status'}
        >
          {outcome.message}
        </p>
      )}

      {canDecide && (
        <div className={`${base}__actions`} role="group" aria-label="Your decision">
          <h3 className={`${base}__subheading`}>Your decision</h3>
          <div>
            <Button
              buttonStyle="primary"
              margin={false}
              disabled={busy !== undefined}
              onClick={() => void decide('approve')}
            >
              {busy === 'approve' ? 'Publishing…' : 'Approve and publish'}
            </Button>
          </div>
          <div className={`${base}__return`}>
            <label className={`${base}__label`} htmlFor={commentId}>
              Comment for the partner (required to return it)
            </label>
            <span className={`${base}__hint`} id={hintId}>
              What should they change? They read this beside their {kind}.
            </span>
            {commentError && (
              <p className={`${base}__error`} id={errorId}>
                <span className={`${base}__visually-hidden`}>Error: </span>
                {commentError}
              </p>
            )}
            <textarea
              ref={commentRef}
              id={commentId}
              className={`${base}__textarea`}
              value={comment}
              aria-invalid={commentError ? true : undefined}
              aria-describedby={commentError ? `${hintId} ${errorId}` : hintId}
              onChange={(event) => {
                setComment(event.target.value)
                if (commentError && event.target.value.trim() !== '') setCommentError(undefined)
              }}
            />
            <div>
              <Button
                buttonStyle="secondary"
                margin={false}
                disabled={busy !== undefined}
                onClick={() => void decide('return')}
              >
                {busy === 'return' ? 'Returning…' : 'Return to partner'}
              </Button>
            </div>
          </div>
        </div>
      )}
    </section>
  )
}
