import { graphql } from '../../../gql';

export const DashboardDocument = graphql(`
  query Dashboard($organizationId: ID!, $fiscalYear: Int!) {
    organizationProgress(organizationId: $organizationId, fiscalYear: $fiscalYear) {
      estimatedScore
      grade
      gapToPass
      passThreshold
      passing
      measuresTotal
      measuresCompleted
      measuresOverdue
      toolScores {
        tool
        nameTh
        score
        weight
      }
      indicators {
        indicatorCode
        nameTh
        tool
        score
        basis
        fiscalYear
      }
    }
    indicatorScoreHistory(organizationId: $organizationId, fiscalYear: $fiscalYear) {
      id
      indicatorCode
      score
      source
      recordedAt
    }
    measures(organizationId: $organizationId, fiscalYear: $fiscalYear) {
      id
      title
      dueDate
      status
      isOverdue
    }
    surveyTargets(organizationId: $organizationId, fiscalYear: $fiscalYear) {
      id
      tool
      minimumResponses
      responsesSoFar
      accessCode
    }
    surveyWindows(fiscalYear: $fiscalYear) {
      tool
      opensOn
      closesOn
      phase
      daysUntilOpen
      daysLeft
    }
  }
`);

export const SimulatorItemsDocument = graphql(`
  query SimulatorItems($organizationId: ID!, $fiscalYear: Int!) {
    oitItems(organizationId: $organizationId, fiscalYear: $fiscalYear) {
      code
      nameTh
      met
      order
    }
  }
`);

export const SimulateScoreDocument = graphql(`
  query SimulateScore(
    $organizationId: ID!
    $fiscalYear: Int!
    $indicatorScores: [IndicatorScoreChangeInput!]
    $metOitItems: [String!]
  ) {
    simulateScore(
      organizationId: $organizationId
      fiscalYear: $fiscalYear
      indicatorScores: $indicatorScores
      metOitItems: $metOitItems
    ) {
      before {
        totalScore
        grade
        gapToPass
        passing
      }
      after {
        totalScore
        grade
        gapToPass
        passing
        toolScores {
          tool
          score
        }
      }
      delta
    }
  }
`);

export const HomeOrganizationsDocument = graphql(`
  query HomeOrganizations($provinceCode: String!) {
    organizations(provinceCode: $provinceCode) {
      id
      code
      nameTh
      district {
        nameTh
      }
    }
  }
`);
