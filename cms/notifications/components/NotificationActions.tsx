'use client'
/**
 * "Mark as read" on one notification and "Mark all as read" on the dashboard's list: the server
 * marks them (POST /api/notifications/:id/read, /read-all), then the page is read again so the
 * list and the bell agree. A refusal or a lost connection is said where the button was.
 */
import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

const refusalOf = async (response: Response): Promise<string> => {
  try {
    const body = (await response.json()) as { errors?: { message?: string }[] }
    if (body.errors?.[0]?.message) return body.errors[0].message
  } catch {
    // not JSON
  }
  return `It could not be marked just now (${response.status}). Try again.`
}

const useMark = (path: string) => {
  const { config } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const mark = async () => {
    setBusy(true)
    setError(undefined)
    try {
      const response = await fetch(`${config.serverURL ?? ''}${config.routes.api}/notifications${path}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      })
      if (!response.ok) setError(await refusalOf(response))
      else router.refresh()
    } catch {
      setError('The server could not be reached. Check your connection and try again.')
    } finally {
      setBusy(false)
    }
  }
  return { busy, error, mark }
}

export const MarkReadButton = ({ id, title }: { id: number | string; title: string }) => {
  const { busy, error, mark } = useMark(`/${String(id)}/read`)
  return (
    <>
      <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => void mark()}>
        Mark as read<span className="notifications__visually-hidden">: {title}</span>
      </Button>
      {error && (
        <p className="notifications__error" role="alert">
          {error}
        </p>
      )}
    </>
  )
}

export const MarkAllReadButton = () => {
  const { busy, error, mark } = useMark('/read-all')
  return (
    <>
      <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => void mark()}>
        Mark all as read
      </Button>
      {error && (
        <p className="notifications__error" role="alert">
          {error}
        </p>
      )}
    </>
  )
}
