/**
 * Playwright's request API is not a browser: it sends neither Origin nor Sec-Fetch-Site. The
 * admin only accepts a staff member's cookie from its own origin (Payload's csrf setting), so
 * API reads made with a signed-in page's cookies say what a browser on the admin would.
 */
export const sameOrigin = { headers: { 'Sec-Fetch-Site': 'same-origin' } }
