/**
 * Where a record is in review, in one sentence for the editor's sidebar:
 * "Waiting for review since 3 March 2026, 14:05", "Returned by Sam Hubworker on …", "Approved by … on …".
 * Pure: the server gathers the names, the admin component shows the words.
 */
import { londonDateTime } from '../../core/dates/london-format.ts'

export type ReviewStatus = 'waiting' | 'approved' | 'returned'

export interface ReviewState {
  /** The review request's id, to link to it. */
  id: number | string
  status: ReviewStatus
  submittedAt?: string | null
  /** The name of whoever sent it for review. */
  submittedBy?: string | null
  /** The reviewer's comment when it was returned. */
  comment?: string | null
  /** The last approval or return: who and when. */
  decidedBy?: string | null
  decidedAt?: string | null
}

const when = (value: string | null | undefined): string => londonDateTime(value) ?? 'an unknown date'

/** The sentence staff and partners read; a returned change's ends with the reviewer's comment. */
export const reviewStateText = (state: ReviewState): string => {
  switch (state.status) {
    case 'waiting':
      return `Waiting for review since ${when(state.submittedAt)}${state.submittedBy ? `, sent by ${state.submittedBy}` : ''}.`
    case 'returned':
      return `Returned by ${state.decidedBy ?? 'a reviewer'} on ${when(state.decidedAt)}${state.comment ? `: ${state.comment}` : '.'}`
    case 'approved':
      return `Approved by ${state.decidedBy ?? 'a reviewer'} on ${when(state.decidedAt)}.`
  }
}
