import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Browser, chromium } from 'playwright-core';
import { APP_CONFIG, AppConfig } from '@prongsai/config';

/**
 * Flags for a server without a display or a network: root needs --no-sandbox, and without the
 * background-networking flags Chromium keeps dialling Google's hosts (the same as test/setup/browser.ts).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * HTML → PDF through headless Chromium (HarfBuzz shapes Thai: stacked vowels, tone marks, line breaks
 * between words — what the fontkit-based PDF libraries get wrong). One browser per process, launched on
 * the first render and closed at shutdown; at most `pdfConcurrency` pages at once, the rest wait their turn.
 * Pages may not fetch anything: the HTML carries its fonts inline, and every request is aborted.
 */
@Injectable()
export class PdfRenderer implements OnApplicationShutdown {
  private readonly logger = new Logger(PdfRenderer.name);
  private browser: Promise<Browser> | null = null;
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async render(html: string): Promise<Buffer> {
    await this.acquire();
    try {
      const browser = await this.launched();
      const page = await browser.newPage();
      try {
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        // Runs in the page; the server is compiled without the DOM's types, hence the narrow cast.
        await page.evaluate(() =>
          (
            globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }
          ).document.fonts.ready.then(() => undefined),
        );
        return await page.pdf({ preferCSSPageSize: true, printBackground: true });
      } finally {
        await page.context().close();
      }
    } finally {
      this.release();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const pending = this.browser;
    this.browser = null;
    if (pending) await pending.then((b) => b.close()).catch(() => undefined);
  }

  private launched(): Promise<Browser> {
    if (!this.browser) {
      const launching = chromium
        .launch({ executablePath: this.config.reports.chromiumPath, headless: true, args: CHROMIUM_ARGS })
        .then((browser) => {
          // A crashed browser is launched again by the next render.
          browser.on('disconnected', () => {
            if (this.browser === launching) this.browser = null;
          });
          return browser;
        });
      launching.catch((error: unknown) => {
        this.logger.error(`chromium (${this.config.reports.chromiumPath}) did not start: ${String(error)}`);
        if (this.browser === launching) this.browser = null;
      });
      this.browser = launching;
    }
    return this.browser;
  }

  private acquire(): Promise<void> {
    if (this.active < this.config.reports.pdfConcurrency) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Hands the slot straight to the next waiter, so `active` never exceeds the bound. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active -= 1;
  }
}
