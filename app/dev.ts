/** `npm run dev`: the admin with hot reload (next dev), after migrations and, when empty, the demo seed. */
import { runNext } from '../cms/admin-build.ts'
import { prepareDatabase, startOrExit } from '../cms/prepare-database.ts'

process.env.FHD_DEPLOYMENT ??= 'demo'
const port = process.env.PORT ?? '3000'
await startOrExit(prepareDatabase)
const server = runNext(['dev', 'cms', '--port', port], { ...process.env, NODE_ENV: 'development' })
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
