/** True when a save would publish: the admin's Publish button and API saves with _status "published". */
export const isPublishing = (data: unknown): boolean =>
  Boolean(data && typeof data === 'object' && (data as { _status?: unknown })._status === 'published')
