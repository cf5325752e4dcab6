/**
 * The records the generator makes: each snapshot document typed as its CMS schema reads it (so a field
 * the schema does not know, or a value of the wrong type, fails the typecheck), and the hubs and venues
 * as the generator works with them while it places services and sessions.
 */
import type { z } from 'zod'
import type { articleSchema } from '../../core/records/article.ts'
import type { categorySchema } from '../../core/records/category.ts'
import type { hubSchema } from '../../core/records/hub.ts'
import type { organisationSchema } from '../../core/records/organisation.ts'
import type { serviceSchema } from '../../core/records/service.ts'
import type { sessionExceptionSchema, sessionSchema } from '../../core/records/session.ts'
import type { termDateSchema } from '../../core/records/term-date.ts'
import type { venueSchema } from '../../core/records/venue.ts'
import type { HubType } from '../../core/records/vocabulary.ts'
import type { Area } from './templates/places.ts'

/** A document as the snapshot holds it: what the schema reads, with a numeric id as the demo loader gives. */
type Stored<S extends z.ZodType> = z.input<S> & { id: number }

export type OrganisationDoc = Stored<typeof organisationSchema>
export type CategoryDoc = Stored<typeof categorySchema>
export type HubDoc = Stored<typeof hubSchema>
export type VenueDoc = Stored<typeof venueSchema>
export type ServiceDoc = Stored<typeof serviceSchema>
export type SessionDoc = Stored<typeof sessionSchema>
export type SessionExceptionDoc = z.input<typeof sessionExceptionSchema>
export type TermDateDoc = Stored<typeof termDateSchema>
export type ArticleDoc = Stored<typeof articleSchema>

export interface GeneratedHub {
  id: number
  name: string
  slug: string
  type: HubType
  area: Area
  /** The neighbourhood it is named after. */
  place: string
  /** Its main venue first, then the other venues in its area, in the order they were made. */
  venues: GeneratedVenue[]
}

export interface GeneratedVenue {
  id: number
  name: string
  slug: string
  /** The hub whose area it is in (whether or not it belongs to the hub). */
  areaHub: GeneratedHub
  place: string
  street: string
  /** Kinds of service (demo service slugs) with this as their home venue already: one of a kind per venue. */
  families: Set<string>
  doc: VenueDoc
}
