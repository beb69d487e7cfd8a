import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { ErrorReason } from '@prongsai/common';
import { JobName, JobQueue } from '@prongsai/jobs';
import { ItaWorld, itaWorld, OwnerProbe } from '../ita/ita-fixtures';
import { TestApp } from '../setup/test-app';
import { FAST_JOBS_ENV, isolatedQueueEnv, until } from '../worker/reminder-fixtures';

const OUT = mkdtempSync(join(tmpdir(), 'prongsai-posters-'));
const ITAS = 'https://itas.nacc.go.th/go';

/** Renders every page of a PDF to PNG (150 dpi, about what a phone camera sees of an A4 at arm's length). */
function pagesAsPng(pdf: Buffer, name: string, dpi = 150): string[] {
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), file, join(OUT, name)]);
  return readdirSync(OUT)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => join(OUT, f));
}

/** What a real decoder (zbar) reads from one image: every QR code's text. */
function decodeQr(png: string): string[] {
  const out = execFileSync('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', png], {
    encoding: 'utf8',
  });
  return out.split('\n').filter(Boolean);
}

const pageCount = (pdf: Buffer, name: string) => {
  const file = join(OUT, `${name}-info.pdf`);
  writeFileSync(file, pdf);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
};
const pdfText = (pdf: Buffer, name: string) => {
  const file = join(OUT, `${name}-text.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

describe('survey posters over HTTP (files.md), and the province pack through the worker', () => {
  let t: TestApp;
  let w: ItaWorld;
  let db: OwnerProbe;
  let worker: Awaited<ReturnType<typeof createWorkerApp>>;
  let thirdOrgId: string;
  let noCodeOrgId: string;

  beforeAll(async () => {
    t = await TestApp.create({ ...isolatedQueueEnv(), ...FAST_JOBS_ENV });
    worker = await createWorkerApp(t.config);
    await worker.init();
    w = await itaWorld(t);
    db = await OwnerProbe.open(t);
    const [third, noCode] = await db.query<{ id: string }>(
      `SELECT id FROM organizations WHERE province_code = '14' AND id <> ALL ($1::uuid[]) ORDER BY code LIMIT 2`,
      [[w.orgId, w.otherOrgId]],
    );
    thirdOrgId = third.id;
    noCodeOrgId = noCode.id;
    const target = (org: string, tool: string, code: string | null, fy = 2566) =>
      db.query(
        `INSERT INTO survey_targets (organization_id, fiscal_year, tool, access_code) VALUES ($1, $2, $3, $4)`,
        [org, fy, tool, code],
      );
    await target(w.orgId, 'IIT', '15596d');
    await target(w.orgId, 'EIT', 'a7k2p9');
    await target(w.otherOrgId, 'EIT', 'b3m8q1');
    await target(w.otherOrgId, 'IIT', null);
    await target(thirdOrgId, 'IIT', 'c4n7r2');
    await target(noCodeOrgId, 'IIT', null);
    await target(noCodeOrgId, 'EIT', 'z9z9z9', 2567); // another year's code prints nothing for 2566
  });
  afterAll(async () => {
    await db?.close();
    await worker?.close();
    await t?.close();
  });

  const request = async (path: string, token?: string, method = 'GET') => {
    const res = await fetch(`${t.url}${path}`, {
      method,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const type = res.headers.get('content-type') ?? '';
    const bytes = Buffer.from(await res.arrayBuffer());
    return {
      status: res.status,
      type,
      disposition: res.headers.get('content-disposition') ?? '',
      bytes,
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read responses loosely
      json: type.includes('json') ? (JSON.parse(bytes.toString('utf8')) as Record<string, any>) : null,
    };
  };
  const posterPath = (org: string, year = '2566') => `/posters/organizations/${org}/surveys-${year}.pdf`;

  describe('one LAO: GET /posters/organizations/:id/surveys-:fiscalYear.pdf', () => {
    it('is a page per tool with a code, whose QR codes decode to the exact ITAS survey URLs', async () => {
      const res = await request(posterPath(w.orgId), w.tokens.lead);
      expect(res.status).toBe(200);
      expect(res.type).toBe('application/pdf');
      expect(res.disposition).toBe(
        `attachment; filename="survey-posters-2566.pdf"; filename*=UTF-8''${encodeURIComponent(
          'โปสเตอร์แบบวัด ITA เทศบาลเมืองอโยธยา 2566.pdf',
        )}`,
      );
      expect(pageCount(res.bytes, 'own')).toBe(2);
      const pngs = pagesAsPng(res.bytes, 'own');
      expect(pngs).toHaveLength(2);
      expect(decodeQr(pngs[0])).toEqual([`${ITAS}/iit/15596d`]);
      expect(decodeQr(pngs[1])).toEqual([`${ITAS}/eit/a7k2p9`]);
    });

    it('still scans when printed coarsely (72 dpi: the size a metre away gives a phone camera)', async () => {
      const res = await request(posterPath(w.orgId), w.tokens.lead);
      const pngs = pagesAsPng(res.bytes, 'own-72', 72);
      expect(pngs.flatMap(decodeQr)).toEqual([`${ITAS}/iit/15596d`, `${ITAS}/eit/a7k2p9`]);
    });

    it('prints the LAO, the Thai invitation of each tool, the access code and the fiscal year in Thai', async () => {
      const res = await request(posterPath(w.orgId), w.tokens.lead);
      const text = pdfText(res.bytes, 'own');
      const [iit, eit] = text.split('\f');
      expect(iit).toContain('เทศบาลเมืองอโยธยา');
      expect(iit).toContain('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)');
      expect(iit).toContain('ขอเชิญบุคลากรที่ปฏิบัติงานในหน่วยงานมาแล้วไม่น้อยกว่า ๑ ปี');
      expect(iit).toContain('สแกน QR Code');
      expect(iit).toContain('รหัสสำหรับเข้าตอบแบบวัด');
      expect(iit).toContain('15596d');
      expect(iit).toContain('ประจำปีงบประมาณ พ.ศ. ๒๕๖๖');
      expect(eit).toContain('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)');
      expect(eit).toContain('ขอเชิญผู้รับบริการและผู้มาติดต่อราชการกับหน่วยงาน');
      expect(eit).toContain('a7k2p9');
      expect(eit).not.toContain('15596d');
    });

    it('prints only the tools that have a code (EIT only here)', async () => {
      const res = await request(posterPath(w.otherOrgId), w.tokens.supervisor);
      expect(res.status).toBe(200);
      expect(pagesAsPng(res.bytes, 'other').flatMap(decodeQr)).toEqual([`${ITAS}/eit/b3m8q1`]);
    });

    it('access: 401 without a token, 403 for another LAO or province, 200 for members, the supervisor and ADMIN', async () => {
      expect((await request(posterPath(w.orgId))).status).toBe(401);
      const stranger = await request(posterPath(w.orgId), w.tokens.stranger);
      expect(stranger.status).toBe(403);
      expect(stranger.json).toMatchObject({ code: 'FORBIDDEN' });
      expect((await request(posterPath(w.orgId), w.tokens.outsider)).status).toBe(403);
      for (const who of ['member', 'supervisor', 'admin'] as const) {
        expect((await request(posterPath(w.orgId), w.tokens[who])).status).toBe(200);
      }
    });

    it('an LAO without a code for the year: 404 with a Thai message saying what to do', async () => {
      const res = await request(posterPath(noCodeOrgId), w.tokens.supervisor);
      expect(res.status).toBe(404);
      expect(res.json).toMatchObject({ code: 'NOT_FOUND', reason: ErrorReason.SURVEY_ACCESS_CODE_MISSING });
      expect(res.json?.message).toMatch(/ยังไม่มีรหัสเข้าตอบแบบวัด IIT หรือ EIT ของปีงบประมาณ ๒๕๖๖.*ITAS/);
    });

    it('a malformed year is 400 on fiscalYear; a year without a framework too', async () => {
      const bad = await request(posterPath(w.orgId, '66'), w.tokens.lead);
      expect(bad.status).toBe(400);
      expect(bad.json).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fiscalYear' });
      const none = await request(posterPath(w.orgId, '2599'), w.tokens.lead);
      expect(none.status).toBe(400);
      expect(none.json).toMatchObject({
        field: 'fiscalYear',
        reason: ErrorReason.FISCAL_YEAR_WITHOUT_FRAMEWORK,
      });
    });
  });

  describe('the province pack (worker job)', () => {
    const start = (token?: string, province = '14', year = '2566') =>
      request(`/posters/provinces/${province}/surveys-${year}/packs`, token, 'POST');

    it('only the province supervisors and ADMIN may start or read one', async () => {
      expect((await start()).status).toBe(401);
      expect((await start(w.tokens.lead)).status).toBe(403);
      expect((await start(w.tokens.outsider)).status).toBe(403);
      expect((await start(w.tokens.supervisor, '14', '66')).status).toBe(400);
      expect(await db.query(`SELECT id FROM poster_packs`)).toEqual([]);
    });

    it('prints every LAO with a code into one PDF, with progress, and the QR codes decode to their URLs', async () => {
      const started = await start(w.tokens.supervisor);
      expect(started.status).toBe(202);
      const packId = started.json?.packId as string;
      expect(started.json).toMatchObject({
        provinceCode: '14',
        fiscalYear: 2566,
        progress: { total: 3 },
        downloadPath: null,
      });
      expect(['QUEUED', 'RENDERING', 'DONE']).toContain(started.json?.status);
      // Asking again while it is being made (or just made) never makes a second pack being made.
      const statusPath = `/posters/provinces/14/packs/${packId}`;
      expect((await request(statusPath, w.tokens.outsider)).status).toBe(403);
      expect((await request(statusPath, w.tokens.lead)).status).toBe(403);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read responses loosely
      let view: Record<string, any> = {};
      await until(
        'the poster pack',
        async () => {
          view = (await request(statusPath, w.tokens.supervisor)).json ?? {};
          return view.status === 'DONE' || view.status === 'FAILED';
        },
        90_000,
      );
      expect(view).toMatchObject({
        status: 'DONE',
        progress: { processed: 3, total: 3 },
        pages: 4,
        fileName: 'โปสเตอร์แบบวัด ITA จังหวัดพระนครศรีอยุธยา 2566.pdf',
        downloadPath: `/posters/provinces/14/packs/${packId}/surveys-2566.pdf`,
        error: null,
      });
      expect((await request(view.downloadPath as string, w.tokens.outsider)).status).toBe(403);
      const file = await request(view.downloadPath as string, w.tokens.supervisor);
      expect(file.status).toBe(200);
      expect(file.type).toBe('application/pdf');
      expect(file.disposition).toContain('filename="survey-posters-14-2566.pdf"');
      expect(file.bytes.length).toBe(view.byteSize);
      expect(pageCount(file.bytes, 'pack')).toBe(4);
      const urls = pagesAsPng(file.bytes, 'pack').flatMap(decodeQr);
      expect(urls.sort()).toEqual(
        [`${ITAS}/iit/15596d`, `${ITAS}/eit/a7k2p9`, `${ITAS}/eit/b3m8q1`, `${ITAS}/iit/c4n7r2`].sort(),
      );
      const text = pdfText(file.bytes, 'pack');
      expect(text).toContain('เทศบาลเมืองอโยธยา');
      expect(text).toContain('c4n7r2');
      expect((await request(view.downloadPath as string, w.tokens.admin)).status).toBe(200);
    });

    it('a second request after a finished pack makes a new one; two at once share one', async () => {
      const [a, b] = await Promise.all([start(w.tokens.supervisor), start(w.tokens.supervisor)]);
      expect(a.status).toBe(202);
      expect(b.status).toBe(202);
      expect(a.json?.packId).toBe(b.json?.packId);
      await until(
        'the second pack',
        async () => {
          const [row] = await db.query<{ status: string }>(`SELECT status FROM poster_packs WHERE id = $1`, [
            a.json?.packId,
          ]);
          return row.status === 'DONE';
        },
        90_000,
      );
      expect(await db.query(`SELECT id FROM poster_packs`)).toHaveLength(2);
    });

    it('a pack past its expiry is gone for readers (404, Thai) and the purge job deletes it, bytes and all', async () => {
      const [pack] = await db.query<{ id: string }>(
        `SELECT id FROM poster_packs ORDER BY created_at LIMIT 1`,
      );
      await db.query(`UPDATE poster_packs SET expires_at = now() - interval '1 second' WHERE id = $1`, [
        pack.id,
      ]);
      const res = await request(`/posters/provinces/14/packs/${pack.id}`, w.tokens.supervisor);
      expect(res.status).toBe(404);
      expect(res.json).toMatchObject({ reason: ErrorReason.POSTER_PACK_NOT_FOUND });
      expect(res.json?.message).toContain('หมดอายุ');
      await t.app.get(JobQueue).enqueue(JobName.PurgePosterPacks, {});
      await until('the purge', async () => (await db.query(`SELECT id FROM poster_packs`)).length === 1);
      expect(await db.query(`SELECT id FROM poster_packs WHERE id = $1`, [pack.id])).toEqual([]);
    });

    it('a province where no LAO has a code: 404 with a Thai message, nothing queued', async () => {
      const res = await start(w.tokens.supervisor, '14', '2567');
      // FY2567: only noCodeOrg has a code (EIT), so this one starts; a year with none refuses.
      expect(res.status).toBe(202);
      const none = await start(w.tokens.supervisor, '14', '2568');
      expect(none.status).toBe(404);
      expect(none.json).toMatchObject({ reason: ErrorReason.SURVEY_ACCESS_CODE_MISSING });
      expect(none.json?.message).toContain('อปท. ในจังหวัดพระนครศรีอยุธยา');
      expect(await db.query(`SELECT id FROM poster_packs WHERE fiscal_year = 2568`)).toEqual([]);
    });
  });
});
