// Small text helpers shared by the templates (not part of the lib's public API).

const SUBJECT_MAX_WIDTH = 80;

/**
 * Subjects are one line: user text with a newline would otherwise end the header early, and a long measure
 * title (real ones run to a paragraph) pushes the due date out of sight in a mail client.
 */
export function oneLine(text: string, maxWidth = Number.POSITIVE_INFINITY): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return displayWidth(flat) <= maxWidth ? flat : `${truncateToWidth(flat, maxWidth - 1).trimEnd()}…`;
}

export function subjectTitle(title: string): string {
  return oneLine(title, SUBJECT_MAX_WIDTH);
}

// Thai vowel and tone marks above or below a consonant (Mn) take no column of their own; counting UTF-16
// units would mis-align every plain-text column holding a Thai name.
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) if (!ZERO_WIDTH.test(ch)) width += 1;
  return width;
}

export function padEndToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStartToWidth(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

// Cuts on grapheme boundaries so a tone mark is never left without its consonant.
function truncateToWidth(text: string, maxWidth: number): string {
  let out = '';
  for (const { segment } of new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(text)) {
    if (displayWidth(out + segment) > maxWidth) break;
    out += segment;
  }
  return out;
}

/**
 * Links in these emails come from APP_URL, but a javascript: or relative URL in an href would be a bug worth
 * failing on rather than mailing to hundreds of clerks.
 */
export function requireHttpUrl(url: string, field: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RangeError(`${field}: "${url}" is not an absolute URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new RangeError(`${field}: "${url}" must be an http(s) URL`);
  }
  return url;
}
