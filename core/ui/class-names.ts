/** Class names joined with spaces, the empty ones left out; undefined when none is left (React then writes no class attribute). */
export const classNames = (...names: (string | false | null | undefined)[]): string | undefined => {
  const joined = names.filter(Boolean).join(' ')
  return joined === '' ? undefined : joined
}
