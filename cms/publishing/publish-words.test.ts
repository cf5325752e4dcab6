import { describe, expect, it } from 'vitest'
import { changeInWords, changesInWords, lastPublishInWords, timeAgo } from './publish-words.ts'

// Monday 7 December 2026, 14:05 in London (GMT).
const now = new Date('2026-12-07T14:05:30.000Z')

describe('timeAgo, in London', () => {
  it.each([
    ['2026-12-07T14:05:00.000Z', 'just now'],
    ['2026-12-07T14:04:30.000Z', '1 minute ago'],
    ['2026-12-07T14:03:00.000Z', '2 minutes ago'],
    ['2026-12-07T13:06:00.000Z', '59 minutes ago'],
    ['2026-12-07T09:30:00.000Z', 'today at 09:30'],
    ['2026-12-06T23:59:00.000Z', 'yesterday at 23:59'],
    ['2026-12-03T10:00:00.000Z', 'on Thursday 3 December at 10:00'],
    ['2025-12-03T10:00:00.000Z', 'on Wednesday 3 December 2025 at 10:00'],
  ])('%s is "%s"', (at, words) => expect(timeAgo(at, now)).toBe(words))

  it('says the London time in summer, an hour ahead of UTC', () => {
    expect(timeAgo('2026-07-01T08:00:00.000Z', new Date('2026-07-01T15:00:00.000Z'))).toBe('today at 09:00')
    // 23:30 UTC on 30 June is already 1 July in London.
    expect(timeAgo('2026-06-30T23:30:00.000Z', new Date('2026-07-01T15:00:00.000Z'))).toBe('today at 00:30')
  })
})

describe('changeInWords: a build’s line as staff say it', () => {
  it.each([
    ['Session “Stay and Play at Birchwood” changed', 'Stay and Play at Birchwood changed'],
    ['Service “Baby Group” published', 'Baby Group added'],
    ['Venue “Birchwood Library” added', 'Birchwood Library added'],
    ['Session “Rhyme Time” unpublished', 'Rhyme Time taken off the site'],
    ['Article “Teething” deleted', 'Teething deleted'],
    ['Term date “Christmas “closure”” changed', 'Christmas “closure” changed'],
    ['The product started', 'everything, as the system started'],
    ['Publish now, asked by Sam Hubworker', 'everything, when Sam Hubworker pressed Publish now'],
    ['A new day (2026-12-07): dates and “this week” move on', 'the dates for a new day (Monday 7 December)'],
    [
      'Changes from the interrupted build: Session “Baby Group at Padgate” changed and 2 more changes',
      'Baby Group at Padgate changed, after a build was interrupted',
    ],
    ['Something the publisher has not said before', 'Something the publisher has not said before'],
  ])('%s → %s', (line, words) => expect(changeInWords(line)).toBe(words))
})

describe('changesInWords', () => {
  it('says one or two changes whole, and counts the rest', () => {
    expect(changesInWords('Session “A” changed')).toBe('A changed')
    expect(changesInWords('Session “A” changed\nService “B” published')).toBe('A changed and B added')
    expect(changesInWords('Session “A” changed\nService “B” published\nVenue “C” changed')).toBe(
      'A changed, B added and 1 more change',
    )
  })

  it('says a record changed several times once', () => {
    expect(changesInWords('Session “A” changed\nSession “A” changed\nSession “A” changed')).toBe('A changed')
  })

  it('adds the changes a long build left out of its list', () => {
    expect(changesInWords('Session “A” changed\nSession “B” changed\nand 48 more changes')).toBe(
      'A changed, B changed and 48 more changes',
    )
  })

  it('says so when nothing was recorded', () => expect(changesInWords('')).toBe('no changes recorded'))
})

describe('lastPublishInWords', () => {
  it('is the sentence the Site panel shows', () => {
    expect(
      lastPublishInWords(
        { finishedAt: '2026-12-07T14:03:10.000Z', changes: 'Session “Stay and Play at Birchwood” changed' },
        now,
      ),
    ).toBe('Published 2 minutes ago: Stay and Play at Birchwood changed')
  })

  it('reads the summary when a build kept no list of changes', () => {
    expect(lastPublishInWords({ finishedAt: '2026-12-07T14:05:10.000Z', summary: 'The product started' }, now)).toBe(
      'Published just now: everything, as the system started',
    )
  })
})
