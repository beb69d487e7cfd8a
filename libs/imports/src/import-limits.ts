/** What one import takes at most (issue 13); the API's upload limit is the same `maxBytes`. */
export const IMPORT_LIMITS = {
  /** The .xlsx as uploaded. */
  maxBytes: 5 * 1024 * 1024,
  /** Data rows of the sheet (header rows not counted). */
  maxRows: 2000,
  /** The parts of the zip once unpacked, added up: a 5 MB workbook of text unpacks to far less. */
  maxUnpackedBytes: 100 * 1024 * 1024,
  /** Unpacked / packed of any one part: XML compresses ~10×, a zip bomb thousands of times. */
  maxCompressionRatio: 200,
  maxZipEntries: 2000,
} as const;
