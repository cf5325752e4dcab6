/**
 * Payload's REST API in this process, as the Next.js admin mounts it (`handleEndpoints`): a JSON
 * request as a given user (a login token) or with given headers, and signing in.
 */
import { handleEndpoints, type SanitizedConfig } from 'payload'

export interface RestInit {
  /** Sent as JSON. */
  body?: unknown
  /** Sent as `Authorization: JWT <token>`. */
  token?: string
  headers?: Record<string, string>
}

export const restRequest = (
  config: SanitizedConfig,
  method: string,
  path: string,
  init: RestInit = {},
): Promise<Response> =>
  handleEndpoints({
    config,
    request: new Request(`http://localhost:3000/api${path}`, {
      method,
      headers: {
        ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
        ...init.headers,
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    }),
  })

export const signIn = (config: SanitizedConfig, credentials: { email: string; password: string }): Promise<Response> =>
  restRequest(config, 'POST', '/users/login', { body: credentials })

/** A login token for the account, or an error saying why there is none. */
export const loginToken = async (
  config: SanitizedConfig,
  credentials: { email: string; password: string },
): Promise<string> => {
  const body = (await (await signIn(config, credentials)).json()) as { token?: string }
  if (!body.token) throw new Error(`Could not log in as ${credentials.email}: ${JSON.stringify(body)}`)
  return body.token
}
