/**
 * Who publishes the site: the council and the name of its family hubs offer. One place, so a
 * council changes its name once (COUNCIL_NAME, SERVICE_NAME, COUNCIL_EMAIL, COUNCIL_PHONE and COUNCIL_REGION at build time override the demo's).
 */
export const council = {
  name: process.env.COUNCIL_NAME ?? 'Mersey Vale Council',
  serviceName: process.env.SERVICE_NAME ?? 'Mersey Vale Family Hubs',
  email: process.env.COUNCIL_EMAIL ?? 'familyhubs@example.org',
  phone: process.env.COUNCIL_PHONE ?? '01632 960000',
  /** The county or region of the council's addresses, for open data (Open Referral's state_province). */
  region: process.env.COUNCIL_REGION ?? 'Cheshire',
}
