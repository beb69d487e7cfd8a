import {
  FieldNode,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLResolveInfo,
  Kind,
  SelectionSetNode,
  getArgumentValues,
  getNamedType,
} from 'graphql';
import type { RollupRequest } from '@prongsai/rollup';

export const AT_RISK_DEFAULT = 10;

type Scope = 'province' | 'national';

/** A field reached below a ProvinceRollup or a NationalRollup, e.g. "province.byDistrict". */
type Seen = `${Scope}.${string}`;

const SCOPE_OF: Record<string, Scope> = { ProvinceRollup: 'province', NationalRollup: 'national' };

/**
 * What the operation asks of a roll-up, read from its selection (aliases, fragments and variables
 * included): which grouping sets and sources the statement must compute, and the largest
 * `atRisk(first: …)`. The statement then computes exactly that — the at-risk list costs no query of its
 * own, and a national dashboard that shows per-province totals does not pay for every district.
 * A field name counts in the scope of the nearest roll-up above it: `previousYear.gradeDistribution` of a
 * province is the province's grades.
 */
export function rollupRequestFrom(info: GraphQLResolveInfo): SelectionRequest {
  const node = info.fieldNodes[0];
  const known = node && walked.get(node);
  if (known) return known;
  const { request, usesVariables } = walk(info);
  if (node && !usesVariables) walked.set(node, request);
  return request;
}

type SelectionRequest = Readonly<Required<Omit<RollupRequest, 'audience'>>>;

/**
 * The walk's answer per roll-up field of a parsed document. Apollo keeps each query string's parsed
 * document, so a dashboard asking the same query again brings the same field node and the walk (1.4 % of
 * the API's CPU under the bench's load) is done once. Not kept when an `atRisk(first: $var)` makes the
 * answer depend on the variables. Frozen: every request shares it.
 */
const walked = new WeakMap<FieldNode, SelectionRequest>();

function walk(info: GraphQLResolveInfo): { request: SelectionRequest; usesVariables: boolean } {
  const seen = new Set<Seen>();
  let atRiskLimit = 0;
  let usesVariables = false;

  const visit = (set: SelectionSetNode | undefined, parent: GraphQLNamedType, scope: Scope): void => {
    if (!set || !(parent instanceof GraphQLObjectType)) return;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const field = parent.getFields()[name];
        if (!field) continue; // __typename
        seen.add(`${scope}.${name}`);
        if (name === 'atRisk') {
          usesVariables ||= (selection.arguments ?? []).some((a) => a.value.kind === Kind.VARIABLE);
          const args = getArgumentValues(field, selection, info.variableValues) as { first?: number | null };
          atRiskLimit = Math.max(atRiskLimit, args.first ?? AT_RISK_DEFAULT);
        }
        const type = getNamedType(field.type);
        visit(selection.selectionSet, type, SCOPE_OF[type.name] ?? scope);
      } else {
        const fragment =
          selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
        const condition = fragment?.typeCondition?.name.value;
        visit(fragment?.selectionSet, condition ? info.schema.getType(condition)! : parent, scope);
      }
    }
  };
  const root = getNamedType(info.returnType);
  for (const node of info.fieldNodes) visit(node.selectionSet, root, SCOPE_OF[root.name] ?? 'province');

  const any = (field: string) => seen.has(`province.${field}`) || seen.has(`national.${field}`);
  const request = {
    atRiskLimit,
    parts: Object.freeze({
      byDistrict: seen.has('province.byDistrict'),
      byType: seen.has('province.byType'),
      grades: seen.has('province.gradeDistribution'),
      nationalByType: seen.has('national.byType'),
      nationalGrades: seen.has('national.gradeDistribution'),
      overdue: any('measuresOverdue'),
      oit: any('oitItems'),
      surveys: any('surveys'),
      atRiskDetails: seen.has('province.toolScores') || seen.has('province.indicators'),
    }),
  };
  return { request: Object.freeze(request), usesVariables };
}
