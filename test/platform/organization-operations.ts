import { GqlResponse } from '../setup/test-app';

/**
 * Every query and mutation that takes an organization id, with a harmless valid call for that id. The
 * cross-tenant fuzz runs each of them with other tenants' ids. A new operation that takes an organization
 * id belongs here.
 */
export interface OrganizationOperation {
  name: string;
  query: string;
  variables: (organizationId: string) => Record<string, unknown>;
  expectRefused: (res: GqlResponse) => void;
  expectAllowed: (res: GqlResponse) => void;
}

const forbidden = (res: GqlResponse) => {
  expect(res.data ?? null).toBeNull();
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
};
const ok = (res: GqlResponse) => {
  expect(res.errors).toBeUndefined();
  expect(res.data).toBeTruthy();
};

function guarded(
  name: string,
  query: string,
  variables: (id: string) => Record<string, unknown>,
): OrganizationOperation {
  return { name, query, variables, expectRefused: forbidden, expectAllowed: ok };
}

export const ORGANIZATION_OPERATIONS: OrganizationOperation[] = [
  {
    name: 'organization',
    query: `query($id: ID!) { organization(id: $id) { id code nameTh } }`,
    variables: (id) => ({ id }),
    // A nullable field: "not yours" and "does not exist" are both null.
    expectRefused: (res) => expect(res).toEqual({ data: { organization: null } }),
    expectAllowed: (res) => expect(res.data?.organization).toBeTruthy(),
  },
];

export { guarded };
