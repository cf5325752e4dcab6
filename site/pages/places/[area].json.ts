/**
 * /places/<area>.json: the places ("latitude,longitude") where things happen in a postcode area,
 * fetched by the search page only for the areas within the distance a parent chose.
 */
import type { APIRoute } from 'astro'
import { searchData } from '../../build/search-data.ts'

export const getStaticPaths = () => [...searchData().places.keys()].map((area) => ({ params: { area } }))

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(searchData().places.get(params.area!) ?? []), {
    headers: { 'Content-Type': 'application/json' },
  })
