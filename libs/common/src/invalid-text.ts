/**
 * A NUL character, or a UTF-16 surrogate without its pair. PostgreSQL refuses both in text (NUL: "invalid
 * byte sequence"; a lone surrogate cannot be encoded as UTF-8), so they are refused where the request
 * arrives, as the client's error, instead of failing as a database error deep inside a transaction.
 */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const INVALID_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isInvalidText(value: string): boolean {
  return INVALID_TEXT.test(value);
}

/**
 * The dotted path (`input.title`, `steps.2`) of the first string inside `value` — or inside an object
 * key — that holds invalid text; `null` when there is none. `path` is the path of `value` itself.
 */
export function findInvalidText(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return isInvalidText(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findInvalidText(value[i], path ? `${path}.${i}` : String(i));
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (isInvalidText(key)) return childPath;
      const found = findInvalidText(child, childPath);
      if (found !== null) return found;
    }
  }
  return null;
}
