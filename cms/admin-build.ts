/**
 * The admin's Next.js production build, made when missing or when its sources have changed
 * (a hash of cms/, core/ and the lock file, kept beside the build).
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { filesUnder } from '../core/files/files-under.ts'
import { rootDir } from './paths.ts'

const buildDir = path.join(rootDir, 'cms', '.next')
const hashFile = path.join(buildDir, 'family-hub-source-hash')
const skip = new Set(['.next', 'node_modules'])

export const sourceHash = async (): Promise<string> => {
  const hash = createHash('sha256')
  const files = [
    ...(await filesUnder(path.join(rootDir, 'cms'), skip)),
    ...(await filesUnder(path.join(rootDir, 'core'), skip)),
    path.join(rootDir, 'package-lock.json'),
  ]
  for (const file of files.filter(existsSync).sort())
    hash.update(path.relative(rootDir, file)).update(readFileSync(file))
  return hash.digest('hex')
}

export const adminBuildIsCurrent = async (): Promise<boolean> =>
  existsSync(path.join(buildDir, 'BUILD_ID')) &&
  existsSync(hashFile) &&
  readFileSync(hashFile, 'utf8') === (await sourceHash())

export const nextBin = (): string => createRequire(import.meta.url).resolve('next/dist/bin/next')

/** Run the Next.js CLI on the cms/ app with this Node.js. */
export const runNext = (args: string[], env: NodeJS.ProcessEnv = process.env) =>
  spawn(process.execPath, [nextBin(), ...args], {
    cwd: rootDir,
    stdio: 'inherit',
    env: { NODE_OPTIONS: '--no-deprecation', NEXT_TELEMETRY_DISABLED: '1', ...env },
  })

export const buildAdmin = async (): Promise<void> => {
  const hash = await sourceHash()
  // Webpack, as Payload's templates build: Turbopack's production bundle duplicated Payload's error
  // classes, so the REST API lost the field errors the admin shows beside each field.
  const child = runNext(['build', 'cms', '--webpack'])
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  if (code !== 0)
    throw new Error(`Building the admin failed (next build exited with ${code}). The output above says why.`)
  writeFileSync(hashFile, hash)
}
