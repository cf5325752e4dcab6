/**
 * Payload's Lexical rich text (the JSON @payloadcms/richtext-lexical stores) to HTML with GOV.UK
 * Frontend classes for the public site, and to plain text for search and meta descriptions.
 * Pure, no DOM, never throws: anything that is not `{ root: {...} }` gives ''.
 *
 * Safe by construction: a whitelist of node types (any other node renders only its children, so
 * text is never lost), every string escaped, only http(s)/mailto/tel and site-relative links, node
 * attributes such as `style` ignored, bidi override characters and NUL removed, and bounded depth,
 * node count and output length (elements are only opened when their closing tag fits).
 */
import { cleanText } from '../../core/text/safe-text.ts'
import { escapeHtml } from '../../core/text/escape-html.ts'

export interface RichTextOptions {
  /** The site path (or URL) of the document an internal link points at; undefined: the link renders as text. */
  resolveInternalLink?: (relationTo: string, id: string | number) => string | undefined
  /** The public site's host ("families.example.org"): absolute links to it are not external. */
  siteHost?: string
}

type LexicalNode = Record<string, unknown>

const MAX_DEPTH = 50
const MAX_NODES = 20_000
const MAX_OUTPUT = 200_000

const isNode = (value: unknown): value is LexicalNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const childrenOf = (node: LexicalNode): readonly unknown[] => (Array.isArray(node.children) ? node.children : [])

/** The root of a stored value, or undefined for anything else. */
const rootOf = (value: unknown): LexicalNode | undefined =>
  isNode(value) && isNode(value.root) ? value.root : undefined

// ---------------------------------------------------------------------------------------------
// Text

interface Budget {
  nodes: number
  chars: number
}

const exhausted = (budget: Budget): boolean => budget.nodes <= 0 || budget.chars <= 0

/**
 * Cleaned text, escaped when `escape`, within the budget: a cut falls between characters, never
 * inside an entity or an emoji, and ends the output.
 */
const takeText = (raw: string, budget: Budget, escape: boolean): string => {
  const text = cleanText(raw.length > budget.chars ? raw.slice(0, budget.chars + 1) : raw)
  const whole = escape ? escapeHtml(text) : text
  if (whole.length <= budget.chars) {
    budget.chars -= whole.length
    return whole
  }
  let out = ''
  for (const character of text) {
    const piece = escape ? escapeHtml(character) : character
    if (piece.length > budget.chars) break
    out += piece
    budget.chars -= piece.length
  }
  budget.chars = 0
  return out
}

// ---------------------------------------------------------------------------------------------
// Links

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])
/** Removed before a URL is judged: C0/C1 controls (tab, newline…), soft hyphen, zero-width and bidi marks, BOM. */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g

const isAllowedUrl = (url: string): boolean => {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)
  if (scheme) return ALLOWED_SCHEMES.has((scheme[1] ?? '').toLowerCase())
  // Site-relative only: "/path" or "#anchor", not "//host" or "/\host" (another site).
  return url.startsWith('#') || (url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\'))
}

/** The href for a URL (whitespace inside it percent-encoded), or undefined when it is not allowed. */
const safeHref = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined
  const visible = value.replace(INVISIBLE, '').trim()
  const compact = visible.replace(/\s+/g, '')
  const href = visible.replace(/\s/g, '%20')
  return isAllowedUrl(compact) && isAllowedUrl(href) ? href : undefined
}

const hostOf = (siteHost: string | undefined): string | undefined => {
  const host = siteHost?.trim().toLowerCase()
  if (!host) return undefined
  try {
    return new URL(host.includes('://') ? host : `https://${host}`).host
  } catch {
    return host
  }
}

/** An absolute http(s) link to a host other than the site's. */
const isExternal = (href: string, siteHost: string | undefined): boolean => {
  if (!/^https?:/i.test(href)) return false
  if (!siteHost) return true
  try {
    const url = new URL(href)
    return url.host !== siteHost && url.hostname !== siteHost
  } catch {
    return true
  }
}

const internalTarget = (doc: unknown, resolve: RichTextOptions['resolveInternalLink']): unknown => {
  if (!resolve || !isNode(doc) || typeof doc.relationTo !== 'string') return undefined
  // `value` is the id, or the document itself when the data was read with depth.
  const value = isNode(doc.value) ? doc.value.id : doc.value
  if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) return undefined
  try {
    return resolve(doc.relationTo, value)
  } catch {
    return undefined
  }
}

/** Where a link or autolink points, before checking: Payload keeps it in `fields`, older autolinks at the top level. */
const linkTarget = (node: LexicalNode, options: RichTextOptions): unknown => {
  const fields = isNode(node.fields) ? node.fields : {}
  const url = typeof fields.url === 'string' ? fields.url : node.url
  const internal = fields.linkType === 'internal' || (url === undefined && isNode(fields.doc))
  return internal ? internalTarget(fields.doc, options.resolveInternalLink) : url
}

// ---------------------------------------------------------------------------------------------
// HTML

/** Where a node stands: `flow` takes blocks, `item` (a list item) inline content and lists, `inline` only inline content. */
type Context = 'flow' | 'item' | 'inline'

interface HtmlState extends Budget {
  options: RichTextOptions
  siteHost: string | undefined
  inLink: boolean
}

const HEADINGS = new Map<unknown, string>([
  ['h1', '<h2 class="govuk-heading-m">'],
  ['h2', '<h2 class="govuk-heading-m">'],
  ['h3', '<h3 class="govuk-heading-s">'],
  ['h4', '<h4 class="govuk-heading-s">'],
  ['h5', '<h4 class="govuk-heading-s">'],
  ['h6', '<h4 class="govuk-heading-s">'],
])

/** Lexical's text format bits, outermost first. */
const FORMATS: readonly (readonly [number, string])[] = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
]

const HR = '<hr class="govuk-section-break govuk-section-break--m govuk-section-break--visible">'
const NEW_TAB_HINT = '<span class="govuk-visually-hidden"> (opens in new tab)</span>'

const isBlank = (html: string): boolean => html.replace(/<br>/g, '').trim() === ''

/** Markup that fits the budget, or '' (and the budget spent) when it does not. */
const take = (markup: string, state: HtmlState): string => {
  if (markup.length > state.chars) {
    state.chars = 0
    return ''
  }
  state.chars -= markup.length
  return markup
}

/**
 * An element around `content()`, opened only when its closing tag fits too. Empty content gives '';
 * blank content (whitespace, line breaks) is dropped, kept, or (links) left unwrapped.
 */
const element = (
  open: string,
  close: string,
  state: HtmlState,
  content: () => string,
  blank: 'drop' | 'keep' | 'unwrap' = 'drop',
): string => {
  const cost = open.length + close.length
  if (cost > state.chars) {
    state.chars = 0
    return ''
  }
  state.chars -= cost
  const inner = content()
  if (inner === '' || (blank !== 'keep' && isBlank(inner))) {
    state.chars += cost
    return blank === 'unwrap' ? inner : ''
  }
  return open + inner + close
}

const htmlChildren = (node: LexicalNode, context: Context, depth: number, state: HtmlState, separator = ''): string => {
  if (depth >= MAX_DEPTH) return ''
  const parts: string[] = []
  for (const child of childrenOf(node)) {
    if (exhausted(state)) break
    const html = htmlNode(child, context, depth + 1, state)
    if (!html) continue
    if (parts.length > 0) state.chars -= separator.length
    parts.push(html)
  }
  return parts.join(separator)
}

const htmlText = (node: LexicalNode, state: HtmlState): string => {
  if (typeof node.text !== 'string' || node.text === '') return ''
  const text = node.text
  const format = typeof node.format === 'number' && Number.isInteger(node.format) && node.format > 0 ? node.format : 0
  const tags = FORMATS.filter(([bit]) => (format & bit) !== 0).map(([, tag]) => tag)
  const open = tags.map((tag) => `<${tag}>`).join('')
  const close = tags
    .map((tag) => `</${tag}>`)
    .reverse()
    .join('')
  return element(open, close, state, () => takeText(text, state, true), 'keep')
}

const htmlList = (node: LexicalNode, depth: number, state: HtmlState): string => {
  const numbered =
    node.listType === 'number' || (node.listType !== 'bullet' && node.listType !== 'check' && node.tag === 'ol')
  const start = node.start
  const open = numbered
    ? `<ol class="govuk-list govuk-list--number"${typeof start === 'number' && Number.isSafeInteger(start) && start > 1 ? ` start="${start}"` : ''}>`
    : '<ul class="govuk-list govuk-list--bullet">'
  return element(open, numbered ? '</ol>' : '</ul>', state, () => {
    if (depth >= MAX_DEPTH) return ''
    let items = ''
    for (const child of childrenOf(node)) {
      if (exhausted(state)) break
      if (isNode(child) && child.type === 'listitem') {
        state.nodes -= 1
        items += element('<li>', '</li>', state, () => htmlChildren(child, 'item', depth + 1, state))
      } else {
        // Lexical only puts list items in a list; anything else gets an item of its own.
        items += element('<li>', '</li>', state, () => htmlNode(child, 'item', depth + 1, state))
      }
    }
    return items
  })
}

const htmlLink = (node: LexicalNode, depth: number, state: HtmlState): string => {
  const href = state.inLink ? undefined : safeHref(linkTarget(node, state.options))
  if (href === undefined) return htmlChildren(node, 'inline', depth, state)
  const fields = isNode(node.fields) ? node.fields : {}
  const newTab = fields.newTab === true
  const external = isExternal(href, state.siteHost)
  let open = `<a class="govuk-link" href="${escapeHtml(href)}"`
  if (external) open += ' rel="noopener noreferrer"'
  else if (newTab) open += ' rel="noopener"'
  if (newTab) open += ' target="_blank"'
  open += '>'
  state.inLink = true
  try {
    return element(
      open,
      `${newTab ? NEW_TAB_HINT : ''}</a>`,
      state,
      () => htmlChildren(node, 'inline', depth, state),
      'unwrap',
    )
  } finally {
    state.inLink = false
  }
}

const htmlNode = (value: unknown, context: Context, depth: number, state: HtmlState): string => {
  if (!isNode(value)) return ''
  state.nodes -= 1
  if (state.nodes < 0) return ''
  const inline = () => htmlChildren(value, 'inline', depth, state)
  switch (value.type) {
    case 'text':
      return htmlText(value, state)
    case 'linebreak':
      return take('<br>', state)
    case 'tab':
      return take(' ', state)
    case 'link':
    case 'autolink':
      return htmlLink(value, depth, state)
    case 'paragraph':
      return context === 'flow' ? element('<p class="govuk-body">', '</p>', state, inline) : inline()
    case 'heading': {
      if (context !== 'flow') return inline()
      const open = HEADINGS.get(value.tag) ?? '<h2 class="govuk-heading-m">'
      return element(open, `</${open.slice(1, 3)}>`, state, inline)
    }
    case 'quote':
      return context === 'flow'
        ? element('<blockquote class="govuk-inset-text">', '</blockquote>', state, inline)
        : inline()
    case 'list':
      return context === 'inline' ? inline() : htmlList(value, depth, state)
    case 'horizontalrule':
      return context === 'flow' ? take(HR, state) : ''
    default:
      // Unknown nodes (and list items outside a list): their children only, never their own markup.
      return htmlChildren(value, context, depth, state)
  }
}

/** Lexical rich text as GOV.UK-styled HTML: '' for anything that is not `{ root: {...} }`. */
export const richTextToHtml = (value: unknown, options: RichTextOptions = {}): string => {
  try {
    const root = rootOf(value)
    if (!root) return ''
    const state: HtmlState = {
      nodes: MAX_NODES,
      chars: MAX_OUTPUT,
      options,
      siteHost: hostOf(options.siteHost),
      inLink: false,
    }
    return htmlChildren(root, 'flow', 0, state, '\n')
  } catch {
    return ''
  }
}

// ---------------------------------------------------------------------------------------------
// Plain text

interface PlainState extends Budget {
  out: string
  /** Newlines owed before the next text: 1 between list items, 2 between blocks. */
  pending: number
}

const breakLine = (state: PlainState, count: number): void => {
  state.pending = Math.max(state.pending, count)
}

const write = (state: PlainState, text: string): void => {
  if (text === '') return
  if (state.out !== '' && state.pending > 0) state.out += '\n'.repeat(state.pending)
  state.pending = 0
  state.out += text
}

const plainChildren = (node: LexicalNode, depth: number, state: PlainState, inItem: boolean): void => {
  if (depth >= MAX_DEPTH) return
  for (const child of childrenOf(node)) {
    if (exhausted(state)) break
    plainNode(child, depth + 1, state, inItem)
  }
}

const plainNode = (value: unknown, depth: number, state: PlainState, inItem: boolean): void => {
  if (!isNode(value)) return
  state.nodes -= 1
  if (state.nodes < 0) return
  switch (value.type) {
    case 'text':
      if (typeof value.text === 'string') write(state, takeText(value.text, state, false))
      return
    case 'linebreak':
      write(state, takeText('\n', state, false))
      return
    case 'tab':
      write(state, takeText(' ', state, false))
      return
    case 'paragraph':
    case 'heading':
    case 'quote':
    case 'horizontalrule':
      breakLine(state, 2)
      plainChildren(value, depth, state, false)
      breakLine(state, 2)
      return
    case 'list':
      breakLine(state, inItem ? 1 : 2)
      plainChildren(value, depth, state, true)
      breakLine(state, inItem ? 1 : 2)
      return
    case 'listitem':
      breakLine(state, 1)
      plainChildren(value, depth, state, true)
      breakLine(state, 1)
      return
  }
  plainChildren(value, depth, state, inItem)
}

/** Lexical rich text as plain text: blocks separated by a blank line, list items by a newline. */
export const richTextToPlainText = (value: unknown): string => {
  try {
    const root = rootOf(value)
    if (!root) return ''
    const state: PlainState = { nodes: MAX_NODES, chars: MAX_OUTPUT, out: '', pending: 0 }
    plainChildren(root, 0, state, false)
    return state.out.trim()
  } catch {
    return ''
  }
}
