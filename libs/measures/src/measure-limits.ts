/** Input limits of measures, shared by the GraphQL DTOs (early, shape) and the services (authoritative). */
export const MEASURE_LIMITS = {
  title: 500,
  step: 2000,
  steps: 50,
  responsible: 500,
  result: 5000,
  indicatorCodes: 20,
  evidenceLabel: 300,
  evidencePerMeasure: 50,
  assigneesPerMeasure: 20,
  /** Measures carried over in one call (an LAO has a few dozen a year). */
  carryOver: 200,
} as const;
