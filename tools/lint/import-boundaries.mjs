/**
 * An ESLint rule that keeps the data flowing one way (docs/architecture.md): each folder may
 * import only the folders below it. A relative import is resolved to the file it names, and both
 * ends are placed in an area; an import into an area not allowed is reported with what is allowed.
 *
 *   core/            nothing else in the repo
 *   cms/             core/
 *   site/shared/     core/                       (contracts of the build, the server and the browser)
 *   site/browser/    site/shared/, core/
 *   site/server/     site/shared/, core/
 *   site/directory/  site/shared/, core/
 *   site/postcodes/  site/shared/, core/
 *   site/render/     site/directory/, site/shared/, core/
 *   site/build/      site/render/, site/directory/, site/postcodes/, site/shared/, core/
 *   site/ (pages, components, layouts, bin, the rest)   all of site/, core/
 *   app/             cms/, site/, core/          (the composition root)
 *   tools/           anything but tests/
 *   tests/           anything
 * A test file (*.test.ts) may also import anything in its own top-level folder and tests/
 * (fixtures and helpers).
 */
import path from 'node:path'

/** Areas from the most specific; each with the areas it may import (its own always allowed). */
const AREAS = [
  { name: 'site/shared', allows: ['core'] },
  { name: 'site/browser', allows: ['site/shared', 'core'] },
  { name: 'site/server', allows: ['site/shared', 'core'] },
  { name: 'site/directory', allows: ['site/shared', 'core'] },
  { name: 'site/postcodes', allows: ['site/shared', 'core'] },
  { name: 'site/render', allows: ['site/directory', 'site/shared', 'core'] },
  { name: 'site/build', allows: ['site/render', 'site/directory', 'site/postcodes', 'site/shared', 'core'] },
  { name: 'site', allows: ['site/*', 'core'] },
  { name: 'core', allows: [] },
  { name: 'cms', allows: ['core'] },
  { name: 'app', allows: ['cms/*', 'site/*', 'core'] },
  { name: 'tools', allows: ['app/*', 'cms/*', 'site/*', 'core', 'tools'] },
  { name: 'tests', allows: ['*'] },
]

/** The area a file (relative to the project root, with "/") is in, or undefined outside the areas. */
export const areaOf = (file) => {
  for (const area of AREAS) if (file === area.name || file.startsWith(`${area.name}/`)) return area.name
  return undefined
}

const matches = (pattern, area) =>
  pattern === '*' ||
  pattern === area ||
  (pattern.endsWith('/*') && (area === pattern.slice(0, -2) || area.startsWith(pattern.slice(0, -1))))

/** Whether a file in `from` may import a file in `to` (both project-relative, "/"-separated). */
export const mayImport = (fromFile, toFile) => {
  const from = areaOf(fromFile)
  const to = areaOf(toFile)
  if (!from || !to || from === to) return true
  const isTest = /\.test\.[cm]?tsx?$/.test(fromFile)
  if (isTest && (to === 'tests' || to.split('/')[0] === from.split('/')[0])) return true
  const allows = AREAS.find((a) => a.name === from).allows
  return allows.some((pattern) => matches(pattern, to))
}

const describeAllowed = (from) => {
  const allows = AREAS.find((a) => a.name === from).allows
  if (allows.length === 0) return 'nothing else in the repo'
  return allows.map((a) => (a.endsWith('/*') ? `${a.slice(0, -2)}/` : a === '*' ? 'anything' : `${a}/`)).join(', ')
}

/** @type {import('eslint').Rule.RuleModule} */
export const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep imports flowing one way between the project’s folders' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: {
      notAllowed:
        '{{from}} may not import {{to}} ({{target}}): {{from}}/ may import only {{allowed}}. See docs/architecture.md.',
    },
  },
  create(context) {
    const root = context.options[0]?.root ?? context.cwd
    const file = path.relative(root, context.filename).split(path.sep).join('/')
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return
      const target = path
        .relative(root, path.resolve(path.dirname(context.filename), source.value))
        .split(path.sep)
        .join('/')
      if (mayImport(file, target)) return
      context.report({
        node: source,
        messageId: 'notAllowed',
        data: { from: areaOf(file), to: areaOf(target), target, allowed: describeAllowed(areaOf(file)) },
      })
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    }
  },
}

export default { rules: { 'import-boundaries': importBoundaries } }
