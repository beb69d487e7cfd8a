import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDiskStorage } from './local-disk-storage';

describe('LocalDiskStorage', () => {
  let dir: string;
  let storage: LocalDiskStorage;
  const later = () => new Date(Date.now() + 60_000);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'prongsai-storage-'));
    storage = new LocalDiskStorage(dir);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores and returns bytes with their metadata', async () => {
    await storage.put('report-packs/a.zip', Buffer.from('PK…'), {
      contentType: 'application/zip',
      expiresAt: later(),
    });
    const got = await storage.get('report-packs/a.zip');
    expect(got?.data.toString()).toBe('PK…');
    expect(got?.meta).toMatchObject({ contentType: 'application/zip', size: Buffer.from('PK…').length });
    expect(await storage.get('report-packs/b.zip')).toBeNull();
  });

  it('an expired file is gone for readers and removed by deleteExpired; a live one stays', async () => {
    await storage.put('p/old.zip', Buffer.from('old'), {
      contentType: 'application/zip',
      expiresAt: new Date(Date.now() - 1),
    });
    await storage.put('p/new.zip', Buffer.from('new'), {
      contentType: 'application/zip',
      expiresAt: later(),
    });
    expect(await storage.get('p/old.zip')).toBeNull();
    expect(await storage.deleteExpired()).toBe(1);
    expect(readdirSync(join(dir, 'p')).sort()).toEqual(['new.zip', 'new.zip.meta.json']);
  });

  it.each(['../escape.zip', '/etc/passwd', 'a/../../b', '', 'a//b', '.hidden'])(
    'refuses the key %p',
    async (key) => {
      await expect(
        storage.put(key, Buffer.from('x'), { contentType: 'x', expiresAt: later() }),
      ).rejects.toThrow(RangeError);
    },
  );

  it('delete removes the file and its metadata', async () => {
    await storage.put('x.zip', Buffer.from('x'), { contentType: 'application/zip', expiresAt: later() });
    await storage.delete('x.zip');
    expect(readdirSync(dir)).toEqual([]);
  });
});
