/**
 * In a browser, zod never compiles parsers with `new Function`: the admin's Content Security
 * Policy allows no eval, and zod's probe for it is reported as a violation even though it is
 * caught. Imported by the components shared with the admin (servers keep zod's faster parsers).
 */
import { z } from 'zod'

if (typeof window !== 'undefined') z.config({ jitless: true })
