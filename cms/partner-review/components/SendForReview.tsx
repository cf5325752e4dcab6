'use client'
/**
 * The save button of services and sessions. For a partner every save is a draft sent for review
 * (hooks/partnerSavesDrafts.ts), so it says "Send for review", with the line beside it saying who
 * will review it: the staff of the hubs where it runs (as the form has them now, and as it runs
 * live), or an admin when none of those hubs has staff (GET /api/review-requests/reviewers).
 * Hub staff and admins get Payload's own "Save draft" button.
 */
import {
  FormSubmit,
  SaveDraftButton,
  useAuth,
  useConfig,
  useDocumentInfo,
  useEditDepth,
  useForm,
  useFormFields,
  useFormModified,
  useHotkey,
  useOperation,
} from '@payloadcms/ui'
import type { SaveDraftButtonClientProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import type { ReviewersResponse } from '../endpoints.ts'
import './Review.css'

const base = 'send-for-review'
const FALLBACK = 'Hub staff review it before it goes live; until then parents see the live version.'

/** The hub ids in the form: a service's hubs, a session's hub. */
const idsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value])
    .map((v) => (v && typeof v === 'object' && 'value' in v ? (v as { value: unknown }).value : v))
    .map((v) => (v && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : v))
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
    .map(String)

const PartnerSendForReview = () => {
  const { config } = useConfig()
  const { id, collectionSlug, setUnpublishedVersionCount, uploadStatus } = useDocumentInfo()
  const { submit } = useForm()
  const modified = useFormModified()
  const operation = useOperation()
  const editDepth = useEditDepth()
  const ref = useRef<HTMLButtonElement | null>(null)
  const lineId = useId()
  const hubs = useFormFields(([fields]) => idsOf(fields.hubs?.value ?? fields.hub?.value).join(','))
  const [reviewers, setReviewers] = useState<string>(FALLBACK)
  const api = config.routes.api

  useEffect(() => {
    if (!collectionSlug) return
    const controller = new AbortController()
    const query = new URLSearchParams({ collection: collectionSlug, hubs })
    if (id !== undefined && id !== null) query.set('id', String(id))
    const timer = setTimeout(() => {
      fetch(`${config.serverURL ?? ''}${api}/review-requests/reviewers?${query.toString()}`, {
        credentials: 'include',
        signal: controller.signal,
      })
        .then(async (response) => (response.ok ? ((await response.json()) as ReviewersResponse).reviewers : FALLBACK))
        .then(setReviewers)
        .catch(() => undefined)
    }, 200)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [api, config.serverURL, collectionSlug, id, hubs])

  const disabled = (operation === 'update' && !modified) || uploadStatus === 'uploading'

  // As Payload's SaveDraftButton: a draft save, skipping the checks that only publishing needs.
  const send = useCallback(async () => {
    if (disabled || !collectionSlug) return
    const action = formatAdminURL({
      apiRoute: api,
      path: `/${collectionSlug}${id ? `/${id}` : ''}?depth=0&fallback-locale=null&draft=true`,
    })
    await submit({ action, method: id ? 'PATCH' : 'POST', overrides: { _status: 'draft' }, skipValidation: true })
    setUnpublishedVersionCount((count) => count + 1)
  }, [api, collectionSlug, disabled, id, setUnpublishedVersionCount, submit])

  useHotkey({ cmdCtrlKey: true, editDepth, keyCodes: ['s'] }, (event) => {
    event.preventDefault()
    event.stopPropagation()
    ref.current?.click()
  })

  return (
    <div className={base}>
      <FormSubmit
        buttonId="action-save-draft"
        buttonStyle="primary"
        className={`${base}__button`}
        disabled={disabled}
        onClick={() => void send()}
        ref={ref}
        size="medium"
        type="button"
        extraButtonProps={{ 'aria-describedby': lineId }}
      >
        Send for review
      </FormSubmit>
      <p className={`${base}__who`} id={lineId}>
        {reviewers}
      </p>
    </div>
  )
}

export const SendForReviewButton = (props: SaveDraftButtonClientProps) => {
  const { user } = useAuth()
  return (user as { role?: string } | null)?.role === 'partner' ? (
    <PartnerSendForReview />
  ) : (
    <SaveDraftButton {...props} />
  )
}
