import { INestApplication, Logger } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { QUEUE_DASHBOARD_ROUTE } from '../admin/queue-dashboard.auth';

/**
 * Path prefixes the API answers itself: never the web app's index.html, so a mistyped API path is a clear
 * 404 and not a page. Everything else that asks for HTML is a route of the single-page app
 * (`../shared/ui/contract.md` lists the ones links depend on; the app shows its own "not found" for others).
 */
export const API_PATH_PREFIXES = [
  '/graphql',
  '/health',
  // The queue dashboard only: /admin itself and /admin/frameworks are pages of the web app.
  QUEUE_DASHBOARD_ROUTE,
  '/session',
  '/reports',
  '/posters',
  '/imports',
];

/** Where `npm run build:web` puts the app: apps/web/dist of the repository this code runs from. */
export function webAppDir(): string {
  // Sources (ts-jest) run from apps/api/src/web, the build from dist/apps/api/src/web: the repository is the
  // nearest folder up with a package.json.
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'apps', 'web', 'dist');
}

/** A layer of Express 5's router, as far as the fallback reads it. */
interface RouterLayer {
  route?: { path?: unknown; methods?: Record<string, boolean> };
  match(path: string): unknown;
}

const isQueueDashboard = (path: string) =>
  path === QUEUE_DASHBOARD_ROUTE || path.startsWith(`${QUEUE_DASHBOARD_ROUTE}/`);

const isApiPath = (path: string) =>
  API_PATH_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/**
 * The Content-Security-Policy of the web app's pages: scripts from the app's own origin only (no inline
 * script, no eval), API calls to the same origin, fonts and images self-hosted (data: for the icons Ant
 * Design inlines). `style-src 'unsafe-inline'` is the one concession: Ant Design 6 writes its styles at
 * run time into <style> elements (CSS-in-JS) and does not support nonces for all of them; styles cannot run
 * code, and script-src stays strict.
 */
export const WEB_APP_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
} as const;

/**
 * Serves the built web app from the API process: security headers on every response, hashed assets cached
 * for a year (their names change with their content), index.html never cached (it names the current
 * assets), and the SPA fallback for every non-API GET that asks for HTML. Without a build it answers 503
 * saying how to build one, so `npm run start:api` without the web app is still an API.
 */
export function serveWebApp(app: INestApplication, dir = webAppDir()): void {
  const logger = new Logger('WebApp');
  const security = helmet({ contentSecurityPolicy: { directives: { ...WEB_APP_CSP } } });
  // bull-board's dashboard ships inline scripts: it keeps helmet's other headers, not the app's CSP.
  const dashboardSecurity = helmet({ contentSecurityPolicy: false });
  app.use((req: Request, res: Response, next: NextFunction) =>
    (isQueueDashboard(req.path) ? dashboardSecurity : security)(req, res, next),
  );

  const index = join(dir, 'index.html');
  const built = existsSync(index);
  if (!built) logger.warn(`No web app build at ${dir}: run "npm run build:web" (the API works without it)`);

  const assets: RequestHandler = express.static(join(dir, 'assets'), {
    immutable: true,
    maxAge: '365d',
    fallthrough: false,
    index: false,
  });
  app.use('/assets', (req: Request, res: Response, next: NextFunction) =>
    built ? assets(req, res, next) : next(),
  );
  // Other files of the build (favicon, fonts copied as they are): short cache, revalidated.
  app.use(express.static(dir, { index: false, maxAge: '1h' }) as RequestHandler);

  // A GET route of the API (any controller, also ones added later or by tests) wins over the app's shell:
  // this middleware runs before Nest's router, so it asks the router whether one of its routes matches.
  const express5 = app.getHttpAdapter().getInstance() as {
    router?: { stack: RouterLayer[] };
    _router?: { stack: RouterLayer[] };
  };
  const isApiRoute = (path: string) =>
    (express5.router ?? express5._router)?.stack.some(
      (layer) =>
        layer.route?.methods?.get === true &&
        // Nest mounts middleware bound to every route (CLS, the request logger) as GET '/{*path}' routes:
        // those are not pages of the API. (So an API route of its own with a wildcard would lose HTML
        // requests to the app; there is none.)
        !String(layer.route.path).includes('*') &&
        Boolean(layer.match(path)),
    ) ?? false;

  app.use((req: Request, res: Response, next: NextFunction) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      isApiPath(req.path) ||
      !req.accepts('html') ||
      isApiRoute(req.path)
    ) {
      return next();
    }
    if (!built) {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The web app is not built: run "npm run build:web".');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
