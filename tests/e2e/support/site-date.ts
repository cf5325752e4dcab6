/** The date the browser tests build the public site for: a Wednesday in February 2027, when the demo data has a cancelled Stay and Play at Birchwood next Tuesday (16 February) and changes this week. */
export const SITE_TODAY = '2027-02-10'
