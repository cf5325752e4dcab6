import { defineConfig } from 'vitest/config'

/**
 * unit: pure logic and the shared components' markup, beside the module it tests (`*.test.ts`,
 * `*.test.tsx` in app/, cms/, core/, site/, tools/),
 * and the few that span folders in tests/unit/; fast.
 * int: a real Payload on a temporary SQLite file per test file (tests/int/).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{app,cms,core,site,tools}/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'cms/.next/**'],
          environment: 'node',
          // Property and generator tests take seconds; a busy machine should not fail them on time.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'int',
          include: ['tests/int/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
