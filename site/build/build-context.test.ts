import { describe, expect, it } from 'vitest'
import { apiRecordFilesOf, buildDate, siteUrlOf } from './build-context.ts'

const env = (values: Record<string, string>): NodeJS.ProcessEnv => values as NodeJS.ProcessEnv

describe('the settings a build reads', () => {
  it('builds for SITE_TODAY when set, else for today in London, and names a bad date', () => {
    expect(buildDate(env({ SITE_TODAY: '2027-02-10' }))).toBe('2027-02-10')
    // 23:30 UTC on 30 June is already 1 July in London (summer time).
    expect(buildDate(env({}), new Date('2027-06-30T23:30:00Z'))).toBe('2027-07-01')
    expect(() => buildDate(env({ SITE_TODAY: '10/02/2027' }))).toThrow('SITE_TODAY "10/02/2027" is not a date')
  })

  it('takes the public address without a trailing slash', () => {
    expect(siteUrlOf(env({ SITE_URL: 'https://families.example.org/' }))).toBe('https://families.example.org')
    expect(siteUrlOf(env({}))).toBe('http://localhost:4321')
  })

  it('writes a file per service in the static export only when SITE_API_RECORD_FILES is true, and names a bad value', () => {
    expect(apiRecordFilesOf(env({}))).toBe(false)
    expect(apiRecordFilesOf(env({ SITE_API_RECORD_FILES: 'false' }))).toBe(false)
    expect(apiRecordFilesOf(env({ SITE_API_RECORD_FILES: ' TRUE ' }))).toBe(true)
    expect(apiRecordFilesOf(env({ SITE_API_RECORD_FILES: '1' }))).toBe(true)
    expect(() => apiRecordFilesOf(env({ SITE_API_RECORD_FILES: 'yes please' }))).toThrow(
      'SITE_API_RECORD_FILES "yes please" is neither true nor false',
    )
  })
})
