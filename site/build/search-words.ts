/**
 * Parents' words for search (site/shared/search-words.json), checked when the site is built: a
 * mistake stops the build with the line and the problem, so a bad edit never reaches the public
 * search. See site/shared/search-query.ts for how the words are used.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { normaliseWords, type SearchTerm } from '../shared/search-query.ts'
// Imported, not read from a path: the pages run from Astro's bundle, where the file's folder is elsewhere.
import searchWordsJson from '../shared/search-words.json' with { type: 'json' }

export const searchWordsFile = 'site/shared/search-words.json'

const phrase = (what: string) =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .min(1, `${what} is empty.`)
    .max(80, `${what} is longer than 80 characters.`)
    .refine((s) => normaliseWords(s).length > 0, `${what} has no letters or numbers.`)

const termSchema = z.object({
  words: phrase('"words"'),
  alternatives: z
    .array(phrase('An alternative'), { error: '"alternatives" must be a list of words.' })
    .max(100, 'has more than 100 alternatives.'),
})

const fileSchema = z.object({
  about: z.string().optional(),
  terms: z.array(z.unknown(), { error: 'The file needs a "terms" list.' }),
})

export class SearchWordsError extends Error {
  constructor(file: string, problems: string[]) {
    super(
      `${path.basename(file)} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}; the site was not built.\n${problems.map((p) => `- ${p}`).join('\n')}`,
    )
    this.name = 'SearchWordsError'
  }
}

/** Check the search words: every term valid, and no alternative claimed by two terms. */
export const parseSearchWords = (raw: unknown, file = searchWordsFile): SearchTerm[] => {
  const top = fileSchema.safeParse(raw)
  if (!top.success)
    throw new SearchWordsError(
      file,
      top.error.issues.map((i) => i.message),
    )
  const problems: string[] = []
  const terms: SearchTerm[] = []
  const owner = new Map<string, string>()
  top.data.terms.forEach((item, index) => {
    const label = `terms ${index + 1}${item && typeof item === 'object' && 'words' in item && typeof item.words === 'string' ? ` ("${item.words}")` : ''}`
    const parsed = termSchema.safeParse(item)
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${label}: ${issue.path.length ? `${issue.path.join(' ')}: ` : ''}${issue.message}`)
      return
    }
    for (const alternative of parsed.data.alternatives) {
      const key = normaliseWords(alternative)
      const other = owner.get(key)
      if (other !== undefined && other !== parsed.data.words)
        problems.push(
          `${label}: "${alternative}" is also an alternative for "${other}"; a word can only stand for one thing.`,
        )
      owner.set(key, parsed.data.words)
    }
    terms.push(parsed.data)
  })
  if (problems.length > 0) throw new SearchWordsError(file, problems)
  return terms
}

/** The site's search words (site/shared/search-words.json), or those of another file. */
export const readSearchWords = (file?: string): SearchTerm[] => {
  if (!file) return parseSearchWords(searchWordsJson)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new SearchWordsError(file, [`it is not valid JSON: ${(error as Error).message}`])
  }
  return parseSearchWords(raw, file)
}
