import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';

/** True when the storefront has been built (`npm run build:web`) into `webDist`. */
export function storefrontBuilt(webDist: string): boolean {
  return existsSync(join(webDist, 'index.html'));
}

/**
 * The built storefront. Hashed assets never change, so they are cached for good; the shell is
 * revalidated every time, so a new build is picked up at once instead of pointing at assets that
 * are gone. Client-side routes fall back to the shell.
 */
export function storefrontRoutes(webDist: string): express.Router {
  const router = express.Router();
  router.use(
    express.static(webDist, {
      index: 'index.html',
      setHeaders: (res, path) =>
        res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
    }),
  );
  router.get(/^\/(?!graphql|health|webhooks).*/, (_req, res) =>
    res.sendFile(join(webDist, 'index.html'), { headers: { 'cache-control': 'no-cache' } }),
  );
  return router;
}
