import { graphql } from '../../../gql';

export const SurveyTargetsDocument = graphql(`
  query SurveyTargets($organizationId: ID!, $fiscalYear: Int!) {
    surveyTargets(organizationId: $organizationId, fiscalYear: $fiscalYear) {
      id
      tool
      accessCode
      minimumResponses
      responsesSoFar
      eligibleStaffCount
      surveyUrl
      updatedAt
    }
  }
`);

export const SetSurveyTargetDocument = graphql(`
  mutation SetSurveyTarget($input: SetSurveyTargetInput!) {
    setSurveyTarget(input: $input) {
      id
      tool
      accessCode
      minimumResponses
      responsesSoFar
      eligibleStaffCount
      surveyUrl
      updatedAt
    }
  }
`);
