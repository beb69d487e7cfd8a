import { json, NextFunction, Request, RequestHandler, Response } from 'express';
import { ErrorReason } from '@prongsai/common';

/** The largest JSON body /graphql reads: the same 100 KiB as Nest's default body parser elsewhere. */
export const GRAPHQL_BODY_LIMIT_BYTES = 100 * 1024;

const MEDIA_TYPE_JSON = /^application\/json\s*(;|$)/i;

/**
 * Answers in GraphQL's error shape (`{ errors: [{ message, extensions: { code, reason } }] }`), with the
 * GraphQL-over-HTTP media type when the client accepts it, so a client reads every refusal of /graphql the
 * same way whatever layer refused it.
 */
function refuse(
  req: Request,
  res: Response,
  status: number,
  reason: ErrorReason,
  message: string,
  details: Record<string, unknown> = {},
): void {
  const type = /application\/graphql-response\+json/i.test(req.headers.accept ?? '')
    ? 'application/graphql-response+json; charset=utf-8'
    : 'application/json; charset=utf-8';
  res
    .status(status)
    .type(type)
    .send(
      JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', reason, ...details } }] }),
    );
}

function hasPersistedQuery(extensions: unknown): boolean {
  if (typeof extensions === 'string') {
    try {
      return hasPersistedQuery(JSON.parse(extensions));
    } catch {
      return false;
    }
  }
  return !!extensions && typeof extensions === 'object' && 'persistedQuery' in extensions;
}

/**
 * What /graphql refuses before Apollo sees the request, each as a client error in GraphQL's shape (Nest's
 * body parser would answer in its own shape, Apollo would answer some of these with 200 or 500):
 *  - a POST whose Content-Type is not application/json → 415 UNSUPPORTED_MEDIA_TYPE (this also answers the
 *    CSRF-prone simple types text/plain, form and multipart before anything runs);
 *  - a body over 100 KiB → 413 BODY_TOO_LARGE (`maximum`); a body that is not a JSON object → 400
 *    BODY_NOT_JSON (or 415 for a charset other than UTF-8);
 *  - automatic persisted queries (`extensions.persistedQuery`, POST or GET) → 400
 *    PERSISTED_QUERY_NOT_SUPPORTED: the web client sends full documents, and a hash cache every caller can
 *    fill is one more thing to bound. (Apollo's own answer is a 200, meant to make a client retry.)
 * The body is parsed here, so Nest's parser skips it (body-parser marks a parsed request).
 */
export function graphqlHttpGate(): RequestHandler {
  const parse = json({ limit: GRAPHQL_BODY_LIMIT_BYTES, strict: true });
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'GET') {
      if (hasPersistedQuery(req.query.extensions)) {
        refuse(
          req,
          res,
          400,
          ErrorReason.PERSISTED_QUERY_NOT_SUPPORTED,
          'Persisted queries are not supported: send the query',
        );
        return;
      }
      next();
      return;
    }
    if (req.method !== 'POST') {
      next();
      return;
    }
    if (!MEDIA_TYPE_JSON.test(req.headers['content-type'] ?? '')) {
      refuse(req, res, 415, ErrorReason.UNSUPPORTED_MEDIA_TYPE, 'Send the request as application/json');
      return;
    }
    parse(req, res, (err?: unknown) => {
      if (err) {
        const type = (err as { type?: string }).type;
        if (type === 'entity.too.large') {
          refuse(req, res, 413, ErrorReason.BODY_TOO_LARGE, 'The request body is too large', {
            maximum: GRAPHQL_BODY_LIMIT_BYTES,
          });
        } else if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
          refuse(req, res, 415, ErrorReason.UNSUPPORTED_MEDIA_TYPE, 'Send the request as UTF-8 JSON');
        } else {
          refuse(req, res, 400, ErrorReason.BODY_NOT_JSON, 'The request body is not a JSON object');
        }
        return;
      }
      const body: unknown = req.body;
      if (!body || typeof body !== 'object') {
        refuse(req, res, 400, ErrorReason.BODY_NOT_JSON, 'The request body is not a JSON object');
        return;
      }
      if (!Array.isArray(body) && hasPersistedQuery((body as { extensions?: unknown }).extensions)) {
        refuse(
          req,
          res,
          400,
          ErrorReason.PERSISTED_QUERY_NOT_SUPPORTED,
          'Persisted queries are not supported: send the query',
        );
        return;
      }
      next();
    });
  };
}
