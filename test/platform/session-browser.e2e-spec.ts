// page.evaluate callbacks run in the page: they use the DOM's globals.
/// <reference lib="dom" />
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { API_FEATURES } from '../../apps/api/src/api-features';
import { SESSION_COOKIE } from '../../apps/api/src/auth/session.controller';
import { launchBrowser, newThaiPage } from '../setup/browser';
import { DEMO_PASSWORD, leadEmail, TestApp } from '../setup/test-app';

const LEAD = leadEmail('2140101');

// A stand-in page: what the web app does with the session routes, in a script file (the CSP refuses inline
// scripts, which is checked here too).
const SCRIPT = `
window.signIn = async (email, password) => {
  const res = await fetch('/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  return { status: res.status, body: await res.json() };
};
window.refresh = async () => {
  const res = await fetch('/session/refresh', { method: 'POST' });
  return { status: res.status, body: await res.json() };
};
window.signOut = async () => (await fetch('/session', { method: 'DELETE' })).status;
window.me = async (token) => {
  const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token }, body: JSON.stringify({ query: '{ me { email } }' }) });
  return (await res.json()).data?.me?.email ?? null;
};
`;
const INDEX = `<!doctype html><html lang="th"><head><title>Prongsai</title><script src="/assets/app-1.js"></script>
<script>window.inlineRan = true;</script></head><body><main><h1>Prongsai</h1></main></body></html>`;

type Answer = { status: number; body: { accessToken?: string; reason?: string } };

/** In a real browser: the session survives a reload through its HttpOnly cookie, and scripts cannot read it. */
describe('the browser session in chromium', () => {
  let t: TestApp;
  let dir: string;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'prongsai-session-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'assets', 'app-1.js'), SCRIPT);
    t = await TestApp.create({}, API_FEATURES, { webAppDir: dir });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('signs in, survives a reload, keeps the token out of reach of scripts, and signs out', async () => {
    const { context, page } = await newThaiPage(browser);
    try {
      await page.goto(`${t.url}/organizations/anything`);
      expect(
        await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan),
      ).toBeUndefined();

      const signedIn = await page.evaluate(
        ([email, password]) =>
          (window as unknown as { signIn(e: string, p: string): Promise<Answer> }).signIn(email, password),
        [LEAD, DEMO_PASSWORD],
      );
      expect(signedIn.status).toBe(200);
      const cookies = await context.cookies();
      expect(cookies.find((c) => c.name === SESSION_COOKIE)).toMatchObject({
        httpOnly: true,
        secure: true,
        sameSite: 'Strict',
        path: '/session',
      });
      expect(await page.evaluate(() => document.cookie)).toBe('');
      expect(await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage))).toBe(
        '{}{}',
      );

      await page.reload();
      const restored = await page.evaluate(() =>
        (window as unknown as { refresh(): Promise<Answer> }).refresh(),
      );
      expect(restored.status).toBe(200);
      expect(
        await page.evaluate(
          (token) => (window as unknown as { me(t: string): Promise<string | null> }).me(token),
          restored.body.accessToken!,
        ),
      ).toBe(LEAD);

      expect(await page.evaluate(() => (window as unknown as { signOut(): Promise<number> }).signOut())).toBe(
        204,
      );
      await page.reload();
      const after = await page.evaluate(() =>
        (window as unknown as { refresh(): Promise<Answer> }).refresh(),
      );
      expect(after).toMatchObject({ status: 401, body: { reason: 'REFRESH_TOKEN_INVALID' } });
    } finally {
      await context.close();
    }
  });
});
