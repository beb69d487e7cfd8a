import { OutboxEmail } from '../outbox-kind';
import { recipientSkipReason } from './recheck';

const email: OutboxEmail = {
  id: 'n1',
  kind: 'DUE_TOMORROW',
  attempts: 0,
  organizationId: null,
  provinceCode: null,
  recipient: { userId: 'u1', email: 'a@example.org', name: 'ก', disabled: false, optOuts: [] },
  payload: {},
};

describe('recipientSkipReason (every kind, before its own check)', () => {
  it.each<[string, OutboxEmail, boolean, string | null]>([
    ['enabled, nothing switched off', email, true, null],
    [
      'disabled',
      { ...email, recipient: { ...email.recipient, disabled: true } },
      false,
      'recipient disabled',
    ],
    [
      'switched this kind off, and the kind may be switched off',
      { ...email, recipient: { ...email.recipient, optOuts: ['DUE_TOMORROW'] } },
      true,
      'recipient switched off DUE_TOMORROW',
    ],
    [
      'switched this kind off, but the kind cannot be (an invitation, a reset)',
      { ...email, recipient: { ...email.recipient, optOuts: ['DUE_TOMORROW'] } },
      false,
      null,
    ],
    [
      'switched another kind off',
      { ...email, recipient: { ...email.recipient, optOuts: ['OVERDUE'] } },
      true,
      null,
    ],
  ])('%s → %p', (_case, e, optOut, reason) => {
    expect(recipientSkipReason(e, optOut)).toBe(reason);
  });
});
