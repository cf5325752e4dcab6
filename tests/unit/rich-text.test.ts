import { describe, expect, it } from 'vitest'
import { paragraphsToLexical } from '../../cms/demo/lexical.ts'
import { richTextToHtml, richTextToPlainText } from '../../site/render/rich-text.ts'

type Node = Record<string, unknown>

const text = (value: string, format = 0, extra: Node = {}): Node => ({
  type: 'text',
  text: value,
  format,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
  ...extra,
})
const paragraph = (...children: Node[]): Node => ({
  type: 'paragraph',
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  children,
})
const doc = (...children: Node[]) => ({
  root: { type: 'root', direction: 'ltr', format: '', indent: 0, version: 1, children },
})
const item = (...children: Node[]): Node => ({ type: 'listitem', value: 1, children })
const list = (listType: string, items: Node[], extra: Node = {}): Node => ({
  type: 'list',
  listType,
  tag: listType === 'number' ? 'ol' : 'ul',
  start: 1,
  ...extra,
  children: items,
})
const link = (fields: Node, label = 'click', extra: Node = {}): Node => ({
  type: 'link',
  fields,
  ...extra,
  children: [text(label)],
})
/** One paragraph holding one node, rendered. */
const inParagraph = (node: Node, options?: Parameters<typeof richTextToHtml>[1]) =>
  richTextToHtml(doc(paragraph(node)), options)
const p = (html: string) => `<p class="govuk-body">${html}</p>`

const NEW_TAB = '<span class="govuk-visually-hidden"> (opens in new tab)</span>'
const VOID = new Set(['br', 'hr'])

/** Every element closed, in order. */
const isBalanced = (html: string): boolean => {
  const stack: string[] = []
  for (const [, closing, name] of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>/gi)) {
    if (!name || VOID.has(name)) continue
    if (!closing) stack.push(name)
    else if (stack.pop() !== name) return false
  }
  return stack.length === 0
}

/** Nothing that runs script or styles: checked in the markup (escaped text may say anything). */
const expectHarmless = (html: string) => {
  expect(html).not.toMatch(/<script/i)
  expect(html).not.toMatch(/javascript:/i)
  expect(html).not.toMatch(/style=/i)
  for (const [tag] of html.matchAll(/<[^>]*>/g)) {
    expect(tag).not.toMatch(/\son\w+\s*=/i)
    expect(tag).not.toMatch(/(?:vbscript|data):/i)
    expect(tag).toMatch(/^<\/?(?:p|h[2-4]|ul|ol|li|blockquote|a|span|strong|em|s|u|code|sub|sup|br|hr)[\s>]/)
  }
  expect(isBalanced(html)).toBe(true)
}

describe('rich text to HTML', () => {
  it('renders the demo articles (paragraphsToLexical) exactly', () => {
    const value = paragraphsToLexical([
      '## What to bring',
      'Come along with your baby & a blanket.',
      '- A towel',
      '- A drink',
      'See you there.',
    ])
    expect(richTextToHtml(value)).toBe(
      [
        '<h2 class="govuk-heading-m">What to bring</h2>',
        '<p class="govuk-body">Come along with your baby &amp; a blanket.</p>',
        '<ul class="govuk-list govuk-list--bullet"><li>A towel</li><li>A drink</li></ul>',
        '<p class="govuk-body">See you there.</p>',
      ].join('\n'),
    )
    expect(richTextToPlainText(value)).toBe(
      'What to bring\n\nCome along with your baby & a blanket.\n\nA towel\nA drink\n\nSee you there.',
    )
  })

  it('maps headings to h2–h4: the page owns its h1', () => {
    const heading = (tag: unknown) => richTextToHtml(doc({ type: 'heading', tag, children: [text('T')] }))
    expect(heading('h1')).toBe('<h2 class="govuk-heading-m">T</h2>')
    expect(heading('h2')).toBe('<h2 class="govuk-heading-m">T</h2>')
    expect(heading('h3')).toBe('<h3 class="govuk-heading-s">T</h3>')
    expect(heading('h4')).toBe('<h4 class="govuk-heading-s">T</h4>')
    expect(heading('h5')).toBe('<h4 class="govuk-heading-s">T</h4>')
    expect(heading('h6')).toBe('<h4 class="govuk-heading-s">T</h4>')
    expect(heading('script')).toBe('<h2 class="govuk-heading-m">T</h2>')
    expect(heading('__proto__')).toBe('<h2 class="govuk-heading-m">T</h2>')
  })

  it('applies the Lexical text format bits', () => {
    const formatted = (format: unknown) => inParagraph(text('x', format as number))
    expect(formatted(0)).toBe(p('x'))
    expect(formatted(1)).toBe(p('<strong>x</strong>'))
    expect(formatted(2)).toBe(p('<em>x</em>'))
    expect(formatted(4)).toBe(p('<s>x</s>'))
    expect(formatted(8)).toBe(p('<u>x</u>'))
    expect(formatted(16)).toBe(p('<code>x</code>'))
    expect(formatted(32)).toBe(p('<sub>x</sub>'))
    expect(formatted(64)).toBe(p('<sup>x</sup>'))
    expect(formatted(1 | 2 | 16)).toBe(p('<strong><em><code>x</code></em></strong>'))
    expect(formatted(128)).toBe(p('x')) // highlight: not rendered
    for (const garbage of ['1', -1, 1.5, Number.NaN, null]) expect(formatted(garbage)).toBe(p('x'))
    // Whitespace between formatted words is kept.
    expect(inParagraph({ type: 'unknown', children: [text('a', 1), text(' ', 2), text('b')] })).toBe(
      p('<strong>a</strong><em> </em>b'),
    )
  })

  it('renders line breaks, tabs, quotes and rules, and drops empty paragraphs', () => {
    expect(
      richTextToHtml(
        doc(paragraph(text('one'), { type: 'linebreak' }, text('two'), { type: 'tab', text: '\t' }, text('three'))),
      ),
    ).toBe(p('one<br>two three'))
    expect(richTextToHtml(doc({ type: 'quote', children: [text('Said')] }))).toBe(
      '<blockquote class="govuk-inset-text">Said</blockquote>',
    )
    expect(richTextToHtml(doc({ type: 'horizontalrule' }))).toBe(
      '<hr class="govuk-section-break govuk-section-break--m govuk-section-break--visible">',
    )
    expect(
      richTextToHtml(
        doc(paragraph(), paragraph(text('  ')), paragraph({ type: 'linebreak' }), paragraph(text('kept'))),
      ),
    ).toBe(p('kept'))
    expect(richTextToHtml(doc({ type: 'heading', tag: 'h2', children: [] }))).toBe('')
  })

  it('renders unknown nodes as their children only', () => {
    const upload = { type: 'upload', relationTo: 'media', value: 1, fields: { alt: '<x>' } }
    expect(richTextToHtml(doc(paragraph({ type: 'mark', tag: 'marquee', children: [text('kept')] }), upload))).toBe(
      p('kept'),
    )
    expect(
      richTextToHtml(doc({ type: 'block', fields: { blockType: 'x' }, children: [paragraph(text('inside'))] })),
    ).toBe(p('inside'))
    // Blocks where they cannot stand give up their own markup too.
    expect(
      richTextToHtml(
        doc(
          paragraph(
            paragraph(text('a')),
            { type: 'horizontalrule' },
            { type: 'heading', tag: 'h2', children: [text('b')] },
          ),
        ),
      ),
    ).toBe(p('ab'))
  })

  it('keeps nested lists nested, as Lexical stores them', () => {
    const nested = list('bullet', [
      item(text('Fruit')),
      item(list('bullet', [item(text('Apples')), item(text('Pears'))])),
      item(text('Bread')),
    ])
    expect(richTextToHtml(doc(nested))).toBe(
      '<ul class="govuk-list govuk-list--bullet"><li>Fruit</li><li><ul class="govuk-list govuk-list--bullet"><li>Apples</li><li>Pears</li></ul></li><li>Bread</li></ul>',
    )
    expect(
      richTextToHtml(doc(list('number', [item(text('One')), item(list('number', [item(text('One point one'))]))]))),
    ).toBe(
      '<ol class="govuk-list govuk-list--number"><li>One</li><li><ol class="govuk-list govuk-list--number"><li>One point one</li></ol></li></ol>',
    )
    expect(richTextToHtml(doc(list('check', [item(text('Done'))])))).toBe(
      '<ul class="govuk-list govuk-list--bullet"><li>Done</li></ul>',
    )
    // A stray node in a list gets an item of its own; an empty list gives nothing.
    expect(richTextToHtml(doc(list('bullet', [text('stray')])))).toBe(
      '<ul class="govuk-list govuk-list--bullet"><li>stray</li></ul>',
    )
    expect(richTextToHtml(doc(list('bullet', [])))).toBe('')
  })

  it('respects an ordered list’s start when it is a positive integer', () => {
    const start = (value: unknown) => richTextToHtml(doc(list('number', [item(text('x'))], { start: value })))
    expect(start(3)).toBe('<ol class="govuk-list govuk-list--number" start="3"><li>x</li></ol>')
    for (const ignored of [1, 0, -2, 2.5, '4', '"><script>', Number.POSITIVE_INFINITY, 1e300]) {
      expect(start(ignored)).toBe('<ol class="govuk-list govuk-list--number"><li>x</li></ol>')
    }
    expect(richTextToHtml(doc(list('bullet', [item(text('x'))], { start: 5 })))).toBe(
      '<ul class="govuk-list govuk-list--bullet"><li>x</li></ul>',
    )
  })
})

describe('links', () => {
  const options = { siteHost: 'families.example.org' }
  const a = (attributes: string, label = 'click') => p(`<a class="govuk-link" ${attributes}>${label}</a>`)

  it('renders custom links of each kind', () => {
    const custom = (url: string) => inParagraph(link({ linkType: 'custom', url, newTab: false }), options)
    expect(custom('https://www.nhs.uk/baby/')).toBe(a('href="https://www.nhs.uk/baby/" rel="noopener noreferrer"'))
    expect(custom('http://example.com/?a=1&b=2')).toBe(
      a('href="http://example.com/?a=1&amp;b=2" rel="noopener noreferrer"'),
    )
    expect(custom('https://families.example.org/hubs/')).toBe(a('href="https://families.example.org/hubs/"'))
    expect(custom('HTTPS://FAMILIES.example.org/hubs/')).toBe(a('href="HTTPS://FAMILIES.example.org/hubs/"'))
    expect(custom('https://evil.example.org.attacker.net/')).toBe(
      a('href="https://evil.example.org.attacker.net/" rel="noopener noreferrer"'),
    )
    expect(custom('/services/baby-massage')).toBe(a('href="/services/baby-massage"'))
    expect(custom('#opening-times')).toBe(a('href="#opening-times"'))
    expect(custom('mailto:hubs@example.gov.uk')).toBe(a('href="mailto:hubs@example.gov.uk"'))
    expect(custom('tel:+441234567890')).toBe(a('href="tel:+441234567890"'))
    expect(custom('  https://example.com/my file.pdf ')).toBe(
      a('href="https://example.com/my%20file.pdf" rel="noopener noreferrer"'),
    )
    // Without a siteHost every absolute http(s) link is external.
    expect(inParagraph(link({ linkType: 'custom', url: 'https://families.example.org/' }))).toBe(
      a('href="https://families.example.org/" rel="noopener noreferrer"'),
    )
  })

  it('accepts autolinks with the URL in fields or, in older data, at the top level', () => {
    expect(
      inParagraph(link({ linkType: 'custom', url: 'https://gov.uk' }, 'gov.uk', { type: 'autolink' }), options),
    ).toBe(a('href="https://gov.uk" rel="noopener noreferrer"', 'gov.uk'))
    expect(inParagraph({ type: 'autolink', url: 'https://gov.uk', children: [text('gov.uk')] }, options)).toBe(
      a('href="https://gov.uk" rel="noopener noreferrer"', 'gov.uk'),
    )
    expect(inParagraph({ type: 'link', url: '/older', children: [text('older')] }, options)).toBe(
      a('href="/older"', 'older'),
    )
  })

  it('opens in a new tab with rel noopener and says so', () => {
    expect(inParagraph(link({ linkType: 'custom', url: 'https://www.nhs.uk/', newTab: true }), options)).toBe(
      a(`href="https://www.nhs.uk/" rel="noopener noreferrer" target="_blank"`, `click${NEW_TAB}`),
    )
    expect(inParagraph(link({ linkType: 'custom', url: '/hubs/', newTab: true }), options)).toBe(
      a(`href="/hubs/" rel="noopener" target="_blank"`, `click${NEW_TAB}`),
    )
    expect(inParagraph(link({ linkType: 'custom', url: '/hubs/', newTab: 'yes' }), options)).toBe(a('href="/hubs/"'))
  })

  it('resolves internal links, and renders unresolved ones as text', () => {
    const calls: unknown[] = []
    const resolveInternalLink = (relationTo: string, id: string | number) => {
      calls.push([relationTo, id])
      if (relationTo === 'services' && id === 7) return '/services/baby-massage/'
      if (relationTo === 'hubs' && id === 'abc') return 'https://families.example.org/hubs/north/'
      if (relationTo === 'pages' && id === 1) return 'javascript:alert(1)'
      if (relationTo === 'pages' && id === 2) throw new Error('no such page')
      return undefined
    }
    const internal = (relationTo: string, value: unknown, newTab = false) =>
      inParagraph(link({ linkType: 'internal', newTab, doc: { relationTo, value } }), {
        ...options,
        resolveInternalLink,
      })
    expect(internal('services', 7)).toBe(a('href="/services/baby-massage/"'))
    expect(internal('services', { id: 7, title: 'Baby massage' })).toBe(a('href="/services/baby-massage/"')) // populated with depth
    expect(internal('hubs', 'abc')).toBe(a('href="https://families.example.org/hubs/north/"'))
    expect(internal('services', 7, true)).toBe(
      a(`href="/services/baby-massage/" rel="noopener" target="_blank"`, `click${NEW_TAB}`),
    )
    expect(calls).toContainEqual(['services', 7])
    // Unresolved, refused, throwing, malformed, or no resolver: the text alone.
    expect(internal('services', 8)).toBe(p('click'))
    expect(internal('pages', 1)).toBe(p('click'))
    expect(internal('pages', 2)).toBe(p('click'))
    expect(internal('services', null)).toBe(p('click'))
    expect(internal('services', { title: 'no id' })).toBe(p('click'))
    expect(inParagraph(link({ linkType: 'internal', doc: { value: 7 } }), { resolveInternalLink })).toBe(p('click'))
    expect(inParagraph(link({ linkType: 'internal', doc: { relationTo: 'services', value: 7 } }))).toBe(p('click'))
    // An internal link does not fall back to a stale url.
    expect(
      inParagraph(link({ linkType: 'internal', url: 'https://stale.example/', doc: { relationTo: 'x', value: 1 } }), {
        resolveInternalLink,
      }),
    ).toBe(p('click'))
  })

  it('never nests a link in a link and drops links without text', () => {
    const outer = { type: 'link', fields: { url: '/a' }, children: [text('a '), link({ url: '/b' }, 'b')] }
    expect(inParagraph(outer)).toBe(a('href="/a"', 'a b'))
    expect(inParagraph({ type: 'link', fields: { url: '/a' }, children: [] })).toBe('')
  })
})

describe('hostile input', () => {
  const linkTo = (url: string) => doc(paragraph(link({ linkType: 'custom', url, newTab: false })))
  const cases: [name: string, value: unknown, expected: string][] = [
    [
      'a script element as text',
      doc(paragraph(text('<script>alert(1)</script>'))),
      '&lt;script&gt;alert(1)&lt;/script&gt;',
    ],
    ['svg onload as text', doc(paragraph(text('<svg onload=alert(1)>'))), '&lt;svg onload=alert(1)&gt;'],
    ['img onerror as text', doc(paragraph(text('<img src=x onerror=alert(1)>'))), '&lt;img src=x onerror=alert(1)&gt;'],
    [
      'quotes and ampersands as text',
      doc(paragraph(text(`"quoted" & 'single'`))),
      '&quot;quoted&quot; &amp; &#39;single&#39;',
    ],
    ['a javascript: link', linkTo('javascript:alert(1)'), p('click')],
    ['a JaVaScRiPt: link', linkTo('JaVaScRiPt:alert(1)'), p('click')],
    ['a link with leading spaces', linkTo('  javascript:alert(1)'), p('click')],
    ['a link with a tab in the scheme', linkTo('java\tscript:alert(1)'), p('click')],
    ['a link with a newline and NUL in the scheme', linkTo('java\nscr\u0000ipt:alert(1)'), p('click')],
    ['a link with a zero-width space in the scheme', linkTo('java\u200bscript:alert(1)'), p('click')],
    ['a link with a space before the colon', linkTo('javascript :alert(1)'), p('click')],
    ['a data: link', linkTo('data:text/html,<script>alert(1)</script>'), p('click')],
    ['a data: link in base64', linkTo('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='), p('click')],
    ['a vbscript: link', linkTo('vbscript:msgbox(1)'), p('click')],
    ['a protocol-relative link', linkTo('//evil.example/'), p('click')],
    ['a backslash link', linkTo('/\\evil.example/'), p('click')],
    ['a relative link without a slash', linkTo('evil.html'), p('click')],
    ['an entity-encoded colon', linkTo('javascript&colon;alert(1)'), p('click')],
    ['a non-string url', linkTo({ toString: () => 'javascript:alert(1)' } as unknown as string), p('click')],
    [
      'an attribute break-out in a URL',
      linkTo('https://example.com/" onmouseover="alert(1)'),
      'href="https://example.com/&quot;%20onmouseover=&quot;alert(1)"',
    ],
    [
      'CSS expression() in style properties',
      doc({
        ...paragraph(text('styled', 0, { style: 'width: expression(alert(1)); background: url(javascript:alert(1))' })),
        style: 'color: expression(alert(1))',
      }),
      p('styled'),
    ],
    [
      'other attributes on nodes',
      doc({ type: 'paragraph', onclick: 'alert(1)', class: 'x" onclick="y', id: 'z', children: [text('plain')] }),
      p('plain'),
    ],
    [
      'a heading tag with markup',
      doc({ type: 'heading', tag: 'h2 onclick=alert(1)', children: [text('T')] }),
      '<h2 class="govuk-heading-m">T</h2>',
    ],
    [
      'a list type with markup',
      doc({ type: 'list', listType: '"><script>', tag: 'ol onclick=x', children: [item(text('i'))] }),
      '<li>i</li>',
    ],
    [
      'right-to-left overrides',
      doc(paragraph(text('invoice\u202Egnp.exe \u2066x\u2069 \u202Ay\u202C'))),
      p('invoicegnp.exe x y'),
    ],
    ['emoji', doc(paragraph(text('Stay & play 👩‍👧‍👦 🎉 🇬🇧'))), p('Stay &amp; play 👩‍👧‍👦 🎉 🇬🇧')],
  ]

  it.each(cases)('%s', (_name, value, expected) => {
    const html = richTextToHtml(value, {
      siteHost: 'families.example.org',
      resolveInternalLink: () => 'javascript:alert(1)',
    })
    expectHarmless(html)
    expect(html).toContain(expected)
    // eslint-disable-next-line no-control-regex -- NUL must not reach the page
    expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u0000]/)
  })

  it('keeps a 10,000-character text whole', () => {
    const long = '<b>'.repeat(3334).slice(0, 10_000)
    const html = richTextToHtml(doc(paragraph(text(long))))
    expectHarmless(html)
    expect(html).toBe(p('&lt;b&gt;'.repeat(3333) + '&lt;'))
  })

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', '<script>alert(1)</script>'],
    ['an array', [doc(paragraph(text('x')))]],
    ['a root that is a string', { root: 'x' }],
    ['a root that is an array', { root: [paragraph(text('x'))] }],
    ['an empty object', {}],
    ['children that are not an array', { root: { type: 'root', children: 'x' } }],
    ['children that are not nodes', { root: { type: 'root', children: [null, 1, 'text', [], true] } }],
  ])('gives nothing for %s', (_name, value) => {
    expect(richTextToHtml(value)).toBe('')
    expect(richTextToPlainText(value)).toBe('')
  })

  it('stops descending past 50 levels (1,000-deep nesting) and stays balanced', () => {
    let lists: Node = text('bottom')
    for (let i = 0; i < 1000; i++) lists = i % 2 === 0 ? item(lists) : list('bullet', [lists])
    let unknown: Node = text('bottom')
    for (let i = 0; i < 1000; i++) unknown = { type: 'wrapper', children: [unknown, text(`${i}`)] }
    for (const value of [doc(lists), doc(paragraph(unknown)), doc(unknown)]) {
      const html = richTextToHtml(value)
      expectHarmless(html)
      expect(html).not.toContain('bottom')
      expect(html.length).toBeLessThan(2_000)
      expect(richTextToPlainText(value)).not.toContain('bottom')
    }
    // Within the limit, nothing is lost.
    let shallow: Node = text('bottom')
    for (let i = 0; i < 40; i++) shallow = { type: 'wrapper', children: [shallow] }
    expect(richTextToHtml(doc(paragraph(shallow)))).toBe(p('bottom'))
  })

  it('stops at about 200,000 characters, closing what it opened', () => {
    const huge = richTextToHtml(doc(paragraph(text('x'.repeat(1_000_000)))))
    expect(huge.length).toBeLessThanOrEqual(200_000)
    expect(huge).toMatch(/^<p class="govuk-body">x+<\/p>$/)

    const manyParagraphs = doc(
      ...Array.from({ length: 5_000 }, (_, i) => paragraph(text(`Paragraph ${i} `, 1), text('<&>'.repeat(30)))),
    )
    const many = richTextToHtml(manyParagraphs)
    expect(many.length).toBeLessThanOrEqual(200_000)
    expect(many.length).toBeGreaterThan(150_000)
    expectHarmless(many)

    const emoji = richTextToHtml(doc(list('bullet', [item(link({ url: 'https://x.example/' }, '🎉'.repeat(150_000)))])))
    expect(emoji.length).toBeLessThanOrEqual(200_000)
    expect(emoji).toMatch(/(🎉)+<\/a><\/li><\/ul>$/u)
    expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/)
    expectHarmless(emoji)

    const wide = doc(
      { type: 'paragraph', children: Array.from({ length: 1_000_000 }, () => ({ type: 'wrapper' })) },
      paragraph(text('after')),
    )
    expect(richTextToHtml(wide)).toBe('') // the node budget is spent before "after"
  })
})

describe('rich text to plain text', () => {
  it('separates blocks with a blank line and list items with a newline', () => {
    const value = doc(
      { type: 'heading', tag: 'h2', children: [text('Title')] },
      paragraph(
        text('Bold', 1),
        text(' and '),
        link({ url: 'javascript:alert(1)' }, 'a link'),
        { type: 'linebreak' },
        text('next'),
        { type: 'tab' },
        text('line'),
      ),
      list('bullet', [item(text('One')), item(list('bullet', [item(text('One a'))])), item(text('Two'))]),
      { type: 'horizontalrule' },
      { type: 'quote', children: [text('<Quoted> & "kept"')] },
      paragraph(),
      paragraph(text('Bidi\u202E gone\u0000')),
    )
    expect(richTextToPlainText(value)).toBe(
      'Title\n\nBold and a link\nnext line\n\nOne\nOne a\nTwo\n\n<Quoted> & "kept"\n\nBidi gone',
    )
  })

  it('keeps emoji and caps the length', () => {
    expect(richTextToPlainText(doc(paragraph(text('Stay & play 🎉'))))).toBe('Stay & play 🎉')
    expect(richTextToPlainText(doc(paragraph(text('x'.repeat(500_000))))).length).toBe(200_000)
  })
})
