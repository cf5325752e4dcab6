import { describe, expect, it } from 'vitest'
import { honeypotFilled, parseProblemReport, problemReportTitle } from '../../core/records/problem-report.ts'

const good = { service: 'stay-and-play', topic: 'times', details: 'The Tuesday session has moved to Wednesdays.' }

const errorsOf = (input: unknown) => {
  const result = parseProblemReport(input)
  return result.ok ? [] : result.errors
}
const messageFor = (field: string, over: Record<string, unknown>) =>
  errorsOf({ ...good, ...over }).find((e) => e.field === field)?.message

describe('a parent’s problem report', () => {
  it('accepts a report with only what is needed, and tidies it', () => {
    const result = parseProblemReport({
      ...good,
      details: '  The Tuesday session has moved.  ',
      name: ' ',
      email: '',
      page: '/services/stay-and-play/',
      website: '',
    })
    expect(result).toEqual({
      ok: true,
      value: {
        service: 'stay-and-play',
        topic: 'times',
        details: 'The Tuesday session has moved.',
        page: '/services/stay-and-play/',
      },
    })
  })

  it('keeps a name and email when given', () => {
    const result = parseProblemReport({ ...good, name: ' Jo Parent ', email: 'jo@example.org' })
    expect(result.ok && result.value).toMatchObject({ name: 'Jo Parent', email: 'jo@example.org' })
  })

  it('asks what is wrong when no topic is chosen or the topic is unknown', () => {
    const message = 'Choose what is wrong, for example “The days or times are wrong”.'
    expect(messageFor('topic', { topic: undefined })).toBe(message)
    expect(messageFor('topic', { topic: 'spam' })).toBe(message)
  })

  it('asks for at least 10 characters of details, not counting spaces around them', () => {
    const message = 'Tell us what is wrong: enter at least 10 characters.'
    expect(messageFor('details', { details: undefined })).toBe(message)
    expect(messageFor('details', { details: '   ' })).toBe(message)
    expect(messageFor('details', { details: '  ten chars!  ' })).toBeUndefined()
    expect(messageFor('details', { details: '  wrong   ' })).toBe(message)
    expect(messageFor('details', { details: 42 })).toBe(message)
  })

  it('refuses details over 2,000 characters, saying how many there are', () => {
    expect(messageFor('details', { details: 'x'.repeat(2000) })).toBeUndefined()
    expect(messageFor('details', { details: 'x'.repeat(2345) })).toBe(
      'Tell us what is wrong in 2,000 characters or fewer (you have entered 2,345).',
    )
  })

  it('refuses a name over 100 characters', () => {
    expect(messageFor('name', { name: 'N'.repeat(100) })).toBeUndefined()
    expect(messageFor('name', { name: 'N'.repeat(101) })).toBe('Your name must be 100 characters or fewer.')
  })

  it('refuses an email address that is not one, or is over 200 characters', () => {
    expect(messageFor('email', { email: 'jo at example' })).toBe(
      'Enter your email address in the right format, like name@example.org, or leave it empty.',
    )
    expect(messageFor('email', { email: 'jo@example' })).toBe(
      'Enter your email address in the right format, like name@example.org, or leave it empty.',
    )
    expect(messageFor('email', { email: `${'j'.repeat(190)}@example.org` })).toBe(
      'Your email address must be 200 characters or fewer.',
    )
  })

  it('refuses a page that is not a path on the site', () => {
    const message = 'We could not tell which page you were on. Go back to the service page and try again.'
    expect(messageFor('page', { page: 'https://elsewhere.example/' })).toBe(message)
    expect(messageFor('page', { page: '//elsewhere.example/' })).toBe(message)
    expect(messageFor('page', { page: `/services/${'x'.repeat(300)}/` })).toBe(message)
    expect(messageFor('page', { page: '/services/stay-and-play/' })).toBeUndefined()
  })

  it('refuses a missing or malformed service', () => {
    const message = 'We could not tell which service you are reporting. Go back to the service page and try again.'
    expect(messageFor('service', { service: undefined })).toBe(message)
    expect(messageFor('service', { service: '../admin' })).toBe(message)
  })

  it('refuses a filled honeypot, and notices one', () => {
    expect(messageFor('website', { website: 'http://spam.example' })).toBe(
      'Leave the box labelled “Leave this empty” empty.',
    )
    expect(honeypotFilled({ ...good, website: 'x' })).toBe(true)
    expect(honeypotFilled({ ...good, website: '  ' })).toBe(false)
    expect(honeypotFilled(good)).toBe(false)
  })

  it('lists every problem once, in the order of the form', () => {
    expect(
      errorsOf({ service: 'stay-and-play', details: 'short', email: 'nope', website: 'bot' }).map((e) => e.field),
    ).toEqual(['topic', 'details', 'email', 'website'])
  })

  it('refuses a body that is not an object, naming the fields it needs', () => {
    expect(errorsOf('topic=times').map((e) => e.field)).toEqual(['topic', 'details', 'service'])
    expect(errorsOf(null).map((e) => e.field)).toEqual(['topic', 'details', 'service'])
  })

  it('titles a report with the service and the topic in words', () => {
    expect(problemReportTitle('Stay and Play', 'times')).toBe('Stay and Play: The days or times are wrong')
  })
})

describe('the report form’s script and addresses', () => {
  it('reads the CMS’s answer: a thank-you, the field errors, or one message when anything else comes back', async () => {
    const { readAnswer, controlIdOf } = await import('../../site/browser/report-problem.ts')
    expect(readAnswer(201, { ok: true, id: 1, message: 'Thank you.' })).toEqual({ ok: true, message: 'Thank you.' })
    expect(
      readAnswer(400, { ok: false, errors: [{ field: 'details', message: 'Tell us.' }, { nonsense: 1 }] }),
    ).toEqual({ ok: false, errors: [{ field: 'details', message: 'Tell us.' }] })
    for (const [status, body] of [
      [500, undefined],
      [502, '<html>'],
      [200, { ok: false }],
    ] as const)
      expect(readAnswer(status, body)).toEqual({
        ok: false,
        errors: [
          {
            field: 'form',
            message:
              'Your report could not be sent. Check your connection and try again: what you typed is still here.',
          },
        ],
      })
    expect(controlIdOf('topic')).toBe('report-topic')
    expect(controlIdOf('form')).toBeUndefined()
    expect(controlIdOf('service')).toBeUndefined()
  })

  it('posts to CMS_URL, or to the admin npm start serves on PORT', async () => {
    const { cmsUrl } = await import('../../site/shared/cms-url.ts')
    expect(cmsUrl({ CMS_URL: 'https://cms.example.org/' })).toBe('https://cms.example.org')
    expect(cmsUrl({ PORT: '3100' })).toBe('http://localhost:3100')
    expect(cmsUrl({})).toBe('http://localhost:3000')
  })

  it('takes the sender’s address from the first entry of X-Forwarded-For, else one shared key', async () => {
    const { senderAddress, UNKNOWN_SENDER } = await import('../../cms/problem-reports/endpoint.ts')
    expect(senderAddress(new Headers({ 'X-Forwarded-For': ' 203.0.113.9 , 10.0.0.1' }))).toBe('203.0.113.9')
    expect(senderAddress(new Headers())).toBe(UNKNOWN_SENDER)
  })
})
