/**
 * The CMS's public address, where the site's forms post (the "Report something wrong" form):
 * CMS_URL when set; otherwise the admin that `npm start` serves on this machine, on PORT (3000).
 * Read at build time: the address is written into the pages.
 */
export const cmsUrl = (env: Record<string, string | undefined> = process.env): string =>
  (env.CMS_URL?.trim() || `http://localhost:${env.PORT?.trim() || '3000'}`).replace(/\/+$/, '')
