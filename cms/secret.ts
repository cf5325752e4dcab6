import { isProductionDeployment } from '../core/deployment.ts'

const DEVELOPMENT_SECRET = 'family-hub-directory-development-secret-not-for-production'
const MIN_LENGTH = 32
/** A random 32-character secret has far more; "aaaa…" or "abab…" has one or two. */
const MIN_DISTINCT_CHARACTERS = 10
/** Words that mark a value copied from an example rather than generated. */
const PLACEHOLDER =
  /change.?me|replace.?me|your.?secret|secret.?here|placeholder|example|development|payload.?secret|not.?for.?production|^(?:password|secret)/i

const HOW = 'In production set it to at least 32 random characters, e.g. from "openssl rand -hex 32".'

/** Why a secret is too weak for production, or undefined when it will do. */
export const weakSecretReason = (secret: string): string | undefined => {
  if (secret.length < MIN_LENGTH) return `PAYLOAD_SECRET is ${secret.length} characters long.`
  if (secret === DEVELOPMENT_SECRET)
    return 'PAYLOAD_SECRET is the development secret, which is published in the source.'
  const distinct = new Set(secret).size
  if (distinct < MIN_DISTINCT_CHARACTERS)
    return `PAYLOAD_SECRET uses only ${distinct} different characters, so it is easy to guess.`
  if (PLACEHOLDER.test(secret)) return 'PAYLOAD_SECRET looks like a placeholder from an example, not a random value.'
  return undefined
}

/** PAYLOAD_SECRET signs login tokens. In production it must be set, long and random; elsewhere a fixed development secret is used. */
export const payloadSecret = (env: Record<string, string | undefined> = process.env): string => {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (secret) {
    const weak = isProductionDeployment(env) ? weakSecretReason(secret) : undefined
    if (weak) throw new Error(`${weak} ${HOW}`)
    return secret
  }
  if (isProductionDeployment(env)) throw new Error(`PAYLOAD_SECRET is not set. ${HOW}`)
  return DEVELOPMENT_SECRET
}
