/** What a stored file says about itself. */
export interface StoredFileMeta {
  contentType: string;
  /** After this the file is gone for readers and removed by `deleteExpired`. */
  expiresAt: Date;
  size: number;
}

/**
 * The storage port for produced files (report packs, poster packs): bytes by key, each with an expiry.
 * Never the database — packs are tens of megabytes and short-lived. `LocalDiskStorage` serves development
 * and a single-machine install; production with several API/worker machines plugs in an S3-compatible
 * implementation of the same four methods (see libs/storage/README.md).
 */
export interface FileStorage {
  put(key: string, data: Buffer, meta: Omit<StoredFileMeta, 'size'>): Promise<void>;
  /** Null when absent or expired. */
  get(key: string): Promise<{ data: Buffer; meta: StoredFileMeta } | null>;
  delete(key: string): Promise<void>;
  /** Removes every expired file; returns how many. */
  deleteExpired(now?: Date): Promise<number>;
}

export const FILE_STORAGE = Symbol('FILE_STORAGE');

/** Keys are paths of safe segments (`report-packs/<uuid>.zip`): no `..`, no absolute paths. */
export function assertStorageKey(key: string): void {
  if (!/^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/i.test(key) || key.includes('..')) {
    throw new RangeError(`storage key ${JSON.stringify(key)} is not a safe relative path`);
  }
}
