import type { APIRoute } from 'astro'
import { buildContext } from '../lib/build-context.ts'
import { placesOf } from '../lib/places.ts'

export const GET: APIRoute = () => new Response(JSON.stringify(placesOf(buildContext().directory)), { headers: { 'Content-Type': 'application/json' } })
