import { gql } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { createCache } from './apollo';

const LIST = gql`
  query List {
    organizations {
      id
      nameTh
      district {
        code
        nameTh
      }
    }
  }
`;
const NAMES_ONLY = gql`
  query NamesOnly {
    atRisk {
      id
      district {
        nameTh
      }
    }
  }
`;

describe('the Apollo cache', () => {
  it("keeps a district's code when a later answer selects only its name", () => {
    const cache = createCache();
    const district = { __typename: 'District', code: '1401', nameTh: 'พระนครศรีอยุธยา' };
    cache.writeQuery({
      query: LIST,
      data: { organizations: [{ __typename: 'Organization', id: 'o1', nameTh: 'อบต. ก', district }] },
    });
    cache.writeQuery({
      query: NAMES_ONLY,
      data: {
        atRisk: [
          {
            __typename: 'Organization',
            id: 'o1',
            district: { __typename: 'District', nameTh: district.nameTh },
          },
        ],
      },
    });
    // Complete (not null): the layout's query stays answered from the cache instead of going out again.
    expect(cache.readQuery({ query: LIST })).toEqual({
      organizations: [{ __typename: 'Organization', id: 'o1', nameTh: 'อบต. ก', district }],
    });
  });
});
