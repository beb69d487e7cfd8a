import { registerEnumType } from '@nestjs/graphql';
import { NotificationStatus } from '@prongsai/outbox';
import { NotificationKind } from '@prongsai/reminders';

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'A kind of email that each user can switch off',
  valuesMap: {
    DUE_IN_7_DAYS: { description: 'A measure is due within 7 days' },
    DUE_TOMORROW: { description: 'A measure is due tomorrow' },
    OVERDUE: { description: 'A measure is overdue (the day after its due date, then weekly)' },
    SUPERVISOR_DIGEST: { description: "A province supervisor's weekly digest" },
  },
});
registerEnumType(NotificationStatus, { name: 'NotificationStatus' });

export { NotificationKind, NotificationStatus };
