/**
 * Whether the product runs as a real deployment or as a demonstration. Production is what the
 * operator asked for: NODE_ENV=production when the product was started. `npm start` records it
 * in FHD_DEPLOYMENT, because `next start` sets NODE_ENV=production itself.
 */
export const isProductionDeployment = (env: Record<string, string | undefined> = process.env): boolean =>
  env.FHD_DEPLOYMENT ? env.FHD_DEPLOYMENT === 'production' : env.NODE_ENV === 'production'
