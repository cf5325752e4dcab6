/**
 * The demo accounts, one per role, with development-only passwords (printed in the README).
 * They are never created, and cannot sign in, in production.
 */
import { isProductionDeployment } from '../../core/deployment.ts'

export interface DemoAccount {
  email: string
  password: string
  name: string
  role: 'admin' | 'hub-staff' | 'partner'
  /** Hub slugs, for hub staff. */
  hubs?: string[]
  /** Organisation slug, for a partner. */
  organisation?: string
}

export const demoAccounts: DemoAccount[] = [
  { email: 'admin@example.org', password: 'demo-admin-password', name: 'Alex Admin', role: 'admin' },
  {
    email: 'hubstaff@example.org',
    password: 'demo-hubstaff-password',
    name: 'Sam Hubworker',
    role: 'hub-staff',
    hubs: ['birchwood-family-hub'],
  },
  {
    email: 'partner@example.org',
    password: 'demo-partner-password',
    name: 'Priya Partner',
    role: 'partner',
    organisation: 'mersey-vale-nhs-trust',
  },
]

export const isDemoAccount = (email: unknown): boolean =>
  typeof email === 'string' && demoAccounts.some((a) => a.email === email.toLowerCase())

export const demoAccountsAllowed = (env: Record<string, string | undefined> = process.env): boolean =>
  !isProductionDeployment(env)
