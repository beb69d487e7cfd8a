import { MeasureStatus } from '@prongsai/measures';
import { OutboxEmail, skipReasonOf } from '@prongsai/outbox';
import { MeasureReminderPayload } from '../reminder-payloads';
import {
  MeasureReminderFacts,
  MeasureReminderKind,
  measureReminderSkipReason,
  renderMeasureReminder,
} from './measure-reminder.kind';

const measureEmail: OutboxEmail<MeasureReminderPayload> = {
  id: 'n1',
  kind: 'DUE_IN_7_DAYS',
  attempts: 0,
  organizationId: 'o1',
  provinceCode: null,
  recipient: { userId: 'u1', email: 'lead@prongsai.example', name: 'ผู้รับผิดชอบ', disabled: false, optOuts: [] },
  payload: {
    measureId: 'm1',
    stepId: null,
    dueDate: '2023-02-10',
    remindOn: '2023-02-03',
    asOf: '2023-02-03',
  },
};
const stepEmail: OutboxEmail<MeasureReminderPayload> = {
  ...measureEmail,
  payload: { ...measureEmail.payload, stepId: 's1' },
};
const measureFacts: MeasureReminderFacts = {
  measure: { title: 'มาตรการ', status: MeasureStatus.PLANNED, dueDate: '2023-02-10' },
  step: null,
  organizationName: 'อบต.',
  recipientResponsible: true,
};
const stepFacts: MeasureReminderFacts = {
  ...measureFacts,
  measure: { ...measureFacts.measure!, dueDate: '2023-03-31' },
  step: { order: 1, description: 'ประชุม', dueDate: '2023-02-10', done: false },
};
type Case = [string, OutboxEmail<MeasureReminderPayload>, MeasureReminderFacts, string | null];

describe('a reminder is checked again when it is sent', () => {
  const kind = new MeasureReminderKind();

  it.each<Case>([
    ['a measure reminder, all as scanned', measureEmail, measureFacts, null],
    ['a step reminder, all as scanned (the measure is due later)', stepEmail, stepFacts, null],
    [
      'recipient disabled (the outbox check)',
      { ...measureEmail, recipient: { ...measureEmail.recipient, disabled: true } },
      measureFacts,
      'recipient disabled',
    ],
    [
      'kind switched off (the outbox check; reminders may be switched off)',
      { ...stepEmail, recipient: { ...stepEmail.recipient, optOuts: ['DUE_IN_7_DAYS'] } },
      stepFacts,
      'recipient switched off DUE_IN_7_DAYS',
    ],
    [
      'another kind switched off',
      { ...stepEmail, recipient: { ...stepEmail.recipient, optOuts: ['OVERDUE'] } },
      stepFacts,
      null,
    ],
    [
      'no longer lead nor assignee',
      measureEmail,
      { ...measureFacts, recipientResponsible: false },
      'recipient no longer responsible',
    ],
    ['measure deleted', measureEmail, { ...measureFacts, measure: null }, 'measure deleted'],
    [
      'measure completed',
      measureEmail,
      { ...measureFacts, measure: { ...measureFacts.measure!, status: MeasureStatus.COMPLETED } },
      'measure completed',
    ],
    [
      'measure in progress is still open',
      measureEmail,
      { ...measureFacts, measure: { ...measureFacts.measure!, status: MeasureStatus.IN_PROGRESS } },
      null,
    ],
    [
      'measure cancelled, step reminder',
      stepEmail,
      { ...stepFacts, measure: { ...stepFacts.measure!, status: MeasureStatus.CANCELLED } },
      'measure cancelled',
    ],
    [
      "measure's due date moved",
      measureEmail,
      { ...measureFacts, measure: { ...measureFacts.measure!, dueDate: '2023-02-17' } },
      'due date changed',
    ],
    ['step deleted', stepEmail, { ...stepFacts, step: null }, 'step deleted'],
    ['step done', stepEmail, { ...stepFacts, step: { ...stepFacts.step!, done: true } }, 'step done'],
    [
      "step's due date moved",
      stepEmail,
      { ...stepFacts, step: { ...stepFacts.step!, dueDate: '2023-02-12' } },
      'due date changed',
    ],
    [
      "step's due date removed",
      stepEmail,
      { ...stepFacts, step: { ...stepFacts.step!, dueDate: null } },
      'due date changed',
    ],
  ])('%s → %p', (_case, email, facts, reason) => {
    expect(skipReasonOf(kind, email, facts)).toBe(reason);
  });

  it('the recipient checks come first: a disabled recipient of a deleted measure is "recipient disabled"', () => {
    const email = { ...measureEmail, recipient: { ...measureEmail.recipient, disabled: true } };
    expect(measureReminderSkipReason(email, { ...measureFacts, measure: null })).toBe('measure deleted');
    expect(skipReasonOf(kind, email, { ...measureFacts, measure: null })).toBe('recipient disabled');
  });
});

describe('a reminder is rendered from the facts read at sending', () => {
  it('names the step, the organization and links the measure', () => {
    const email = renderMeasureReminder(stepEmail, stepFacts, { appUrl: 'https://prongsai.example' });
    expect(email.subject).toContain('ขั้นตอนใกล้ครบกำหนด: ประชุม');
    expect(email.text).toContain('หน่วยงาน: อบต.');
    expect(email.text).toContain('ขั้นตอนที่ 1: ประชุม');
    expect(email.text).toContain('กำหนดแล้วเสร็จ: 10 ก.พ. 2566');
    expect(email.text).toContain('https://prongsai.example/measures/m1');
  });
});
