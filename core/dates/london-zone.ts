/** The product's one time zone: every date and time staff and families see is in London. */
export const LONDON = 'Europe/London'
