import busboy from 'busboy';
import type { Request } from 'express';
import { BadInputError, ErrorReason } from '@prongsai/common';
import { IMPORT_LIMITS, NOT_XLSX_MESSAGE } from '@prongsai/imports';

const XLSX_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
]);

const tooLarge = () =>
  new BadInputError(
    'file',
    ErrorReason.FILE_TOO_LARGE,
    `ไฟล์ใหญ่เกินไป นำเข้าได้ไม่เกิน ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MB ต่อครั้ง`,
  );
const notXlsx = () => new BadInputError('file', ErrorReason.FILE_NOT_XLSX, NOT_XLSX_MESSAGE);

/** Reads a raw body up to the limit, refusing (and no longer reading) past it. */
function readRaw(req: Request): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > IMPORT_LIMITS.maxBytes) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > IMPORT_LIMITS.maxBytes) {
        req.removeAllListeners('data');
        req.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The first file of field `file` of a multipart body, up to the limit. */
function readMultipart(req: Request): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { files: 1, fileSize: IMPORT_LIMITS.maxBytes, fields: 10 },
      });
    } catch {
      reject(notXlsx());
      return;
    }
    let file: Buffer | null = null;
    let failed: BadInputError | null = null;
    parser.on('file', (name, stream) => {
      if (name !== 'file') {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => (failed = tooLarge()));
      stream.on('end', () => {
        if (!failed) file = Buffer.concat(chunks);
      });
    });
    parser.on('error', () => reject(notXlsx()));
    parser.on('close', () => {
      if (failed) reject(failed);
      else if (!file)
        reject(new BadInputError('file', ErrorReason.FILE_NOT_XLSX, 'ไม่พบไฟล์ในช่อง "file" ของแบบฟอร์ม'));
      else resolve(file);
    });
    req.pipe(parser);
  });
}

/**
 * The uploaded .xlsx: a raw body (`content-type` of an .xlsx, or octet-stream) or the multipart field
 * `file`. Any other type is refused before reading (400, Thai message); the content is checked later.
 */
export function readUpload(req: Request): Promise<Buffer> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'multipart/form-data') return readMultipart(req);
  if (XLSX_TYPES.has(type)) return readRaw(req);
  req.resume();
  return Promise.reject(notXlsx());
}
