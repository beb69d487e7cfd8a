import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      displayName
      email
      memberships {
        role
        organization {
          id
          code
          nameTh
          district {
            nameTh
          }
        }
        province {
          code
          nameTh
        }
      }
    }
  }
`);

export type Me = MeQuery['me'];

export function useMe() {
  return useQuery(MeDocument, { fetchPolicy: 'cache-first' });
}

/** Whether the caller leads this organization (or is an admin): shows the controls the server allows. */
export function canManage(me: Me | undefined, organizationId: string): boolean {
  return (me?.memberships ?? []).some(
    (m) => m.role === 'ADMIN' || (m.role === 'ORG_LEAD' && m.organization?.id === organizationId),
  );
}

/** Province supervisors review OIT items of their province's LAOs. */
export function isSupervisor(me: Me | undefined): boolean {
  return (me?.memberships ?? []).some((m) => m.role === 'PROVINCE_SUPERVISOR' || m.role === 'ADMIN');
}
