import { BadInputError, ErrorReason } from '@prongsai/common';
import { IMPORT_LIMITS } from './import-limits';

export const NOT_XLSX_MESSAGE = 'ไฟล์นี้ไม่ใช่ไฟล์ Excel (.xlsx) กรุณาบันทึกเป็น Excel Workbook (.xlsx) แล้วส่งใหม่';

const notXlsx = () => new BadInputError('file', ErrorReason.FILE_NOT_XLSX, NOT_XLSX_MESSAGE);

/**
 * Before any unzip: an .xlsx is a zip whose central directory lists `[Content_Types].xml` and
 * `xl/workbook.xml`. The declared unpacked sizes are checked against the limits here, so a zip bomb is a
 * 400 and never inflates; the unzipper (ExcelJS's) then only reads what was declared.
 */
export function checkXlsxZip(body: Buffer): void {
  if (body.length > IMPORT_LIMITS.maxBytes) {
    throw new BadInputError(
      'file',
      ErrorReason.FILE_TOO_LARGE,
      `ไฟล์ใหญ่เกินไป (${(body.length / 1024 / 1024).toFixed(1)} MB) นำเข้าได้ไม่เกิน ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MB ต่อครั้ง`,
    );
  }
  if (body.length < 22 || body.readUInt32LE(0) !== 0x04034b50) throw notXlsx();
  // End of central directory: the last record with its signature, within the final 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = body.length - 22; i >= Math.max(0, body.length - 22 - 0xffff); i -= 1) {
    if (body.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notXlsx();
  const entries = body.readUInt16LE(eocd + 10);
  let offset = body.readUInt32LE(eocd + 16);
  if (entries > IMPORT_LIMITS.maxZipEntries) throw notXlsx();
  const names = new Set<string>();
  let unpacked = 0;
  for (let n = 0; n < entries; n += 1) {
    if (offset + 46 > body.length || body.readUInt32LE(offset) !== 0x02014b50) throw notXlsx();
    const packed = body.readUInt32LE(offset + 20);
    const size = body.readUInt32LE(offset + 24);
    const nameLength = body.readUInt16LE(offset + 28);
    const extra = body.readUInt16LE(offset + 30);
    const comment = body.readUInt16LE(offset + 32);
    names.add(body.toString('utf8', offset + 46, offset + 46 + nameLength));
    unpacked += size;
    if (size > IMPORT_LIMITS.maxUnpackedBytes || unpacked > IMPORT_LIMITS.maxUnpackedBytes) throw tooBig();
    if (size > 1024 * 1024 && size / Math.max(packed, 1) > IMPORT_LIMITS.maxCompressionRatio) throw tooBig();
    offset += 46 + nameLength + extra + comment;
  }
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) throw notXlsx();
}

function tooBig(): BadInputError {
  return new BadInputError(
    'file',
    ErrorReason.FILE_TOO_LARGE,
    'ไฟล์นี้เมื่อแตกออกมีขนาดใหญ่ผิดปกติ (อาจเป็นไฟล์ที่ถูกดัดแปลง) จึงไม่นำเข้า',
  );
}
