/**
 * `attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>` (RFC 6266 / RFC 5987): every
 * browser saves the Thai name, and an old client still gets a safe ASCII one. Quotes, backslashes, path
 * separators and control characters never reach the header.
 */
export function attachmentDisposition(fileName: string, asciiFallback: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a header
  const safe = fileName.replace(/[\u0000-\u001f\u007f"\\/]/g, '_');
  const ascii = asciiFallback.replace(/[^\x20-\x7e]|["\\/]/g, '_');
  const encoded = encodeURIComponent(safe).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
