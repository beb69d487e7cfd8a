import { TestApp } from '../setup/test-app';
import { CREATE_MEASURE, ItaWorld, OwnerProbe, firstError, itaWorld, measureInput, ok } from './ita-fixtures';

const STEP_FIELDS = `id order description dueDate completedAt isOverdue`;
const UPDATE_STEP = `mutation($id: ID!, $input: UpdateMeasureStepInput!) {
  updateMeasureStep(id: $id, input: $input) { id status steps { ${STEP_FIELDS} } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateMeasureInput!) {
  updateMeasure(id: $id, input: $input) { id steps { ${STEP_FIELDS} } } }`;

interface Step {
  id: string;
  order: number;
  description: string;
  dueDate: string | null;
  completedAt: string | null;
  isOverdue: boolean;
}

/** Steps with a due date of their own and a done mark (their reminders: test/worker/step-reminders). */
describe('measure steps: due dates and done marks (e2e)', () => {
  let t: TestApp;
  let w: ItaWorld;
  let db: OwnerProbe;
  beforeAll(async () => {
    t = await TestApp.create();
    w = await itaWorld(t);
    db = await OwnerProbe.open(t);
  });
  afterAll(async () => {
    await db.close();
    await t.close();
  });

  /** A measure due 2023-03-31 (already past: overdue logic applies) with three steps. */
  const newMeasure = async (): Promise<{ id: string; steps: Step[] }> => {
    const input = measureInput(w.orgId, {
      dueDate: '2023-03-31',
      steps: ['ประชุมชี้แจงบุคลากร', 'จัดทำประกาศ', 'เผยแพร่บนเว็บไซต์'],
    });
    const m = ok(await t.gql(CREATE_MEASURE, { input }, w.tokens.lead)).createMeasure;
    const { measure } = ok(
      await t.gql(
        `query($id: ID!) { measure(id: $id) { steps { ${STEP_FIELDS} } } }`,
        { id: m.id },
        w.tokens.lead,
      ),
    );
    return { id: m.id, steps: measure.steps };
  };
  const updateStep = async (id: string, input: Record<string, unknown>, token = w.tokens.lead) =>
    t.gql(UPDATE_STEP, { id, input }, token);

  it('new steps have no date, are not done and not overdue', async () => {
    const { steps } = await newMeasure();
    expect(steps.map((s) => [s.order, s.dueDate, s.completedAt, s.isOverdue])).toEqual([
      [1, null, null, false],
      [2, null, null, false],
      [3, null, null, false],
    ]);
  });

  it('the lead dates a step; a past date makes it overdue until a member marks it done', async () => {
    const { id, steps } = await newMeasure();
    let m = ok(await updateStep(steps[0].id, { dueDate: '2023-01-15' })).updateMeasureStep;
    expect(m.id).toBe(id);
    expect(m.steps[0]).toMatchObject({ dueDate: '2023-01-15', completedAt: null, isOverdue: true });
    expect(m.steps[1]).toMatchObject({ dueDate: null, isOverdue: false });

    m = ok(await updateStep(steps[0].id, { done: true }, w.tokens.member)).updateMeasureStep;
    expect(m.steps[0]).toMatchObject({ dueDate: '2023-01-15', isOverdue: false });
    expect(Date.parse(m.steps[0].completedAt)).toBeGreaterThan(Date.now() - 60_000);

    // done: false reopens it (overdue again); an absent dueDate stays, an explicit null clears it.
    m = ok(await updateStep(steps[0].id, { done: false }, w.tokens.member)).updateMeasureStep;
    expect(m.steps[0]).toMatchObject({ dueDate: '2023-01-15', completedAt: null, isOverdue: true });
    m = ok(await updateStep(steps[0].id, { dueDate: null })).updateMeasureStep;
    expect(m.steps[0]).toMatchObject({ dueDate: null, isOverdue: false });

    const audit = await db.query<{ before: unknown; after: unknown }>(
      `SELECT before, after FROM audit_log WHERE action = 'measure.step.update' AND entity_id = $1 ORDER BY id`,
      [steps[0].id],
    );
    expect(audit.map((a) => [a.before, a.after])).toEqual([
      [
        { order: 1, description: 'ประชุมชี้แจงบุคลากร', dueDate: null, done: false },
        { order: 1, description: 'ประชุมชี้แจงบุคลากร', dueDate: '2023-01-15', done: false },
      ],
      [
        { order: 1, description: 'ประชุมชี้แจงบุคลากร', dueDate: '2023-01-15', done: false },
        { order: 1, description: 'ประชุมชี้แจงบุคลากร', dueDate: '2023-01-15', done: true },
      ],
      [
        { order: 1, description: 'ประชุมชี้แจงบุคลากร', dueDate: '2023-01-15', done: true },
        { order: 1, description: 'ประชุมชี้แจงบุคลากร', dueDate: '2023-01-15', done: false },
      ],
      [
        { order: 1, description: 'ประชุมชี้แจงบุคลากร', dueDate: '2023-01-15', done: false },
        { order: 1, description: 'ประชุมชี้แจงบุคลากร', dueDate: null, done: false },
      ],
    ]);
  });

  it('a step of a closed measure is never overdue', async () => {
    const { id, steps } = await newMeasure();
    ok(await updateStep(steps[1].id, { dueDate: '2023-01-15' }));
    const done = ok(
      await t.gql(
        `mutation($id: ID!) { completeMeasure(id: $id, result: "ดำเนินการแล้วเสร็จ") { steps { isOverdue } } }`,
        { id },
        w.tokens.lead,
      ),
    ).completeMeasure;
    expect(done.steps.map((s: { isOverdue: boolean }) => s.isOverdue)).toEqual([false, false, false]);
  });

  it('rewriting the list keeps the rows of unchanged steps (id, date, done) wherever they move', async () => {
    const { id, steps } = await newMeasure();
    ok(await updateStep(steps[1].id, { dueDate: '2023-02-28' }));
    ok(await updateStep(steps[2].id, { done: true }));
    const after: Step[] = ok(
      await t.gql(
        UPDATE,
        { id, input: { steps: ['เผยแพร่บนเว็บไซต์', 'ขั้นตอนใหม่', 'จัดทำประกาศ'] } },
        w.tokens.lead,
      ),
    ).updateMeasure.steps;
    expect(after.map((s) => [s.order, s.description, s.dueDate, s.completedAt !== null])).toEqual([
      [1, 'เผยแพร่บนเว็บไซต์', null, true],
      [2, 'ขั้นตอนใหม่', null, false],
      [3, 'จัดทำประกาศ', '2023-02-28', false],
    ]);
    expect([after[0].id, after[2].id]).toEqual([steps[2].id, steps[1].id]);
    expect([steps[0].id, steps[1].id, steps[2].id]).not.toContain(after[1].id);
    expect(await db.query(`SELECT id FROM measure_steps WHERE id = $1`, [steps[0].id])).toEqual([]);
  });

  it('who may do what: dates are MANAGE, done is CONTRIBUTE, other tenants see nothing', async () => {
    const { steps } = await newMeasure();
    const code = async (input: Record<string, unknown>, token: string, id = steps[0].id) =>
      firstError(await updateStep(id, input, token)).code;
    expect(await code({ dueDate: '2023-01-15' }, w.tokens.member)).toBe('FORBIDDEN');
    expect(await code({ dueDate: '2023-01-15', done: true }, w.tokens.member)).toBe('FORBIDDEN');
    expect(await code({ done: true }, w.tokens.supervisor)).toBe('FORBIDDEN');
    expect(await code({ done: true }, w.tokens.stranger)).toBe('NOT_FOUND');
    expect(await code({ done: true }, w.tokens.outsider)).toBe('NOT_FOUND');
    expect(await code({ done: true }, w.tokens.lead, '6f1d3c52-8d1f-4e5b-9a43-0c2e7d9b1a77')).toBe(
      'NOT_FOUND',
    );
    expect(await code({ done: true }, w.tokens.lead, 'step-1')).toBe('NOT_FOUND');
    const [row] = await db.query<{ due_date: string | null; completed_at: Date | null }>(
      `SELECT due_date, completed_at FROM measure_steps WHERE id = $1`,
      [steps[0].id],
    );
    expect(row).toEqual({ due_date: null, completed_at: null });
  });
});
