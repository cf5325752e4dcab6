import { describe, expect, it } from 'vitest'
import { escapeHtml } from './escape-html.ts'

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or an attribute, either quote included', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;',
    )
  })
  it('leaves other text, emoji and right-to-left letters as they are', () => {
    expect(escapeHtml('Stay and Play 🧸 مرحبا, 09:30')).toBe('Stay and Play 🧸 مرحبا, 09:30')
  })
  it('escapes an ampersand once, so an entity already typed shows as typed', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;')
  })
})
