import path from 'node:path'
import { RuleTester } from 'eslint'
import { describe, expect, it } from 'vitest'
import { areaOf, importBoundaries, mayImport } from './import-boundaries.mjs'

const root = '/repo'
const at = (file: string) => path.join(root, file)

describe('mayImport: which folder may import which', () => {
  it.each([
    ['cms/collections/Hubs/index.ts', 'core/records/hub.ts'],
    ['site/build/build-site.ts', 'site/render/format.ts'],
    ['site/browser/search-app.ts', 'site/shared/search-facets.ts'],
    ['site/pages/index.astro', 'site/build/search-data.ts'],
    ['app/start.ts', 'cms/open-payload.ts'],
    ['app/start.ts', 'site/server/static-server.ts'],
    ['tools/bench/pipeline.ts', 'cms/demo/load.ts'],
    ['tests/int/seed.test.ts', 'cms/demo/load.ts'],
    ['site/server/open-referral-api.test.ts', 'site/build/open-referral-export.ts'],
    ['core/records/snapshot.test.ts', 'tests/fixtures/demo-snapshot.ts'],
  ])('%s may import %s', (from, to) => expect(mayImport(from, to)).toBe(true))

  it.each([
    ['site/build/build-site.ts', 'cms/open-payload.ts'],
    ['site/server/static-server.ts', 'cms/demo/demo-accounts.ts'],
    ['cms/bin/start.ts', 'site/server/static-server.ts'],
    ['cms/payload.config.ts', 'app/start.ts'],
    ['core/records/snapshot.ts', 'cms/payload-types.ts'],
    ['core/records/snapshot.ts', 'site/shared/search-facets.ts'],
    ['site/browser/search-app.ts', 'site/build/search-records.ts'],
    ['site/server/open-referral-api.ts', 'site/build/open-referral-export.ts'],
    ['site/shared/search-query.ts', 'site/browser/search-state.ts'],
    ['site/directory/directory.ts', 'site/render/format.ts'],
    ['cms/demo/load.ts', 'tools/generate/generate-snapshot.ts'],
    ['core/records/snapshot.test.ts', 'cms/demo/load.ts'],
  ])('%s may not import %s', (from, to) => expect(mayImport(from, to)).toBe(false))

  it('places files in the most specific area', () => {
    expect(areaOf('site/browser/x.ts')).toBe('site/browser')
    expect(areaOf('site/pages/index.astro')).toBe('site')
    expect(areaOf('core/x.ts')).toBe('core')
    expect(areaOf('package.json')).toBeUndefined()
  })
})

describe('the import-boundaries rule', () => {
  const tester = new RuleTester({ languageOptions: { ecmaVersion: 2024, sourceType: 'module' } })
  it('reports a site file importing the CMS, and a core file importing anything in the repo, by name', () => {
    tester.run('import-boundaries', importBoundaries, {
      valid: [
        { filename: at('site/build/a.ts'), code: "import { x } from '../../core/records/hub.ts'", options: [{ root }] },
        { filename: at('cms/a.ts'), code: "import { x } from 'payload'", options: [{ root }] },
        { filename: at('app/start.ts'), code: "const m = await import('../cms/open-payload.ts')", options: [{ root }] },
      ],
      invalid: [
        {
          filename: at('site/build/a.ts'),
          code: "import { openPayload } from '../../cms/open-payload.ts'",
          options: [{ root }],
          errors: [
            {
              messageId: 'notAllowed',
              data: {
                from: 'site/build',
                to: 'cms',
                target: 'cms/open-payload.ts',
                allowed: 'site/render/, site/directory/, site/postcodes/, site/shared/, core/',
              },
            },
          ],
        },
        {
          filename: at('cms/publishing/a.ts'),
          code: "export { x } from '../../site/server/static-server.ts'",
          options: [{ root }],
          errors: [{ messageId: 'notAllowed' }],
        },
        {
          filename: at('core/records/a.ts'),
          code: "const m = await import('../../site/shared/cms-url.ts')",
          options: [{ root }],
          errors: [
            {
              messageId: 'notAllowed',
              data: {
                from: 'core',
                to: 'site/shared',
                target: 'site/shared/cms-url.ts',
                allowed: 'nothing else in the repo',
              },
            },
          ],
        },
      ],
    })
  })
})
