/** The life of a site build, in the words staff see in the Site panel. */
export const siteBuildStatuses = [
  { value: 'queued', label: 'Waiting to start' },
  { value: 'building', label: 'Building' },
  { value: 'published', label: 'Published' },
  { value: 'unchanged', label: 'No change to publish' },
  { value: 'failed', label: 'Failed: the last good site stays live' },
  { value: 'merged', label: 'Included in the next build' },
  { value: 'rolled-back', label: 'Replaced by an earlier build' },
] as const
export type SiteBuildStatus = (typeof siteBuildStatuses)[number]['value']
