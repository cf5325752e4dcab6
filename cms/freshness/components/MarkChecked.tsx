'use client'
/**
 * "Mark as checked": one press records that someone checked a service or session timetable
 * today (POST /api/<collection>/<id>/mark-checked) and says what happened ("Marked as checked
 * today (3 March 2026) by Hana Hussain.") or why not. `MarkCheckedButton` is used beside each
 * item on the dashboard; `MarkCheckedField` in the sidebar of the edit view.
 */
import { Button, useConfig, useDocumentInfo, useForm } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { useState } from 'react'
import type { MarkCheckedResponse } from '../markChecked.ts'
import { toStoredDate } from '../../../core/dates/plain-date.ts'
import './MarkChecked.css'

type Outcome = { ok: true; result: MarkCheckedResponse } | { ok: false; message: string }

const base = 'mark-checked'

const useMarkChecked = (collection: string, id: number | string | undefined) => {
  const { config } = useConfig()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | undefined>()
  const mark = async (): Promise<Outcome | undefined> => {
    if (id === undefined) return undefined
    setBusy(true)
    let next: Outcome
    try {
      const response = await fetch(`${config.serverURL ?? ''}${config.routes.api}/${collection}/${id}/mark-checked`, {
        method: 'POST',
        credentials: 'include',
      })
      const body = (await response.json().catch(() => ({}))) as Partial<MarkCheckedResponse> & {
        errors?: { message: string }[]
      }
      next =
        response.ok && body.message
          ? { ok: true, result: body as MarkCheckedResponse }
          : {
              ok: false,
              message:
                body.errors?.[0]?.message ??
                `Could not mark it as checked (the server answered ${response.status}). Try again.`,
            }
    } catch {
      next = {
        ok: false,
        message: 'Could not reach the server to mark it as checked. Check your connection and try again.',
      }
    }
    setOutcome(next)
    setBusy(false)
    return next
  }
  return { busy, outcome, mark }
}

const OutcomeMessage = ({ outcome }: { outcome: Outcome | undefined }) => (
  <p className={`${base}__message${outcome && !outcome.ok ? ` ${base}__message--error` : ''}`} role="status">
    {outcome ? (outcome.ok ? outcome.result.message : outcome.message) : ''}
  </p>
)

/** The button beside an item on the dashboard: `label` names the item for screen readers. */
export const MarkCheckedButton = ({
  collection,
  id,
  label,
}: {
  collection: string
  id: number | string
  label: string
}) => {
  const { busy, outcome, mark } = useMarkChecked(collection, id)
  const done = outcome?.ok === true
  return (
    <div className={base}>
      <Button
        buttonStyle="secondary"
        size="small"
        margin={false}
        disabled={busy || done}
        onClick={() => void mark()}
        aria-label={`Mark ${label} as checked`}
      >
        {done ? 'Reviewed' : busy ? 'Marking…' : 'Mark as checked'}
      </Button>
      <OutcomeMessage outcome={outcome} />
    </div>
  )
}

/** The sidebar field of the service and session edit views. */
export const MarkCheckedField: UIFieldClientComponent = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { dispatchFields } = useForm()
  const { busy, outcome, mark } = useMarkChecked(collectionSlug ?? '', id)
  if (id === undefined || !collectionSlug)
    return <p className={`${base}__hint`}>Save it first, then mark it as checked.</p>

  const onClick = async () => {
    const next = await mark()
    if (!next?.ok) return
    // Show the recorded values in the form without marking it changed.
    const lastChecked = toStoredDate(next.result.lastChecked)
    dispatchFields({ type: 'UPDATE', path: 'lastChecked', value: lastChecked, initialValue: lastChecked })
    dispatchFields({
      type: 'UPDATE',
      path: 'checkedBy',
      value: next.result.checkedBy.id,
      initialValue: next.result.checkedBy.id,
    })
  }
  return (
    <div className={`${base} ${base}--field`}>
      <Button buttonStyle="secondary" margin={false} disabled={busy} onClick={() => void onClick()}>
        {busy ? 'Marking…' : 'Mark as checked'}
      </Button>
      <p className={`${base}__hint`}>Checked it is all still right? Record that you checked it today.</p>
      <OutcomeMessage outcome={outcome} />
    </div>
  )
}
