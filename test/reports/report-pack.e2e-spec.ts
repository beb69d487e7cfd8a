import { INestApplicationContext } from '@nestjs/common';
import JSZip from 'jszip';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { leadEmail, SUPERVISOR_14, TestApp } from '../setup/test-app';
import { FAST_JOBS_ENV, isolatedQueueEnv, until } from '../worker/reminder-fixtures';

const REQUEST = `mutation($p: String!, $y: Int!) { requestReportPack(provinceCode: $p, fiscalYear: $y) { id status total done } }`;
const PACK = `query($id: ID!) { reportPack(id: $id) { id status total done sizeBytes downloadUrl expiresAt error } }`;

interface Pack {
  id: string;
  status: string;
  total: number;
  done: number;
  sizeBytes: number | null;
  downloadUrl: string | null;
  expiresAt: string | null;
}

/**
 * The province report pack end to end: a supervisor asks, the worker builds a DOCX per LAO of the province
 * and the workbook, zips and stores them; progress over GraphQL; the download with the bearer token; expiry.
 */
describe('province report pack', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let supervisor: string;

  const download = (url: string, token: string) =>
    fetch(`${t.url}${url}`, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    t = await TestApp.create({ ...isolatedQueueEnv(), ...FAST_JOBS_ENV });
    worker = await createWorkerApp(t.config);
    supervisor = await t.token(SUPERVISOR_14);
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  it('builds one DOCX per LAO (in district folders) and the workbook, with progress, then serves the zip', async () => {
    const asked = await t.gql<{ requestReportPack: Pack }>(REQUEST, { p: '14', y: 2566 }, supervisor);
    expect(asked.errors).toBeUndefined();
    const { id } = asked.data!.requestReportPack;
    // Asking again while it is queued or running returns the same pack.
    const again = await t.gql<{ requestReportPack: Pack }>(REQUEST, { p: '14', y: 2566 }, supervisor);
    expect(again.data?.requestReportPack.id).toBe(id);

    let pack!: Pack;
    await until(
      'the pack is built',
      async () => {
        pack = (await t.gql<{ reportPack: Pack }>(PACK, { id }, supervisor)).data!.reportPack;
        return pack.status === 'DONE' || pack.status === 'FAILED';
      },
      120_000,
    );
    expect(pack).toMatchObject({
      status: 'DONE',
      total: 159,
      done: 159,
      downloadUrl: `/reports/packs/${id}.zip`,
    });
    expect(new Date(pack.expiresAt!).getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);

    const res = await download(pack.downloadUrl!, supervisor);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="report-pack\.zip"; filename\*=UTF-8''/,
    );
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    expect(names.filter((n) => n.endsWith('.docx'))).toHaveLength(158);
    expect(names.filter((n) => n.endsWith('.xlsx'))).toEqual(['สรุปผล ITA จังหวัดพระนครศรีอยุธยา 2566.xlsx']);
    expect(names).toContain(
      'อำเภอพระนครศรีอยุธยา/3140102 รายงานมาตรการ ITA เทศบาลนครพระนครศรีอยุธยา 2566.docx'.replace(
        /^.*\//,
        (m) => m,
      ),
    );
    expect(pack.sizeBytes).toBe(Number(res.headers.get('content-length')));
  });

  it('is for the province’s supervisors: a lead may not ask, and cannot download', async () => {
    const lead = await t.token(leadEmail('2140101'));
    const refused = await t.gql(REQUEST, { p: '14', y: 2566 }, lead);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [{ id }] = await t.db.ownerQuery<{ id: string }>(`SELECT id FROM report_packs LIMIT 1`);
    expect((await t.gql(PACK, { id }, lead)).data?.reportPack).toBeNull();
    const res = await download(`/reports/packs/${id}.zip`, lead);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'NOT_FOUND', reason: 'REPORT_PACK_NOT_FOUND' });
    expect((await fetch(`${t.url}/reports/packs/${id}.zip`)).status).toBe(401);
  });

  it('a year without a framework is refused before anything is queued', async () => {
    const before = await t.db.ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM report_packs`);
    const res = await t.gql(REQUEST, { p: '14', y: 2500 }, supervisor);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fiscalYear' });
    expect(await t.db.ownerQuery(`SELECT count(*)::int AS n FROM report_packs`)).toEqual(before);
  });

  it('after it expires the download says so (404 REPORT_PACK_EXPIRED)', async () => {
    const [{ id }] = await t.db.ownerQuery<{ id: string }>(
      `UPDATE report_packs SET expires_at = now() - interval '1 minute' WHERE status = 'DONE' RETURNING id`,
    );
    const res = await download(`/reports/packs/${id}.zip`, supervisor);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ reason: 'REPORT_PACK_EXPIRED' });
  });
});
