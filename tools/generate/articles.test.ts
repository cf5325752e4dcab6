import { describe, expect, it } from 'vitest'
import { articleTitles } from './articles.ts'
import { articleQualifiers, articleTopics } from './templates/articles.ts'

describe('the titles of generated articles', () => {
  it('take every topic’s first title, then every topic’s second, and so on', () => {
    const titles = articleTitles(articleTopics.length + 1)
    expect(titles.map((t) => t.title)).toEqual([...articleTopics.map((t) => t.titles[0]), articleTopics[0]!.titles[1]])
    expect(titles.map((t) => t.topic.topic).slice(0, 3)).toEqual(['pregnancy', 'feeding', 'sleep'])
  })

  it('use every title as it is before any with a qualifier, then each qualifier in turn', () => {
    const plain = articleTopics.reduce((n, t) => n + t.titles.length, 0)
    const titles = articleTitles(10_000).map((t) => t.title)
    expect(titles).toHaveLength(plain * articleQualifiers.length)
    expect(new Set(titles).size).toBe(titles.length)
    expect(new Set(titles.slice(0, plain))).toEqual(new Set(articleTopics.flatMap((t) => t.titles)))
    expect(titles[plain]).toBe(`${articleTopics[0]!.titles[0]}: a quick guide`)
    expect(articleTitles(0)).toEqual([])
  })
})
