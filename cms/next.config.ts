import path from 'node:path'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const rootDir = path.resolve(import.meta.dirname, '..')

/** The admin and REST API (Payload on Next.js). The project root holds node_modules and core/, which the admin imports. */
const nextConfig: NextConfig = {
  experimental: { externalDir: true },
  turbopack: { root: rootDir },
  outputFileTracingRoot: rootDir,
  poweredByHeader: false,
  // Type errors are caught by `npm run typecheck` (part of `npm test`), not by every production build.
  typescript: { ignoreBuildErrors: true },
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  webpack: (webpackConfig, { isServer }) => {
    // Server code is not sent to browsers: keep class names, which Payload's errors report.
    if (isServer) webpackConfig.optimization = { ...webpackConfig.optimization, minimize: false }
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
