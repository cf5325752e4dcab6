/**
 * `tsx site/bin/serve.ts [--dir dist] [--port 4321]`: serve the built public site, with the live
 * Open Referral UK API under /api/ (answering from the build's open data, with query parameters).
 * The port comes from --port, else SITE_PORT, else 4321. The host comes from SITE_HOST and
 * defaults to 0.0.0.0 (all interfaces, like the admin's `next start`, so it also works inside a
 * container); set SITE_HOST=127.0.0.1 to keep it to this machine. Stops cleanly on SIGINT/SIGTERM.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createOpenReferralApi } from '../server/open-referral-api.ts'
import { createStaticServer } from '../server/static-server.ts'

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: process.env.SITE_PORT ?? '4321' },
  },
})
const dir = path.resolve(values.dir)
const port = Number(values.port)
const host = process.env.SITE_HOST ?? '0.0.0.0'

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a port: ${values.port}`)
  process.exit(2)
}
if (!existsSync(path.join(dir, 'index.html')))
  console.warn(`Warning: ${dir}/index.html does not exist (has the site been built?)`)

const server = createStaticServer({ root: dir, handle: createOpenReferralApi({ root: () => dir }) })
server.on('error', (error) => {
  console.error(`Cannot serve on ${host}:${port}: ${error.message}`)
  process.exit(1)
})
server.listen(port, host, () => {
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  console.log(`Public site: http://localhost:${actualPort}/ (serving ${dir})`)
})

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    server.close(() => process.exit(0))
    server.closeAllConnections()
  })
