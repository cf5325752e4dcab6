// Lint for the whole tree (`npm run lint`, part of `npm test`): typescript-eslint's recommended
// rules, Astro's for .astro files, and the project's import boundaries (tools/lint/import-boundaries.mjs).
import js from '@eslint/js'
import astro from 'eslint-plugin-astro'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import boundaries from './tools/lint/import-boundaries.mjs'

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'data/',
      '.astro/',
      'cms/.next/',
      'cms/next-env.d.ts',
      'cms/payload-types.ts',
      'cms/app/(payload)/admin/importMap.js',
      'cms/migrations/',
      'test-results/',
      'playwright-report/',
      'tools/bench/results/',
      '.site-build/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { project: boundaries },
    rules: {
      'project/import-boundaries': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // Tests may use any type where the shape under test is the point.
    files: ['**/*.test.ts', 'tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
