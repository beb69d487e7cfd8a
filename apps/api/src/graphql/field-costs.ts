import { getNamedType, getNullableType, isCompositeType, isListType } from 'graphql';
import { ComplexityEstimator } from 'graphql-query-complexity';

/**
 * What a field costs on its own, beyond the 1 every field costs: the work its resolver does (SQL, scoring),
 * measured on the bench's national data set and scaled so that an operation at the limit (5,000) costs about
 * 200 ms of server time. A roll-up is a handful of aggregate statements over every LAO of a province; a
 * progress estimate reads scores, OIT items and measures of one LAO and runs the scorer; a login is one
 * argon2id verification (~50 ms of CPU on purpose). Fields not named here cost 1 (a column or a DataLoader
 * hit); a new expensive field belongs here, and `field-costs.spec.ts` checks every name is in the schema.
 */
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  'Query.provinceRollup': 600,
  'Query.nationalRollup': 2500,
  'Query.organizationProgress': 100,
  'Query.simulateScore': 100,
  'Query.measures': 20,
  'Query.myMeasures': 20,
  'Query.oitItems': 20,
  'Query.oitReviewQueue': 50,
  'Query.indicatorScores': 10,
  'Query.indicatorScoreHistory': 10,
  'Query.organizations': 10,
  'Query.organizationMembers': 10,
  'Query.auditLog': 10,
  'Query.framework': 10,
  'Query.failedNotifications': 10,
  'Mutation.login': 1500,
  'Mutation.refreshToken': 100,
  'Mutation.createProvinceMeasure': 1000,
  'Mutation.runReminderScan': 2500,
};

/** Every mutation writes in a transaction and an audit row: at least this much. */
export const MUTATION_MIN_COST = 10;

/**
 * How many entries a list field holds at most in practice, so its children are counted that many times:
 * the framework's 43 OIT items, a province's LAOs (158 in Ayutthaya, 469 in the largest), a country's 77
 * provinces. A list with a `first` argument counts `first` entries instead; any other list counts
 * DEFAULT_LIST_SIZE.
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'Framework.oitItems': 50,
  'Framework.indicators': 20,
  'Framework.oitSubIndicators': 10,
  'Framework.tools': 3,
  'Framework.gradeBands': 8,
  'Framework.assumptions': 10,
  'Query.organizations': 200,
  'Query.measures': 50,
  'Query.myMeasures': 50,
  'Query.oitItems': 50,
  'OitReviewQueue.items': 100,
  'Query.indicatorScores': 20,
  'Query.indicatorScoreHistory': 50,
  'Query.organizationMembers': 30,
  'Query.surveyTargets': 2,
  'Query.frameworkYears': 5,
  'Query.myEmailPreferences': 5,
  'Measure.steps': 10,
  'Measure.assignees': 5,
  'Measure.evidence': 5,
  'NationalRollup.provinces': 77,
  'ProvinceRollup.byDistrict': 20,
  // Fixed-length lists of a roll-up: IIT and EIT, the framework's grades, the five organization types.
  'ProvinceRollup.byType': 5,
  'ProvinceRollup.surveys': 2,
  'ProvinceRollup.gradeDistribution': 8,
  'ProvinceRollupFigures.gradeDistribution': 8,
  'ProvinceRollupFigures.surveys': 2,
  'DistrictRollup.surveys': 2,
  'OrganizationTypeRollup.surveys': 2,
  'RollupFigures.surveys': 2,
  'OrganizationProgress.indicators': 20,
  'ScoreEstimate.toolScores': 3,
  'OrganizationProgress.toolScores': 3,
  'User.memberships': 5,
};

export const DEFAULT_LIST_SIZE = 10;

/** The largest `first` a list is counted with, whatever the client asks (resolvers clamp further). */
const MAX_COUNTED_PAGE = 500;

function listSize(key: string, args: Record<string, unknown>): number {
  const first = args.first;
  if (typeof first === 'number' && Number.isFinite(first)) {
    return Math.min(Math.max(Math.trunc(first), 0), MAX_COUNTED_PAGE);
  }
  return LIST_SIZES[key] ?? DEFAULT_LIST_SIZE;
}

/**
 * The estimator for graphql-query-complexity: a field costs 1 + its own cost (FIELD_COSTS, at least
 * MUTATION_MIN_COST for a mutation) + its children's cost, counted once per expected entry for a list of
 * objects. A list of scalars costs like one field: it is one column.
 */
export const fieldCostEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const key = `${type.name}.${field.name}`;
  // Introspection is answered from the schema in memory; its nested lists are not worth multiplying (and a
  // code generator's full introspection query must stay well under the limit).
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 1 + childComplexity;
  let own = FIELD_COSTS[key] ?? 0;
  if (type.name === 'Mutation') own = Math.max(own, MUTATION_MIN_COST);
  const nullable = getNullableType(field.type);
  const isObjectList = isListType(nullable) && isCompositeType(getNamedType(field.type));
  return 1 + own + (isObjectList ? listSize(key, args) : 1) * childComplexity;
};
