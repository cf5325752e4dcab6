import type { Option } from '../../core/records/vocabulary.ts'

/** Payload wants mutable option lists; the vocabulary keeps them read-only. */
export const selectOptions = (options: readonly Option[]): { label: string; value: string }[] =>
  options.map((o) => ({ label: o.label, value: o.value }))
