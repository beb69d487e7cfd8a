import { escapeHtml } from './escape-html';

// Sarabun is the Thai government's official typeface; Tahoma is on every Windows office PC as a fallback.
const FONT = "'Sarabun', 'Tahoma', 'Leelawadee UI', sans-serif";

/** Wraps pre-escaped body HTML in a minimal document; inline styles because mail clients drop <style>. */
export function htmlDocument(title: string, bodyHtml: string): string {
  return [
    '<!doctype html>',
    '<html lang="th">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title></head>`,
    `<body style="margin:0;padding:24px;background:#f5f5f5;font-family:${FONT};font-size:16px;line-height:1.6;color:#222">`,
    '<div style="max-width:640px;margin:0 auto;background:#fff;padding:24px;border-radius:8px">',
    bodyHtml,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}

export function htmlLink(url: string, label: string): string {
  return `<a href="${escapeHtml(url)}" style="color:#0b5cad">${escapeHtml(label)}</a>`;
}

export function htmlButton(url: string, label: string): string {
  return (
    `<p><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 20px;background:#0b5cad;` +
    `color:#fff;text-decoration:none;border-radius:6px">${escapeHtml(label)}</a></p>`
  );
}

export function htmlFooter(lines: string[]): string {
  return `<hr style="border:none;border-top:1px solid #ddd;margin:24px 0 12px"><p style="font-size:13px;color:#666">${lines.join('<br>')}</p>`;
}
