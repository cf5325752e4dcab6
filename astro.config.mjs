// The public site: static output built from a validated snapshot of what is published (site/).
// Pages are HTML, and the few browser scripts are plain TypeScript. React only renders, at build
// time, the components the admin shares (core/ui/): used with no client directive, they ship no
// React to the browser.
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  output: 'static',
  integrations: [react()],
  trailingSlash: 'always',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // Stylesheets as files: cached once for every page, and no inline styles for the CSP to allow.
  build: { inlineStylesheets: 'never', format: 'directory' },
  // Scripts as files too: Vite inlines small ones otherwise, and the site's Content Security
  // Policy allows no inline script (core/http/security-headers.ts).
  vite: { build: { assetsInlineLimit: 0 } },
  compressHTML: true,
  devToolbar: { enabled: false },
})
