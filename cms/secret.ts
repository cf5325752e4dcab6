import { isProductionDeployment } from './demo-accounts.ts'

const DEVELOPMENT_SECRET = 'family-hub-directory-development-secret-not-for-production'

/** PAYLOAD_SECRET signs login tokens. In production it must be set and long; elsewhere a fixed development secret is used. */
export const payloadSecret = (env: Record<string, string | undefined> = process.env): string => {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (secret) {
    if (isProductionDeployment(env) && secret.length < 32)
      throw new Error(`PAYLOAD_SECRET is ${secret.length} characters long. In production use at least 32 random characters, e.g. from "openssl rand -hex 32".`)
    return secret
  }
  if (isProductionDeployment(env))
    throw new Error('PAYLOAD_SECRET is not set. In production set it to at least 32 random characters, e.g. from "openssl rand -hex 32".')
  return DEVELOPMENT_SECRET
}
