import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, switchMap } from 'rxjs';
import { getAccessToken, getUser, onSessionChange, refreshSession } from './session';

const auth = new SetContextLink((prev) => {
  const token = getAccessToken();
  return token ? { headers: { ...(prev.headers as object), authorization: `Bearer ${token}` } } : {};
});

/** On TOKEN_EXPIRED: refresh once (the cookie) and retry the operation; a second expiry is not retried. */
const retryExpired = new ErrorLink(({ error, operation, forward }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  const expired = error.errors.some((e) => e.extensions?.reason === 'TOKEN_EXPIRED');
  if (!expired || operation.getContext().retriedAfterRefresh) return;
  return from(refreshSession()).pipe(
    switchMap(() => {
      operation.setContext({ retriedAfterRefresh: true });
      return forward(operation);
    }),
  );
});

/**
 * Districts and provinces have no id, so the cache stores them inside each organization. Queries select
 * different fields of them (the province's LAO list needs the district's code, the review queue only its
 * name): merged, not replaced, or the later query would strip the code from the earlier one's answer and
 * Apollo would fetch that one again (the province layout's 330 LAOs fetched twice per visit).
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Organization: { fields: { district: { merge: true }, province: { merge: true } } },
    },
  });
}

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([retryExpired, auth, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: createCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}

/**
 * The app's one client, created when the first signed-in page loads (the sign-in page does without Apollo,
 * which keeps it small). Whoever signs in next never sees the previous person's cached data.
 */
export const apolloClient = createApolloClient();
let cachedFor = getUser()?.id ?? null;
onSessionChange((user) => {
  if ((user?.id ?? null) !== cachedFor) void apolloClient.clearStore();
  cachedFor = user?.id ?? null;
});
