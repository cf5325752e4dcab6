/**
 * Kinds of service: each of the demo's services, with the other names it goes by, its session series as
 * templates, the paragraphs of its description that name no demo place, and how often it is drawn
 * (by its number of demo sessions, so the generated mix of sessions is the demo's).
 */
import { services as demoServices } from '../../cms/demo/data/services.ts'
import { sessions as demoSessions } from '../../cms/demo/data/sessions.ts'
import type { SeedService, SeedSession } from '../../cms/demo/types.ts'
import { demoPlaceNames, nameVariants } from './templates/services.ts'

export interface Family {
  demo: SeedService
  names: readonly string[]
  templates: SeedSession[]
  paragraphs: string[]
  weight: number
}

const templatesOf = (slug: string): SeedSession[] => demoSessions.filter((s) => s.service === slug)

export const families: readonly Family[] = demoServices.map((demo) => {
  const paragraphs = demo.description.split('\n\n').filter((p) => !demoPlaceNames.test(p))
  const templates = templatesOf(demo.slug)
  return {
    demo,
    names: nameVariants[demo.slug] ?? [demo.name],
    templates,
    paragraphs,
    weight: Math.max(1, templates.length),
  }
})
