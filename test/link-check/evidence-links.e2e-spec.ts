import { INestApplicationContext } from '@nestjs/common';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { JobName, JobQueue } from '@prongsai/jobs';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { SmtpSink } from '../setup/smtp-sink';
import { leadEmail, SUPERVISOR_14, TestApp } from '../setup/test-app';
import { FAST_JOBS_ENV, isolatedQueueEnv, until } from '../worker/reminder-fixtures';

const ORG = '3140102'; // เทศบาลนครพระนครศรีอยุธยา
const OTHER = '2140101';
const UPDATE = `mutation($input: UpdateOitItemInput!) { updateOitItem(input: $input) { code } }`;
const REVIEW = `mutation($input: ReviewOitItemInput!) { reviewOitItem(input: $input) { code review } }`;
const CHECK = `mutation($o: ID!) { checkEvidenceLinks(organizationId: $o, fiscalYear: 2566) }`;
const LINKS = `query($o: ID!) { evidenceLinks(organizationId: $o, fiscalYear: 2566) {
  url itemCode measureId brokenSince changedSinceAccepted
  lastCheck { outcome httpStatus finalUrl redirects contentType error checkedAt } } }`;

interface Link {
  url: string;
  itemCode: string | null;
  measureId: string | null;
  brokenSince: string | null;
  changedSinceAccepted: boolean;
  lastCheck: { outcome: string; httpStatus: number | null; checkedAt: string; redirects: number } | null;
}

/**
 * The checker end to end: an LAO's OIT answers and measure evidence link to pages on a local web server;
 * "check now" queues the worker's job; the results come back over GraphQL per link, a page changed since
 * the supervisor accepted it is flagged, and the weekly digest counts the broken links.
 */
describe('OIT evidence links checked by the worker', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let worker: INestApplicationContext;
  let server: http.Server;
  let base: string;
  let orgId: string;
  let lead: string;
  let notice = 'ประกาศเจตนารมณ์ No Gift Policy';

  const links = async () =>
    (await t.gql<{ evidenceLinks: Link[] }>(LINKS, { o: orgId }, lead)).data!.evidenceLinks;
  const checkAndWait = async () => {
    const before = (await links()).map((l) => l.lastCheck?.checkedAt ?? '');
    expect(await t.gql(CHECK, { o: orgId }, lead)).toEqual({ data: { checkEvidenceLinks: true } });
    await until('the check ran', async () =>
      (await links()).every((l, i) => l.lastCheck && l.lastCheck.checkedAt !== before[i]),
    );
    return links();
  };

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/notice') res.writeHead(200, { 'content-type': 'text/html' }).end(notice);
      else if (req.url === '/moved') res.writeHead(301, { location: '/notice' }).end();
      else res.writeHead(404).end('ไม่พบ');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    sink = await SmtpSink.start();
    t = await TestApp.create({
      ...isolatedQueueEnv(),
      ...FAST_JOBS_ENV,
      SMTP_URL: sink.url,
      LINK_CHECK_ALLOW_ADDRESSES: '127.0.0.1',
    });
    worker = await createWorkerApp(t.config);
    orgId = await t.orgId(ORG);
    lead = await t.token(leadEmail(ORG));
    const supervisor = await t.token(SUPERVISOR_14);
    for (const [itemCode, urls] of [
      ['O1', [`${base}/notice`]],
      ['O2', [`${base}/gone`, `${base}/moved`]],
    ] as const) {
      const res = await t.gql(
        UPDATE,
        {
          input: {
            organizationId: orgId,
            fiscalYear: 2566,
            itemCode,
            status: 'PUBLISHED',
            evidenceUrls: urls,
          },
        },
        lead,
      );
      expect(res.errors).toBeUndefined();
    }
    const m = await t.gql<{ createMeasure: { id: string } }>(
      `mutation($input: CreateMeasureInput!) { createMeasure(input: $input) { id } }`,
      {
        input: {
          organizationId: orgId,
          fiscalYear: 2566,
          title: 'ประกาศเจตนารมณ์ No Gift Policy',
          steps: ['จัดทำประกาศ'],
          responsible: 'สำนักปลัด',
          dueDate: '2022-12-27',
          indicatorCodes: ['10'],
        },
      },
      lead,
    );
    const added = await t.gql(
      `mutation($id: ID!, $url: String!) { addMeasureEvidence(measureId: $id, input: { url: $url, label: "ประกาศ" }) { id } }`,
      { id: m.data!.createMeasure.id, url: `${base}/gone` },
      lead,
    );
    expect(added.errors).toBeUndefined();
    // Accepted before any check: the baseline is the first check after the review.
    expect(
      (
        await t.gql(
          REVIEW,
          { input: { organizationId: orgId, fiscalYear: 2566, itemCode: 'O1', decision: 'ACCEPTED' } },
          supervisor,
        )
      ).errors,
    ).toBeUndefined();
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await sink?.close();
    await new Promise((r) => server?.close(r));
  });

  it('lists every evidence link, unchecked until the first run', async () => {
    const list = await links();
    expect(list.map((l) => [l.itemCode, l.measureId !== null, l.url, l.lastCheck])).toEqual([
      ['O1', false, `${base}/notice`, null],
      ['O2', false, `${base}/gone`, null],
      ['O2', false, `${base}/moved`, null],
      [null, true, `${base}/gone`, null],
    ]);
  });

  it('"check now" runs the worker job: OK, BROKEN with its status, redirects followed', async () => {
    const list = await checkAndWait();
    expect(
      list.map((l) => [l.url, l.lastCheck?.outcome, l.lastCheck?.httpStatus, l.lastCheck?.redirects]),
    ).toEqual([
      [`${base}/notice`, 'OK', 200, 0],
      [`${base}/gone`, 'BROKEN', 404, 0],
      [`${base}/moved`, 'OK', 200, 1],
      [`${base}/gone`, 'BROKEN', 404, 0],
    ]);
    const gone = list[1];
    expect(gone.brokenSince).toBe(gone.lastCheck!.checkedAt);
    expect(list.every((l) => !l.changedSinceAccepted)).toBe(true);
  });

  it('a page that changed after the supervisor accepted it is flagged; broken stays broken since the first failure', async () => {
    const first = await links();
    notice = 'ประกาศเจตนารมณ์ (แก้ไขแล้ว ไม่ตรงกับที่ตรวจ)';
    const list = await checkAndWait();
    expect(list[0]).toMatchObject({
      itemCode: 'O1',
      changedSinceAccepted: true,
      lastCheck: { outcome: 'OK' },
    });
    // Not accepted, so not flagged, although the same page changed.
    expect(list[2]).toMatchObject({ itemCode: 'O2', changedSinceAccepted: false });
    expect(list[1].brokenSince).toBe(first[1].brokenSince);
    const [{ n }] = await t.db.ownerQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM link_check_results WHERE organization_id = $1`,
      [orgId],
    );
    expect(n).toBe(6); // two runs × three distinct URLs (one is both an OIT and a measure link): history is kept
  });

  it('the weekly digest counts the broken links of the LAO', async () => {
    await t.db.ownerQuery(
      `INSERT INTO organization_progress (organization_id, fiscal_year, estimated_score, grade, passing, gap_to_pass,
         pass_threshold, tool_scores, indicators, measures_overdue, computed_at)
       VALUES ($1, 2566, 90, 'A', true, 0, 85, '[]', '[]', 0, now())
       ON CONFLICT (organization_id, fiscal_year) DO UPDATE SET passing = true, estimated_score = 90, gap_to_pass = 0`,
      [orgId],
    );
    // The Monday job, as the schedule would run it.
    await worker.get(JobQueue).enqueue(JobName.SupervisorDigest, { asOf: '2023-02-13' });
    await sink.waitForCount(1);
    const text = sink.received[0].text;
    expect(text).toContain('มีลิงก์หลักฐานที่เปิดไม่ได้ 1 แห่ง (รวม 1 ลิงก์)');
    expect(text).toMatch(/เทศบาลนครพระนครศรีอยุธยา\s+90\.00\s+ผ่าน\s+\d+\s+1\n/);
  });

  it('is for readers of the LAO; "check now" for its people, not a lead of another LAO', async () => {
    const other = await t.token(leadEmail(OTHER));
    expect((await t.gql(LINKS, { o: orgId }, other)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(CHECK, { o: orgId }, other)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(LINKS, { o: orgId }, await t.token(SUPERVISOR_14))).data?.evidenceLinks).toHaveLength(
      4,
    );
  });
});
