import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defineConfig } from '@playwright/test'
import { SITE_TODAY } from './tests/e2e/support/site-date.ts'

/**
 * Browser tests in Debian's Chromium (apt-get install chromium; Playwright's own browser download
 * cannot work here). Two servers:
 *  - admin: `npm start` on a fresh data folder, seeded on start (it also builds and serves the
 *    public site from the database, on E2E_PORT + 1, and sends notification emails to SMTP on
 *    E2E_PORT + 2, where the specs that check them listen);
 *  - site: the public site built from the fixture snapshot (tests/fixtures/demo-snapshot.json) for
 *    a pinned date, SITE_TODAY=2027-02-10 (a Wednesday), served by the product's static server.
 */
const port = Number(process.env.E2E_PORT ?? 3100)
const sitePort = Number(process.env.E2E_SITE_PORT ?? 4399)
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'family-hub-e2e-'))
const siteDir = mkdtempSync(path.join(tmpdir(), 'family-hub-e2e-site-'))

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
}

/**
 * The projects asked for on the command line (`--project site`, `--project=admin`); all when none.
 * A run of the site project alone starts no admin: `npm start` builds the admin, which takes minutes.
 */
const projectsAsked = (argv: readonly string[]): Set<string> => {
  const asked = new Set<string>()
  argv.forEach((arg, i) => {
    if (arg === '--project' && argv[i + 1]) asked.add(argv[i + 1]!)
    else if (arg.startsWith('--project=')) asked.add(arg.slice('--project='.length))
  })
  return asked
}
const asked = projectsAsked(process.argv)
const wants = (project: string) => asked.size === 0 || asked.has(project)

const siteServer = {
  command: `npm run build:site -- --snapshot tests/fixtures/demo-snapshot.json --out ${siteDir} && tsx site/bin/serve.ts --dir ${siteDir} --port ${sitePort}`,
  url: `http://localhost:${sitePort}/`,
  timeout: 300_000,
  reuseExistingServer: false,
  stdout: 'pipe' as const,
  env: { SITE_TODAY, SITE_URL: `http://localhost:${sitePort}` },
}
const adminServer = {
  command: 'npm start',
  url: `http://localhost:${port}/admin/login`,
  timeout: 600_000,
  // E2E_REUSE=1: use an admin already running on E2E_PORT (to iterate on a spec without building the admin again).
  reuseExistingServer: process.env.E2E_REUSE === '1',
  stdout: 'pipe' as const,
  env: {
    PORT: String(port),
    SITE_PORT: String(port + 1),
    DATA_DIR: dataDir,
    NEXT_TELEMETRY_DISABLED: '1',
    // Notification emails go to the SMTP server a spec starts on this port (tests/helpers/smtp-sink.ts);
    // while none listens, they fail, are retried and are shown as failed in the admin.
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port + 2),
    EMAIL_FROM: 'Family Hubs <hubs@council.example.org>',
  },
}

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  workers: 1,
  reporter: process.env.CI ? 'list' : [['list']],
  use: { launchOptions: chromium },
  projects: [
    { name: 'site', testMatch: /site-.*\.spec\.ts/, use: { baseURL: `http://localhost:${sitePort}` } },
    { name: 'admin', testIgnore: /site-.*\.spec\.ts/, use: { baseURL: `http://localhost:${port}` } },
  ],
  webServer: [...(wants('site') ? [siteServer] : []), ...(wants('admin') ? [adminServer] : [])],
})
