import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_FEATURES } from '../../apps/api/src/api-features';
import { leadEmail, TestApp } from '../setup/test-app';

const INDEX =
  '<!doctype html><html lang="th"><head><script type="module" src="/assets/index-3f9a1c.js"></script></head><body><div id="root"></div></body></html>';
const html = { accept: 'text/html,application/xhtml+xml' };

/**
 * The API serves the web app: index.html for the app's routes (loaded directly or reloaded), hashed assets
 * cached for a year, security headers with a strict script policy, and never the app for an API path.
 * Uses a small stand-in build, so this runs without building apps/web.
 */
describe('the web app served by the API', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'prongsai-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'assets', 'index-3f9a1c.js'), 'console.log("app")');
    writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await TestApp.create({}, API_FEATURES, { webAppDir: dir });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    '/',
    '/login',
    '/organizations/7d0c1a52-1111-4e5b-9a43-0c2e7d9b1a77',
    '/organizations/7d0c1a52-1111-4e5b-9a43-0c2e7d9b1a77/measures?fiscalYear=2566',
    '/measures/7d0c1a52-1111-4e5b-9a43-0c2e7d9b1a77',
    '/organizations/7d0c1a52-1111-4e5b-9a43-0c2e7d9b1a77/oit',
    '/organizations/7d0c1a52-1111-4e5b-9a43-0c2e7d9b1a77/people',
    '/provinces/14',
    '/admin',
    '/admin/frameworks',
    '/admin/frameworks/7d0c1a52-1111-4e5b-9a43-0c2e7d9b1a77',
    '/organizations/7d0c1a52-1111-4e5b-9a43-0c2e7d9b1a77/carry-over',
    '/invitations/abc',
    '/reset-password/abc',
  ])('%s (loaded directly) is the app, not cached, with the strict policy', async (path) => {
    const res = await fetch(`${t.url}${path}`, { headers: html });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(INDEX);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('hashed assets are cached for a year; a missing asset is 404, not the app', async () => {
    const asset = await fetch(`${t.url}/assets/index-3f9a1c.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe('console.log("app")');
    const missing = await fetch(`${t.url}/assets/index-000000.js`, { headers: html });
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toBe(INDEX);
    const favicon = await fetch(`${t.url}/favicon.svg`);
    expect(favicon.status).toBe(200);
  });

  it.each([
    '/graphql',
    '/health',
    '/reports/organizations/x/measures-2566.docx',
    '/posters/x',
    '/imports/templates/measures.xlsx',
    '/session',
    '/admin/queues',
  ])('%s is never the app, even for a browser asking for HTML', async (path) => {
    const res = await fetch(`${t.url}${path}`, { headers: html, redirect: 'manual' });
    expect(await res.text()).not.toBe(INDEX);
  });

  it('GraphQL still answers beside it', async () => {
    const res = await t.gql(`{ frameworkYears }`, {}, await t.token(leadEmail('2140101')));
    expect(res.errors).toBeUndefined();
    expect(res.data?.frameworkYears).toEqual(expect.arrayContaining([2566]));
  });

  it('without a build, an app route says how to build it (503) and the API keeps working', async () => {
    const bare = await TestApp.create({}, API_FEATURES, { webAppDir: join(dir, 'nothing-here') });
    try {
      const res = await fetch(`${bare.url}/organizations/x`, { headers: html });
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('npm run build:web');
      expect((await fetch(`${bare.url}/health`)).status).toBe(200);
    } finally {
      await bare.close();
    }
  });
});
