'use client'
/**
 * The editor's sidebar note on a service or session a partner changed: "Waiting for review since
 * …", "Returned by … on …: comment" or "Approved by … on …", with a link to the change and its
 * history. Read from GET /api/review-requests/of/:collection/:id after each save; nothing is shown
 * for a record no partner has sent for review.
 */
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { useEffect, useId, useState } from 'react'
import type { ReviewStateResponse } from '../endpoints.ts'
import { reviewStateText, type ReviewState } from '../review-state.ts'
import './Review.css'

const base = 'review-status'

export const ReviewStatus: UIFieldClientComponent = () => {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const [review, setReview] = useState<ReviewState | null>(null)
  const headingId = useId()
  const endpoint = `${config.serverURL ?? ''}${config.routes.api}/review-requests/of/${collectionSlug ?? ''}/${String(id)}`

  useEffect(() => {
    if (id === undefined || id === null || !collectionSlug) return
    const controller = new AbortController()
    fetch(endpoint, { credentials: 'include', signal: controller.signal })
      .then(async (response) => (response.ok ? ((await response.json()) as ReviewStateResponse).review : null))
      .then(setReview)
      .catch(() => undefined)
    return () => controller.abort()
    // lastUpdateTime changes after every save: a partner's save sends the change again.
  }, [endpoint, id, collectionSlug, lastUpdateTime])

  if (!review) return null
  return (
    <section className={`${base} ${base}--${review.status}`} aria-labelledby={headingId}>
      <h3 className={`${base}__heading`} id={headingId}>
        Partner review
      </h3>
      <p className={`${base}__text`}>{reviewStateText(review)}</p>
      <a href={`${config.routes.admin}/collections/review-requests/${String(review.id)}`}>
        See the change and its history
      </a>
    </section>
  )
}
