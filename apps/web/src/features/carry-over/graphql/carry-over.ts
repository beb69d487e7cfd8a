import { graphql } from '../../../gql';

export const CarryOverCandidatesDocument = graphql(`
  query CarryOverCandidates($organizationId: ID!, $fiscalYear: Int!) {
    carryOverCandidates(organizationId: $organizationId, fiscalYear: $fiscalYear) {
      id
      fiscalYear
      title
      responsible
      dueDate
      status
      isOverdue
      steps {
        id
        completedAt
      }
    }
  }
`);

export const CarryOverMeasuresDocument = graphql(`
  mutation CarryOverMeasures($input: CarryOverMeasuresInput!) {
    carryOverMeasures(input: $input) {
      carried {
        id
        title
      }
      alreadyCarried {
        id
        title
      }
    }
  }
`);

export const PrefillOitItemsDocument = graphql(`
  mutation PrefillOitItems($organizationId: ID!, $fiscalYear: Int!) {
    prefillOitItems(organizationId: $organizationId, fiscalYear: $fiscalYear)
  }
`);

export const CarryOverSurveyTargetsDocument = graphql(`
  mutation CarryOverSurveyTargets($organizationId: ID!, $fiscalYear: Int!) {
    carryOverSurveyTargets(organizationId: $organizationId, fiscalYear: $fiscalYear) {
      id
      tool
    }
  }
`);
