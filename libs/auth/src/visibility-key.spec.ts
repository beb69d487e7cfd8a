import { Role } from '@prongsai/common';
import { visibilityKey } from './visibility-key';

const supervisor = (provinceCode: string) => ({
  role: Role.PROVINCE_SUPERVISOR,
  organizationId: null,
  provinceCode,
});
const lead = (organizationId: string) => ({ role: Role.ORG_LEAD, organizationId, provinceCode: null });

describe('visibilityKey', () => {
  it.each<[string, Parameters<typeof visibilityKey>[0], Parameters<typeof visibilityKey>[0], boolean]>([
    [
      'two supervisors of one province share',
      { memberships: [supervisor('14')] },
      { memberships: [supervisor('14')] },
      true,
    ],
    [
      'supervisors of two provinces do not',
      { memberships: [supervisor('14')] },
      { memberships: [supervisor('15')] },
      false,
    ],
    [
      'a lead is not its province’s supervisor',
      { memberships: [lead('o1')] },
      { memberships: [supervisor('14')] },
      false,
    ],
    ['leads of two LAOs do not share', { memberships: [lead('o1')] }, { memberships: [lead('o2')] }, false],
    [
      'the order of memberships does not matter',
      { memberships: [supervisor('14'), lead('o1')] },
      { memberships: [lead('o1'), supervisor('14')] },
      true,
    ],
    [
      'one membership more is another key',
      { memberships: [supervisor('14')] },
      { memberships: [supervisor('14'), supervisor('15')] },
      false,
    ],
    [
      'ADMIN is not a supervisor',
      { memberships: [{ role: Role.ADMIN, organizationId: null, provinceCode: null }] },
      { memberships: [supervisor('14')] },
      false,
    ],
    ['no membership at all is its own key', { memberships: [] }, { memberships: [supervisor('14')] }, false],
  ])('%s', (_name, a, b, same) => {
    expect(visibilityKey(a) === visibilityKey(b)).toBe(same);
  });
});
