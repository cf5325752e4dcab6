/**
 * Advice articles: the topics' titles in turn (every topic's first title, then every second...), then
 * again with a qualifier (": a quick guide"...), each with a body from the topic's sentences and tips,
 * and links to a few services in the topic's categories.
 */
import { paragraphsToLexical } from '../../cms/demo/lexical.ts'
import { dayNumber, fromDayNumber, toStoredDate } from '../../core/dates/plain-date.ts'
import { slugify } from '../../core/records/fields.ts'
import type { Random } from './random.ts'
import type { ArticleDoc } from './records.ts'
import { uniqueSlug } from './slugs.ts'
import {
  articleQualifiers,
  articleTopics,
  helpHeading,
  helpLines,
  summaryEndings,
  tipsHeadings,
  type ArticleTopicSpec,
} from './templates/articles.ts'

/** The first `count` titles, in turn by topic, then with each qualifier in turn. */
export const articleTitles = (count: number): { title: string; topic: ArticleTopicSpec }[] => {
  const titlesPerTopic = Math.max(...articleTopics.map((t) => t.titles.length))
  const titles: { title: string; topic: ArticleTopicSpec }[] = []
  for (const qualifier of articleQualifiers)
    for (let t = 0; t < titlesPerTopic; t++)
      for (const topic of articleTopics) {
        const stem = topic.titles[t]
        if (stem) titles.push({ title: `${stem}${qualifier}`, topic })
      }
  return titles.slice(0, count)
}

/** `count` articles (as many as there are titles at most), linking to services by category slug. */
export const generateArticles = (
  r: Random,
  count: number,
  servicesByCategory: ReadonlyMap<string, readonly number[]>,
): ArticleDoc[] => {
  const slugs = new Set<string>()
  return articleTitles(count).map(({ title, topic }, i) => {
    const slug = uniqueSlug(slugs, slugify(title))
    const related = [...new Set(topic.categories.flatMap((c) => servicesByCategory.get(c) ?? []))]
    const relatedServices = related.length > 0 ? r.some(related, r.int(0, 3)) : []
    const body = [
      ...r.some(topic.sentences, 2),
      `## ${r.pick(tipsHeadings)}`,
      ...r.some(topic.tips, 3).map((tip) => `- ${tip}`),
      `## ${helpHeading}`,
      r.pick(helpLines),
    ]
    return {
      id: i + 1,
      title,
      slug,
      summary: `${topic.sentences[0]} ${r.pick(summaryEndings)}`,
      body: paragraphsToLexical(body),
      topics: [topic.topic],
      lifeStages: [...topic.lifeStages],
      relatedServices,
      lastChecked: toStoredDate(fromDayNumber(dayNumber('2025-11-01') + r.int(0, 380))),
    }
  })
}
