/**
 * Content safety from the CMS to the browser (issue 9): what an editor pastes, however hostile,
 * reaches a family's page as text. The CMS stores hostile text as text and refuses what its
 * fields cannot hold (a 10,000-character name, a javascript: website), naming the field; a site
 * built from a snapshot full of hostile values has no script, handler, style or javascript: URL
 * in any page, and in Chromium nothing of it runs.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStaticServer } from '../../site/server/static-server.ts'
import { loginToken, restRequest } from './helpers/rest.ts'
import { serviceData, useWorld } from './helpers/world.ts'

/** Each tries to set window.__pwned (or open a dialog) if it ever runs. */
const hostileStrings = [
  '<script>window.__pwned="script"</script>',
  '<svg onload="window.__pwned=\'svg\'"></svg>',
  '<img src=x onerror="window.__pwned=\'img\'">',
  '"><script>window.__pwned="attribute"</script>',
  "'><img src=x onerror=alert(1)>",
  '</script><script>window.__pwned="json-ld"</script>',
  '<a href="javascript:window.__pwned=\'link\'">click</a>',
  '<div style="width: expression(alert(1)); background: url(javascript:alert(1))">css</div>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  'invoice\u202Egnp.exe \u2066isolate\u2069',
  'Stay & play 👩‍👧‍👦 🎉 🇬🇧',
] as const
const everything = hostileStrings.join(' ')

const t = useWorld()
const rest = (method: string, url: string, token: string, body: unknown) =>
  restRequest(t.config, method, url, { token, body })

describe('the CMS, given hostile input by an editor', () => {
  let token: string
  beforeAll(async () => {
    token = await loginToken(t.config, t.world.passwords['hub-staff'])
  })
  const count = async () => (await t.payload.count({ collection: 'services', overrideAccess: true })).totalDocs

  it('keeps hostile text exactly as typed (it is text, and is escaped where it is shown)', async () => {
    const name = `Stay and play ${hostileStrings[1]}`.slice(0, 120)
    const response = await rest('POST', '/services?depth=0', token, {
      ...serviceData(name, t.world.orgOwn, t.world.hubOwn, t.world.category),
      summary: everything.slice(0, 300),
    })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number; name: string; summary: string } }
    expect(doc.name).toBe(name)
    expect(doc.summary).toBe(everything.slice(0, 300))
  })

  it.each([
    ['a 10,000-character name', { name: 'N'.repeat(10_000) }, 'name', /too long \(10000 characters\)/],
    ['a javascript: website', { contact: { website: 'javascript:alert(1)' } }, 'contact.website', /Contact website/],
    [
      'a data: booking link',
      { access: { methods: ['book'], bookingUrl: 'data:text/html,<script>alert(1)</script>' } },
      'access.bookingUrl',
      /Booking link/,
    ],
  ])('refuses %s with 400 naming the field, and stores nothing', async (_label, change, field, message) => {
    const before = await count()
    const base = serviceData(`Refused ${field}`, t.world.orgOwn, t.world.hubOwn, t.world.category)
    const response = await rest('POST', '/services?depth=0', token, { ...base, ...change })
    expect(response.status).toBe(400)
    const body = JSON.stringify(await response.json())
    expect(body).toContain(`"path":"${field}"`)
    expect(body).toMatch(message)
    expect(await count()).toBe(before)
  })
})

describe('the public site, built from hostile content', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hostile-site-'))
  const out = path.join(dir, 'out')
  let server: ReturnType<typeof createStaticServer>
  let port = 0

  beforeAll(() => {
    const raw = JSON.parse(readFileSync(new URL('../fixtures/demo-snapshot.json', import.meta.url), 'utf8'))
    const c = raw.collections
    const hostileText = (n: number) => hostileStrings[n % hostileStrings.length]!
    const lexical = {
      root: {
        type: 'root',
        children: [
          ...hostileStrings.map((s) => ({
            type: 'paragraph',
            children: [{ type: 'text', text: s, format: 0, style: 'background:url(javascript:alert(1))' }],
          })),
          {
            type: 'paragraph',
            children: [
              {
                type: 'link',
                fields: { linkType: 'custom', url: "javascript:window.__pwned='lexical'" },
                children: [{ type: 'text', text: 'a javascript: link' }],
              },
            ],
          },
          {
            type: 'paragraph',
            children: [
              {
                type: 'link',
                fields: { linkType: 'custom', url: 'https://www.example.org/help' },
                children: [{ type: 'text', text: 'an external link' }],
              },
            ],
          },
          { type: 'html', value: '<script>window.__pwned="html node"</script>', children: [] },
          {
            type: 'paragraph',
            onclick: 'window.__pwned=1',
            children: [{ type: 'text', text: 'attributes on a node' }],
          },
        ],
      },
    }
    const service = c.services[0]
    service.name = `Stay and Play ${hostileText(1)}`.slice(0, 120)
    service.summary = everything.slice(0, 300)
    service.description = everything
    c.hubs[0].description = everything
    c.venues[0].accessibilityNotes = everything.slice(0, 500)
    c.venues[0].directions = everything.slice(0, 500)
    c.organisations[0].description = everything
    c.articles[0].title = `Getting ready ${hostileText(0)}`.slice(0, 120)
    c.articles[0].summary = everything.slice(0, 300)
    c.articles[0].body = lexical
    const session = c.sessions.find((s: { service: number }) => s.service === service.id)
    session.bookingNotes = hostileText(2)
    for (const exception of session.exceptions) exception.reason = hostileText(5)
    const file = path.join(dir, 'hostile.json')
    writeFileSync(file, JSON.stringify(raw))
    const build = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'site/bin/build.ts', '--snapshot', file, '--out', out],
      {
        encoding: 'utf8',
        env: { ...process.env, SITE_TODAY: '2027-02-10', SITE_URL: 'http://localhost:4321' },
      },
    )
    if (build.status !== 0) throw new Error(`The hostile site did not build:\n${build.stdout}\n${build.stderr}`)
    server = createStaticServer({ root: out })
    return new Promise<void>((resolve) =>
      server.listen(0, '127.0.0.1', () => {
        port = (server.address() as { port: number }).port
        resolve()
      }),
    )
  }, 300_000)
  afterAll(() => {
    server?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const htmlFiles = (): string[] =>
    readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))

  it('has no script, event handler, inline style or javascript: URL in any page', () => {
    const files = htmlFiles()
    expect(files.length).toBeGreaterThan(100)
    let checked = 0
    for (const file of files) {
      // Inside a quoted attribute value "<" is only text (Astro escapes the quote): leave it out of the scan for tags.
      const html = readFileSync(path.join(out, file), 'utf8').replace(/="[^"]*"/g, (value) =>
        value.replace(/[<>]/g, ''),
      )
      for (const [tag, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        const data = /type="application\/(ld\+)?json"/.test(attributes)
        expect
          .soft(
            data || (/\bsrc="\/_astro\/[^"]+\.js"/.test(attributes) && body === ''),
            `${file}: ${tag.slice(0, 120)}`,
          )
          .toBe(true)
        // A data block cannot be closed early by what it holds.
        if (data) expect.soft(body, file).not.toMatch(/<\/?script|<!--/i)
      }
      for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
        // Attribute names only: a value may say anything.
        const names = tag.replace(/="[^"]*"/g, '')
        expect.soft(names, file).not.toMatch(/\son[a-z]+\s*=?/i)
        expect.soft(names, file).not.toMatch(/\sstyle\b/i)
        expect.soft(tag, file).not.toMatch(/(?:href|src|action)\s*=\s*"\s*(?:javascript|data|vbscript):/i)
      }
      expect.soft(html, file).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
      checked++
    }
    expect(checked).toBe(files.length)
    // The hostile text is there, as text.
    const servicePage = readFileSync(path.join(out, 'services/stay-and-play/index.html'), 'utf8')
    expect(servicePage).toContain('&lt;svg onload=')
    expect(servicePage).toContain('👩‍👧‍👦')
    const article = readFileSync(path.join(out, 'advice/getting-ready-for-your-baby/index.html'), 'utf8')
    expect(article).toContain('&lt;script&gt;window.__pwned=&quot;script&quot;&lt;/script&gt;')
    expect(article).toContain(
      '<a class="govuk-link" href="https://www.example.org/help" rel="noopener noreferrer">an external link</a>',
    )
    expect(article).not.toContain('html node')
  })

  it('runs none of it in Chromium, on the pages that show it and in search', async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    })
    try {
      const page = await browser.newPage()
      const dialogs: string[] = []
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      const blocked: string[] = []
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) blocked.push(message.text())
      })
      const base = `http://127.0.0.1:${port}`
      for (const address of [
        '/services/stay-and-play/',
        '/hubs/birchwood-family-hub/',
        '/venues/birchwood-family-hub/',
        '/advice/getting-ready-for-your-baby/',
        '/search/?q=stay+and+play',
        '/whats-on/',
      ]) {
        const response = await page.goto(base + address)
        expect(response?.status(), address).toBe(200)
        await page.waitForLoadState('networkidle')
        if (address.startsWith('/search/')) await page.locator('#search-results[data-search-state="done"]').waitFor()
        for (const link of await page
          .locator('a[href]')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
          expect.soft(link, address).not.toMatch(/^\s*javascript:/i)
        expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), address).toBeUndefined()
      }
      await page.screenshot({ path: 'test-results/hostile-service.png' })
      expect(dialogs).toEqual([])
      // Nothing hostile even got as far as the policy: it never became markup.
      expect(blocked).toEqual([])
    } finally {
      await browser.close()
    }
  }, 120_000)
})
