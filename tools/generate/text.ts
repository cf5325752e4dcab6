/** Small changes to generated wording. */

/** "stay and play" for "Stay and play", within a sentence; an acronym ("NHS") stays as it is. */
export const lowerFirst = (text: string): string =>
  /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text

/** The sentence without its closing full stop or exclamation mark. */
export const withoutStop = (text: string): string => text.replace(/[.!]\s*$/, '')

/** A time of day, "09:30", from minutes after midnight. */
export const clockTime = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
