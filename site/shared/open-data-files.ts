/**
 * Where the build writes the open data and the live API reads it: the bulk Open Referral UK file,
 * relative to the build's folder.
 */
export const OPEN_DATA_FILE = 'open-data/open-referral-uk.json'
