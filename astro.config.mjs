// The public site: static output built from a validated snapshot of what is published (site/).
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

export default defineConfig({
  srcDir: './site',
  outDir: './dist',
  output: 'static',
  trailingSlash: 'always',
  integrations: [react()],
})
