import { TestApp } from '../setup/test-app';
import {
  CREATE_MEASURE,
  ItaWorld,
  OwnerProbe,
  RECORD_SCORE,
  itaWorld,
  measureInput,
  ok,
} from './ita-fixtures';

/** Every ITA mutation leaves exactly one audit entry per organization it changes, in the same transaction. */
describe('audit log (e2e)', () => {
  let t: TestApp;
  let w: ItaWorld;
  let db: OwnerProbe;
  let measureId: string;
  let evidenceId: string;
  const actorIds: Record<string, string> = {};
  beforeAll(async () => {
    t = await TestApp.create();
    w = await itaWorld(t);
    db = await OwnerProbe.open(t);
    for (const [name, email] of [
      ['lead', `lead.4140103@prongsai.example`],
      ['supervisor', 'supervisor.14@prongsai.example'],
    ]) {
      actorIds[name] = (
        await db.query<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [email])
      )[0].id;
    }
  });
  afterAll(async () => {
    await db.close();
    await t.close();
  });

  async function latestEntry() {
    const [row] = await db.query<Record<string, unknown>>(
      `SELECT organization_id, actor_user_id, action, entity_type, entity_id, before, after FROM audit_log ORDER BY id DESC LIMIT 1`,
    );
    return row;
  }
  const auditCount = async () =>
    (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log`))[0].n;

  const steps: [
    string,
    string,
    'lead' | 'supervisor',
    () => Promise<unknown>,
    (e: Record<string, unknown>) => void,
  ][] = [
    [
      'createMeasure',
      'measure.create',
      'lead',
      async () => {
        measureId = ok(await t.gql(CREATE_MEASURE, { input: measureInput(w.orgId) }, w.tokens.lead))
          .createMeasure.id;
      },
      (e) =>
        expect(e).toMatchObject({
          entity_type: 'measure',
          entity_id: measureId,
          before: null,
          after: { status: 'PLANNED' },
        }),
    ],
    [
      'updateMeasure',
      'measure.update',
      'lead',
      async () =>
        ok(
          await t.gql(
            `mutation($id: ID!) { updateMeasure(id: $id, input: { title: "มาตรการใหม่", steps: ["ก", "ข"] }) { id } }`,
            { id: measureId },
            w.tokens.lead,
          ),
        ),
      (e) =>
        expect(e).toMatchObject({
          before: { title: measureInput('').title, steps: measureInput('').steps },
          after: { title: 'มาตรการใหม่', steps: ['ก', 'ข'] },
        }),
    ],
    [
      'addMeasureEvidence',
      'measure.evidence.add',
      'lead',
      async () => {
        const res = await t.gql(
          `mutation($m: ID!) { addMeasureEvidence(measureId: $m, input: { url: "https://example.go.th/x", label: "ภาพกิจกรรม" }) { evidence { id } } }`,
          { m: measureId },
          w.tokens.lead,
        );
        evidenceId = ok(res).addMeasureEvidence.evidence[0].id;
      },
      (e) =>
        expect(e).toMatchObject({
          entity_type: 'measure_evidence',
          entity_id: evidenceId,
          after: { url: 'https://example.go.th/x' },
        }),
    ],
    [
      'removeMeasureEvidence',
      'measure.evidence.remove',
      'lead',
      async () =>
        ok(
          await t.gql(
            `mutation($id: ID!) { removeMeasureEvidence(id: $id) { id } }`,
            { id: evidenceId },
            w.tokens.lead,
          ),
        ),
      (e) => expect(e).toMatchObject({ entity_id: evidenceId, before: { label: 'ภาพกิจกรรม' }, after: null }),
    ],
    [
      'completeMeasure',
      'measure.complete',
      'lead',
      async () =>
        ok(
          await t.gql(
            `mutation($id: ID!) { completeMeasure(id: $id, result: "เสร็จแล้ว") { id } }`,
            { id: measureId },
            w.tokens.lead,
          ),
        ),
      (e) =>
        expect(e).toMatchObject({
          before: { status: 'PLANNED' },
          after: { status: 'COMPLETED', result: 'เสร็จแล้ว' },
        }),
    ],
    [
      'deleteMeasure',
      'measure.delete',
      'lead',
      async () =>
        ok(await t.gql(`mutation($id: ID!) { deleteMeasure(id: $id) }`, { id: measureId }, w.tokens.lead)),
      (e) => expect(e).toMatchObject({ entity_id: measureId, before: { status: 'COMPLETED' }, after: null }),
    ],
    [
      'recordIndicatorScore',
      'score.record',
      'lead',
      async () =>
        ok(
          await t.gql(
            RECORD_SCORE,
            {
              input: {
                organizationId: w.orgId,
                fiscalYear: 2566,
                indicatorCode: '3',
                score: 88.5,
                source: 'SELF_ASSESSMENT',
              },
            },
            w.tokens.lead,
          ),
        ),
      (e) =>
        expect(e).toMatchObject({
          entity_type: 'indicator_score',
          after: { indicatorCode: '3', score: 88.5 },
        }),
    ],
    [
      'updateOitItem',
      'oit-item.update',
      'lead',
      async () =>
        ok(
          await t.gql(
            `mutation($o: ID!) { updateOitItem(input: { organizationId: $o, fiscalYear: 2566, itemCode: "O42", status: PUBLISHED, evidenceUrls: ["https://example.go.th/o42"] }) { code } }`,
            { o: w.orgId },
            w.tokens.lead,
          ),
        ),
      (e) =>
        expect(e).toMatchObject({
          entity_type: 'oit_item',
          before: null,
          after: { itemCode: 'O42', status: 'PUBLISHED' },
        }),
    ],
    [
      'reviewOitItem',
      'oit-item.review',
      'supervisor',
      async () =>
        ok(
          await t.gql(
            `mutation($o: ID!) { reviewOitItem(input: { organizationId: $o, fiscalYear: 2566, itemCode: "O42", decision: ACCEPTED }) { code } }`,
            { o: w.orgId },
            w.tokens.supervisor,
          ),
        ),
      (e) => expect(e).toMatchObject({ before: { review: null }, after: { review: 'ACCEPTED' } }),
    ],
    [
      'setSurveyTarget',
      'survey-target.set',
      'lead',
      async () =>
        ok(
          await t.gql(
            `mutation($o: ID!) { setSurveyTarget(input: { organizationId: $o, fiscalYear: 2566, tool: IIT, accessCode: "15596d" }) { id } }`,
            { o: w.orgId },
            w.tokens.lead,
          ),
        ),
      (e) => expect(e).toMatchObject({ entity_type: 'survey_target', after: { accessCode: '15596d' } }),
    ],
  ];

  it.each(steps)('%s writes one %s entry by its actor', async (_op, action, actor, run, check) => {
    const before = await auditCount();
    await run();
    expect(await auditCount()).toBe(before + 1);
    const entry = await latestEntry();
    expect(entry).toMatchObject({ organization_id: w.orgId, actor_user_id: actorIds[actor], action });
    check(entry);
  });

  it('auditLog: newest first, paged, for the organization and its supervisors, not for strangers', async () => {
    const Q = `query($o: ID!, $first: Int, $before: ID) { auditLog(organizationId: $o, first: $first, before: $before) {
      id action entityType entityId actorUserId before after createdAt } }`;
    const all = ok(await t.gql(Q, { o: w.orgId, first: 100 }, w.tokens.supervisor)).auditLog;
    expect(all.map((e: { action: string }) => e.action)).toEqual(steps.map(([, action]) => action).reverse());
    const page1 = ok(await t.gql(Q, { o: w.orgId, first: 3 }, w.tokens.lead)).auditLog;
    const page2 = ok(await t.gql(Q, { o: w.orgId, first: 3, before: page1[2].id }, w.tokens.member)).auditLog;
    expect([...page1, ...page2].map((e: { id: string }) => e.id)).toEqual(
      all.slice(0, 6).map((e: { id: string }) => e.id),
    );
    expect(all[0]).toMatchObject({ action: 'survey-target.set', actorUserId: actorIds.lead, before: null });
    expect((await t.gql(Q, { o: w.orgId }, w.tokens.stranger)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('a refused mutation leaves no entry', async () => {
    const before = await auditCount();
    const res = await t.gql(CREATE_MEASURE, { input: measureInput(w.orgId, { title: ' ' }) }, w.tokens.lead);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await auditCount()).toBe(before);
  });
});
