/**
 * The top of the dashboard: who is signed in, and what they look after, in a sentence. Pure.
 */
import { inWords } from '../notifications/recipients.ts'

export interface WhoYouAre {
  /** "Sam Hubworker" */
  name: string
  /** "Hub staff at Birchwood Family Hub. You change its services, …" */
  role: string
}

export const whoYouAre = (
  user: { name?: string | null; email?: string | null; role?: string | null },
  { hubs = [], organisation }: { hubs?: readonly string[]; organisation?: string },
): WhoYouAre => {
  const name = user.name || user.email || 'You'
  switch (user.role) {
    case 'admin':
      return {
        name,
        role: 'Admin: you look after every hub, the accounts, term dates and closures, and the public site.',
      }
    case 'hub-staff':
      return {
        name,
        role:
          hubs.length === 0
            ? 'Hub staff, with no hub yet: ask an admin to add your hub to your account.'
            : `Hub staff at ${inWords(hubs)}. You change ${hubs.length === 1 ? 'its' : 'their'} services, sessions and venues, and review partners’ changes there.`,
      }
    case 'partner':
      return {
        name,
        role: organisation
          ? `Partner at ${organisation}. Your changes to its services and sessions go to hub staff for review before parents see them.`
          : 'Partner, with no organisation yet: ask an admin to add your organisation to your account.',
      }
    default:
      return { name, role: 'Signed in.' }
  }
}
