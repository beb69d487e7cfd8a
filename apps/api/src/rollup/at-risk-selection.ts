import {
  FieldNode,
  GraphQLObjectType,
  GraphQLResolveInfo,
  Kind,
  SelectionSetNode,
  getArgumentValues,
} from 'graphql';

export const AT_RISK_FIELD = 'atRisk';
export const AT_RISK_DEFAULT = 10;

/**
 * The largest `atRisk(first: …)` the operation asks for anywhere below the current field (through aliases,
 * inline fragments and named fragments), or 0 when it does not ask for the list at all. The roll-up
 * statement then fetches exactly that many per province, in the same statement as the figures: the
 * at-risk list costs no query of its own, and nothing is fetched that no one asked for.
 */
export function requestedAtRiskLimit(info: GraphQLResolveInfo, typeName: string): number {
  const type = info.schema.getType(typeName);
  const field = type instanceof GraphQLObjectType ? type.getFields()[AT_RISK_FIELD] : undefined;
  if (!field) throw new Error(`${typeName}.${AT_RISK_FIELD} is not in the schema`);
  let max = 0;
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === AT_RISK_FIELD) {
          const args = getArgumentValues(field, selection, info.variableValues) as { first?: number | null };
          max = Math.max(max, args.first ?? AT_RISK_DEFAULT);
        }
        visit(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  info.fieldNodes.forEach((node: FieldNode) => visit(node.selectionSet));
  return max;
}
