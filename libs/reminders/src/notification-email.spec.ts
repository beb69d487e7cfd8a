import { DeliveryRow, reasonToSkip } from './notification-email';
import { NotificationKind } from './notification-kind';

const measureRow: DeliveryRow = {
  id: 'n1',
  kind: NotificationKind.DUE_IN_7_DAYS,
  status: 'PENDING',
  attempts: 0,
  as_of: '2023-02-03',
  due_date: '2023-02-10',
  province_code: null,
  organization_id: 'o1',
  measure_id: 'm1',
  recipient_email: 'lead@prongsai.example',
  recipient_name: 'ผู้รับผิดชอบ',
  recipient_disabled: false,
  recipient_opt_outs: [],
  recipient_still_responsible: true,
  measure_title: 'มาตรการ',
  measure_status: 'PLANNED',
  measure_due_date: '2023-02-10',
  step_id: null,
  step_order: null,
  step_description: null,
  step_due_date: null,
  step_done: null,
  organization_name: 'อบต.',
  province_name: null,
};
const stepRow: DeliveryRow = {
  ...measureRow,
  measure_due_date: '2023-03-31',
  step_id: 's1',
  step_order: 1,
  step_description: 'ประชุม',
  step_due_date: '2023-02-10',
  step_done: false,
};

describe('reasonToSkip (checked again when a reminder is sent)', () => {
  it.each<[string, DeliveryRow, string | null]>([
    ['a measure reminder, all as scanned', measureRow, null],
    ['a step reminder, all as scanned (the measure is due later)', stepRow, null],
    ['recipient disabled', { ...measureRow, recipient_disabled: true }, 'recipient disabled'],
    [
      'kind switched off',
      { ...stepRow, recipient_opt_outs: ['DUE_IN_7_DAYS'] },
      'recipient switched off DUE_IN_7_DAYS',
    ],
    [
      'no longer lead nor assignee',
      { ...measureRow, recipient_still_responsible: false },
      'recipient no longer responsible',
    ],
    ['measure completed', { ...measureRow, measure_status: 'COMPLETED' }, 'measure completed'],
    ['measure cancelled, step reminder', { ...stepRow, measure_status: 'CANCELLED' }, 'measure cancelled'],
    ["measure's due date moved", { ...measureRow, measure_due_date: '2023-02-17' }, 'due date changed'],
    ['step done', { ...stepRow, step_done: true }, 'step done'],
    ["step's due date moved", { ...stepRow, step_due_date: '2023-02-12' }, 'due date changed'],
    ["step's due date removed", { ...stepRow, step_due_date: null }, 'due date changed'],
  ])('%s → %p', (_case, row, reason) => {
    expect(reasonToSkip(row)).toBe(reason);
  });
});
