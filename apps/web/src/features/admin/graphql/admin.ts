import { graphql } from '../../../gql';

export const NationalRollupDocument = graphql(`
  query NationalRollup($fiscalYear: Int!) {
    nationalRollup(fiscalYear: $fiscalYear) {
      fiscalYear
      organizationCount
      passingCount
      averageScore
      measuresOverdue
      previousYear {
        fiscalYear
        passingCount
        organizationCount
      }
      provinces {
        province {
          code
          nameTh
        }
        organizationCount
        passingCount
        averageScore
        measuresOverdue
        oitItems {
          acceptedPercent
        }
        previousYear {
          passingCount
          averageScore
        }
      }
    }
    frameworkYears
  }
`);

export const FailedNotificationsDocument = graphql(`
  query FailedNotifications {
    failedNotifications(first: 50) {
      id
      kind
      recipientEmail
      attempts
      failedAt
      lastError
    }
  }
`);

export const RetryFailedNotificationDocument = graphql(`
  mutation RetryFailedNotification($id: ID!) {
    retryFailedNotification(id: $id)
  }
`);

export const FrameworkListDocument = graphql(`
  query FrameworkList {
    frameworkVersions {
      id
      fiscalYear
      revision
      status
      current
      confirmedByNacc
      publishedAt
      framework {
        passThreshold
        indicators {
          code
        }
        oitItems {
          code
        }
      }
    }
  }
`);

export const SurveyWindowsDocument = graphql(`
  query SurveyWindows($fiscalYear: Int!) {
    surveyWindows(fiscalYear: $fiscalYear) {
      fiscalYear
      tool
      opensOn
      closesOn
      updatedAt
    }
  }
`);

export const SetSurveyWindowDocument = graphql(`
  mutation SetSurveyWindow($input: SetSurveyWindowInput!) {
    setSurveyWindow(input: $input) {
      fiscalYear
      tool
      opensOn
      closesOn
      updatedAt
    }
  }
`);

export const FrameworkYearsListDocument = graphql(`
  query AdminFrameworkYears {
    frameworkYears
  }
`);
