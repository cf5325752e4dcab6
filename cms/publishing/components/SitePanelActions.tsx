'use client'
/**
 * The Site panel's buttons: "Publish now" (council staff) and "Roll back to the previous build"
 * (admins, after a confirmation). Says what happened in a live region, and refreshes the panel
 * every few seconds while a build is waiting or running.
 */
import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

const post = async (path: string): Promise<string> => {
  const response = await fetch(path, { method: 'POST', credentials: 'include' })
  const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: { message: string }[] }
  if (!response.ok) throw new Error(body.errors?.[0]?.message ?? `The request failed (${response.status}).`)
  return body.message ?? 'Done.'
}

export const SitePanelActions = ({ canRollBack, busy }: { canRollBack: boolean; busy: boolean }) => {
  const router = useRouter()
  const [message, setMessage] = useState('')
  const [working, setWorking] = useState(false)

  useEffect(() => {
    if (!busy) return
    const timer = setInterval(() => router.refresh(), 3000)
    return () => clearInterval(timer)
  }, [busy, router])

  const act = async (path: string) => {
    setWorking(true)
    try {
      setMessage(await post(path))
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error))
    } finally {
      setWorking(false)
      router.refresh()
    }
  }

  return (
    <div className="site-panel__actions">
      <Button buttonStyle="primary" disabled={working} onClick={() => void act('/api/site-builds/publish-now')}>
        Publish now
      </Button>
      {canRollBack && (
        <Button
          buttonStyle="secondary"
          disabled={working || busy}
          onClick={() => {
            if (
              window.confirm(
                'Put the previous build of the public site back? The next change in the admin publishes again as usual.',
              )
            )
              void act('/api/site-builds/roll-back')
          }}
        >
          Roll back to the previous build
        </Button>
      )}
      <p className="site-panel__message" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  )
}
