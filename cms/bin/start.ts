/**
 * `npm start`: the product on one command. Applies migrations, seeds an empty database, builds
 * the admin if its sources changed, builds the public site from what is published, then serves
 * the admin (http://localhost:3000/admin; PORT moves it) and the public site
 * (http://localhost:4321; SITE_PORT moves it).
 * Set NODE_ENV=production for a real deployment: demo accounts are then refused and PAYLOAD_SECRET
 * is required.
 */
import { demoAccounts } from '../demo-accounts.ts'
import { createStaticServer } from '../../site/server/static-server.ts'
import { adminBuildIsCurrent, buildAdmin, runNext } from './admin-build.ts'
import { buildPublicSite, publicSiteDir } from './build-public-site.ts'
import { prepareDatabase, startOrExit } from './prepare-database.ts'

// `next start` sets NODE_ENV=production itself: remember what the operator asked for.
process.env.FHD_DEPLOYMENT ??= process.env.NODE_ENV === 'production' ? 'production' : 'demo'
const port = process.env.PORT ?? '3000'
const sitePort = Number(process.env.SITE_PORT ?? 4321)
process.env.SITE_URL ??= `http://localhost:${sitePort}`

await startOrExit(async () => {
  await prepareDatabase()
  if (!adminBuildIsCurrent()) {
    console.log('Building the admin (the first start takes a minute or two)...')
    await buildAdmin()
  }
})
// A site that cannot be built must not keep staff out of the admin, where they can fix it.
console.log('Building the public site from what is published...')
await buildPublicSite().catch((error: unknown) => console.error(`${error instanceof Error ? error.message : String(error)}\nThe admin starts anyway; the public site shows its last good build, if any.`))

const site = createStaticServer({ root: publicSiteDir })
site.listen(sitePort)

const server = runNext(['start', 'cms', '--port', port])
console.log(`\nFamily Hub Directory admin: http://localhost:${port}/admin`)
console.log(`Public site:                http://localhost:${sitePort}/`)
if (process.env.FHD_DEPLOYMENT !== 'production')
  console.log(`Demo accounts (development only):\n${demoAccounts.map((a) => `  ${a.role.padEnd(10)} ${a.email} / ${a.password}`).join('\n')}\n`)

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    site.close()
    server.kill(signal)
  })
server.on('exit', (code) => process.exit(code ?? 0))
