import { graphql } from '../../../gql';

export const OitReviewQueueDocument = graphql(`
  query OitReviewQueue(
    $provinceCode: String!
    $fiscalYear: Int!
    $districtCode: String
    $subIndicatorCode: String
  ) {
    oitReviewQueue(
      provinceCode: $provinceCode
      fiscalYear: $fiscalYear
      districtCode: $districtCode
      subIndicatorCode: $subIndicatorCode
      first: 500
    ) {
      total
      items {
        submittedAt
        organization {
          id
          nameTh
          district {
            nameTh
          }
        }
        item {
          code
          nameTh
          subIndicatorCode
          evidenceUrls
          note
        }
      }
    }
    framework(fiscalYear: $fiscalYear) {
      fiscalYear
      oitSubIndicators {
        code
        nameTh
      }
    }
  }
`);

/** The link checker's latest word on the current item's evidence (one LAO: cheap). */
export const ReviewEvidenceLinksDocument = graphql(`
  query ReviewEvidenceLinks($organizationId: ID!, $fiscalYear: Int!) {
    evidenceLinks(organizationId: $organizationId, fiscalYear: $fiscalYear) {
      url
      itemCode
      lastCheck {
        outcome
      }
    }
  }
`);

export const ReviewQueueDecisionDocument = graphql(`
  mutation ReviewQueueDecision($input: ReviewOitItemInput!) {
    reviewOitItem(input: $input) {
      code
      review
    }
  }
`);
