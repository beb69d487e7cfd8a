import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The @font-face rules of Sarabun (OFL, from the `@fontsource/sarabun` package: regular and bold, the Thai
 * and Latin subsets with their unicode-ranges) with each woff2 inlined as a data: URL, so Chromium renders
 * and embeds the font without fetching anything. Read once per process.
 */
let cached: string | undefined;

export function sarabunFontCss(): string {
  if (cached !== undefined) return cached;
  const root = dirname(require.resolve('@fontsource/sarabun/package.json'));
  const faces: string[] = [];
  for (const weight of [400, 700]) {
    for (const subset of ['thai', 'latin']) {
      const css = readFileSync(join(root, `${subset}-${weight}.css`), 'utf8');
      const range = /unicode-range:\s*([^;]+);/.exec(css)?.[1];
      const file = join(root, 'files', `sarabun-${subset}-${weight}-normal.woff2`);
      const data = readFileSync(file).toString('base64');
      faces.push(
        `@font-face { font-family: 'Sarabun'; font-style: normal; font-weight: ${weight}; ` +
          `src: url(data:font/woff2;base64,${data}) format('woff2');` +
          (range ? ` unicode-range: ${range};` : '') +
          ' }',
      );
    }
  }
  cached = faces.join('\n');
  return cached;
}
