import { ApolloServerPlugin } from '@apollo/server';
import { Kind, SelectionSetNode } from 'graphql';
import { ErrorCode, ErrorReason } from '@prongsai/common';
import { refusal } from './complexity.plugin';
import { GraphqlCallers } from './graphql-caller';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** Whether the operation's root selection (fragments included) asks for `__schema` or `__type`. */
function asksForSchema(
  selectionSet: SelectionSetNode,
  fragments: Map<string, SelectionSetNode>,
  seen = new Set<string>(),
): boolean {
  return selectionSet.selections.some((s) => {
    if (s.kind === Kind.FIELD) return INTROSPECTION_FIELDS.has(s.name.value);
    if (s.kind === Kind.INLINE_FRAGMENT) return asksForSchema(s.selectionSet, fragments, seen);
    const name = s.name.value;
    if (seen.has(name)) return false;
    seen.add(name);
    const fragment = fragments.get(name);
    return fragment ? asksForSchema(fragment, fragments, seen) : false;
  });
}

/**
 * In production the schema is described to signed-in ADMIN only (code generators, operators); anyone else
 * asking for `__schema` or `__type` gets 403 INTROSPECTION_DISABLED. `__typename` stays available to all:
 * clients need it to read unions and caches. Outside production everyone may introspect.
 */
export function introspectionPlugin(callers: GraphqlCallers): ApolloServerPlugin<object> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ operation, document, contextValue }) => {
        if (!operation) return;
        const fragments = new Map<string, SelectionSetNode>();
        for (const d of document.definitions) {
          if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d.selectionSet);
        }
        if (!asksForSchema(operation.selectionSet, fragments)) return;
        if (await callers.isAdmin(contextValue)) return;
        throw refusal(
          'Introspection is disabled: sign in as an ADMIN to read the schema',
          ErrorCode.FORBIDDEN,
          ErrorReason.INTROSPECTION_DISABLED,
          403,
        );
      },
    }),
  };
}
