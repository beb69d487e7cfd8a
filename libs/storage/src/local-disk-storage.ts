import { mkdir, readdir, readFile, rm, writeFile, rename } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { assertStorageKey, FileStorage, StoredFileMeta } from './file-storage';

const META = '.meta.json';

/**
 * Files under one directory (STORAGE_DIR): the bytes at `<dir>/<key>`, the metadata beside them at
 * `<key>.meta.json`. Writes go to a temporary name first and are renamed, so a reader never sees half a file.
 */
export class LocalDiskStorage implements FileStorage {
  constructor(private readonly dir: string) {}

  private path(key: string): string {
    assertStorageKey(key);
    return join(this.dir, key);
  }

  async put(key: string, data: Buffer, meta: Omit<StoredFileMeta, 'size'>): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    const stored: StoredFileMeta = { ...meta, size: data.length };
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, data);
    await writeFile(`${path}${META}`, JSON.stringify({ ...stored, expiresAt: meta.expiresAt.toISOString() }));
    await rename(temporary, path);
  }

  async get(key: string): Promise<{ data: Buffer; meta: StoredFileMeta } | null> {
    const path = this.path(key);
    const meta = await this.readMeta(`${path}${META}`);
    if (!meta || meta.expiresAt.getTime() <= Date.now()) return null;
    try {
      return { data: await readFile(path), meta };
    } catch {
      return null;
    }
  }

  async delete(key: string): Promise<void> {
    const path = this.path(key);
    await rm(path, { force: true });
    await rm(`${path}${META}`, { force: true });
  }

  async deleteExpired(now = new Date()): Promise<number> {
    let removed = 0;
    for (const metaPath of await this.metaFiles(this.dir)) {
      const meta = await this.readMeta(metaPath);
      if (meta && meta.expiresAt.getTime() > now.getTime()) continue;
      await this.delete(relative(this.dir, metaPath.slice(0, -META.length)));
      removed++;
    }
    return removed;
  }

  private async readMeta(path: string): Promise<StoredFileMeta | null> {
    try {
      const raw = JSON.parse(await readFile(path, 'utf8')) as Omit<StoredFileMeta, 'expiresAt'> & {
        expiresAt: string;
      };
      return { ...raw, expiresAt: new Date(raw.expiresAt) };
    } catch {
      return null;
    }
  }

  private async metaFiles(dir: string): Promise<string[]> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return [];
    }
    const found: string[] = [];
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) found.push(...(await this.metaFiles(p)));
      else if (e.name.endsWith(META)) found.push(p);
    }
    return found;
  }
}
