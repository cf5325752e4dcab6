/**
 * `npm start`: the product on one command. Applies migrations, seeds an empty database, builds
 * the admin if its sources changed, then serves it (http://localhost:3000/admin; PORT moves it).
 * Set NODE_ENV=production for a real deployment: demo accounts are then refused and PAYLOAD_SECRET
 * is required.
 */
import { demoAccounts } from '../demo-accounts.ts'
import { adminBuildIsCurrent, buildAdmin, runNext } from './admin-build.ts'
import { prepareDatabase, startOrExit } from './prepare-database.ts'

// `next start` sets NODE_ENV=production itself: remember what the operator asked for.
process.env.FHD_DEPLOYMENT ??= process.env.NODE_ENV === 'production' ? 'production' : 'demo'
const port = process.env.PORT ?? '3000'

await startOrExit(async () => {
  await prepareDatabase()
  if (!adminBuildIsCurrent()) {
    console.log('Building the admin (the first start takes a minute or two)...')
    await buildAdmin()
  }
})

const server = runNext(['start', 'cms', '--port', port])
console.log(`\nFamily Hub Directory admin: http://localhost:${port}/admin`)
if (process.env.FHD_DEPLOYMENT !== 'production')
  console.log(`Demo accounts (development only):\n${demoAccounts.map((a) => `  ${a.role.padEnd(10)} ${a.email} / ${a.password}`).join('\n')}\n`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
