/**
 * The admin dashboard's Site panel: when the public site was last published and what that changed,
 * in staff's words ("Published 2 minutes ago: Stay and Play at Birchwood changed", publish-words.ts),
 * is the site up to date, is a build running or waiting,
 * did the last one fail (why, and which record to fix), with "Publish now" for council staff and
 * "Roll back" for admins. Read on the server; the actions refresh it while a build is under way.
 */
import type { CollectionSlug, Payload } from 'payload'
import { isAdminUser, isCouncilStaffUser } from '../../access/roles.ts'
import { fieldLabelAt } from '../../hooks/validateWith.ts'
import { siteStatus } from '../site-status.ts'
import type { SiteBuild } from '../../payload-types.ts'
import { SitePanelActions } from './SitePanelActions.tsx'
import './SitePanel.css'
import { inLondon } from '../../../core/dates/london-format.ts'
import { changesInWords, lastPublishInWords } from '../publish-words.ts'

const base = 'site-panel'

const when = (iso: string | null | undefined): string => (iso && inLondon(iso, 'EEE d MMM, HH:mm:ss')) || ''

const seconds = (n: number | null | undefined): string => (n == null ? '' : `${n.toFixed(1)} s`)

const buildLink = (build: SiteBuild, text: string) => <a href={`/admin/collections/site-builds/${build.id}`}>{text}</a>

const RecordToFix = ({ build, payload }: { build: SiteBuild; payload: Payload }) => {
  const r = build.offendingRecord
  if (!r?.collection) return null
  // The field as staff see it in the editor ("Ends"), not its name in the data ("closesAt").
  const fields = payload.collections[r.collection as CollectionSlug]?.config.fields
  const field = r.field
    ? ((fields &&
        fieldLabelAt(
          fields,
          r.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
        )) ??
      r.field)
    : undefined
  const label = [r.name ? `“${r.name}”` : undefined, field ? `field ${field}` : undefined].filter(Boolean).join(', ')
  return (
    <p className={`${base}__record`}>
      Record to fix:{' '}
      {r.recordId && r.collection !== 'snapshot' ? (
        <a href={`/admin/collections/${r.collection}/${r.recordId}`}>{`${r.collection} ${label}`}</a>
      ) : (
        `${r.collection} ${label}`
      )}
      {r.message ? `: ${r.message}` : ''}
    </p>
  )
}

export const SitePanel = async ({ payload, user }: { payload: Payload; user?: unknown }) => {
  if (!isCouncilStaffUser(user)) return null
  const { live, building, waiting, failure } = await siteStatus(payload)
  const siteUrl = process.env.SITE_URL ?? 'http://localhost:4321'
  const busy = Boolean(building || waiting)
  return (
    <section className={base} aria-labelledby={`${base}-heading`}>
      <h2 id={`${base}-heading`} className={`${base}__heading`}>
        Public site
      </h2>
      <dl className={`${base}__facts`}>
        <dt>Last published</dt>
        <dd>
          {live ? (
            <>
              <span className={`${base}__last`}>{lastPublishInWords(live, new Date())}</span>
              <span className={`${base}__detail`}>
                {when(live.finishedAt)}, in {seconds(live.durationSeconds)}
                {live.pages ? `, ${live.pages} pages` : ''}: {buildLink(live, 'what was published')}
              </span>
            </>
          ) : (
            'Not yet published'
          )}
        </dd>
        <dt>Status</dt>
        <dd>
          {/* The live region inside the dd: a role on the dd itself would break the list for screen readers. */}
          <span className={`${base}__status`} role="status">
            {building
              ? `Publishing now (started ${when(building.startedAt)}): ${changesInWords(building.changes || building.summary)}`
              : waiting
                ? `Waiting to publish at ${when(waiting.runAfter)}: ${changesInWords(waiting.changes || waiting.summary)}`
                : failure
                  ? 'The last build failed. The site shows the last good build.'
                  : live
                    ? 'Up to date'
                    : 'Nothing published yet'}
            {building && waiting ? ` Then: ${changesInWords(waiting.changes || waiting.summary)}.` : ''}
          </span>
        </dd>
      </dl>
      {failure && (
        <div className={`${base}__failure`}>
          <h3 className={`${base}__subheading`}>Build failed {when(failure.finishedAt)}</h3>
          <pre className={`${base}__error`}>{failure.error}</pre>
          <RecordToFix build={failure} payload={payload} />
          <p>Fix it in the admin and publish again; the build starts by itself after the change.</p>
        </div>
      )}
      <p>
        <a href={siteUrl}>Open the public site</a> · <a href="/admin/collections/site-builds">All builds</a>
      </p>
      <SitePanelActions canRollBack={isAdminUser(user)} busy={busy} />
    </section>
  )
}
