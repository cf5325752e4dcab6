/**
 * Build the public site from what is published now, in a child process (an Astro build holds a
 * lot of memory for a short time; the admin server should not carry it), into DATA_DIR/site.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { dataDir, rootDir } from '../paths.ts'

export const publicSiteDir = path.join(dataDir, 'site')

export const buildPublicSite = (): Promise<void> =>
  new Promise((resolve, reject) => {
    const tsx = createRequire(import.meta.url).resolve('tsx/cli')
    const child = spawn(process.execPath, [tsx, path.join(rootDir, 'site/bin/build.ts'), '--out', publicSiteDir], { cwd: rootDir, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The public site build failed (exit code ${String(code)}): see the messages above.`))))
  })
