import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { ErrorReason } from '@prongsai/common';

/**
 * Shape limits per operation, checked while the document is validated (so refusals are HTTP 400), before
 * it is priced: the cheapest refusals first. The largest screens of the web app use a handful of aliases and
 * nest 6 deep (national roll-up → provinces → at-risk → organization → district → name).
 */
export const DOCUMENT_LIMITS = {
  /** Aliases per operation (GraphQL Armor max-aliases; `__typename` is free). */
  aliases: 15,
  /** Field depth (GraphQL Armor max-depth; introspection is not counted). */
  depth: 10,
  /** Directives per operation (GraphQL Armor max-directives). */
  directives: 10,
  /**
   * Tokens per document, enforced by graphql-js's own parser (`parseOptions.maxTokens`): a 100 KB document
   * of aliases is refused after 3,000 tokens instead of being parsed in full. Armor's max-tokens plugin for
   * Apollo throws from `parsingDidStart`, which Apollo answers with 500, so it is not used.
   */
  tokens: 3000,
} as const;

/** graphql-js's "Document contains more that N tokens" (its spelling in 16.x) as the formatter recognises it. */
export const TOKEN_LIMIT_MESSAGE = /Document contains more tha[nt] \d+ tokens/;

type RejectCallback = (ctx: ValidationContext | null, error: GraphQLError) => void;

function reporter(reason: ErrorReason, maximum: number): RejectCallback {
  return (ctx, error) => {
    ctx?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
        extensions: { code: 'BAD_USER_INPUT', reason, maximum },
      }),
    );
  };
}

/**
 * GraphQL Armor's validation rules with our reasons (`propagateOnRejection: false` plus our own reporter:
 * Armor's default reporter would say only BAD_USER_INPUT). Field suggestions ("Did you mean …") are masked
 * where introspection is closed to anonymous callers, or they would spell the schema out.
 */
export function armorProtection(options: { hideSuggestions: boolean }): {
  validationRules: ValidationRule[];
  plugins: ReturnType<ApolloArmor['protect']>['plugins'];
} {
  const armor = new ApolloArmor({
    maxAliases: {
      n: DOCUMENT_LIMITS.aliases,
      propagateOnRejection: false,
      onReject: [reporter(ErrorReason.TOO_MANY_ALIASES, DOCUMENT_LIMITS.aliases)],
    },
    maxDepth: {
      n: DOCUMENT_LIMITS.depth,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: [reporter(ErrorReason.QUERY_TOO_DEEP, DOCUMENT_LIMITS.depth)],
    },
    maxDirectives: {
      n: DOCUMENT_LIMITS.directives,
      propagateOnRejection: false,
      onReject: [reporter(ErrorReason.TOO_MANY_DIRECTIVES, DOCUMENT_LIMITS.directives)],
    },
    // Priced by complexity.plugin.ts with per-field costs and the variables; tokens by the parser.
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: options.hideSuggestions },
  });
  const { validationRules, plugins } = armor.protect();
  return { validationRules, plugins };
}
