import { graphql } from '../../../gql';

export const OitChecklistDocument = graphql(`
  query OitChecklist($organizationId: ID!, $fiscalYear: Int!) {
    oitItems(organizationId: $organizationId, fiscalYear: $fiscalYear) {
      ...OitItemFields
    }
    framework(fiscalYear: $fiscalYear) {
      fiscalYear
      oitSubIndicators {
        code
        nameTh
        indicatorCode
      }
    }
  }
`);

export const OitItemFieldsFragment = graphql(`
  fragment OitItemFields on OitItem {
    code
    nameTh
    order
    subIndicatorCode
    indicatorCode
    status
    evidenceUrls
    note
    met
    review
    reviewComment
    reviewedAt
    updatedAt
  }
`);

export const UpdateOitItemDocument = graphql(`
  mutation UpdateOitItem($input: UpdateOitItemInput!) {
    updateOitItem(input: $input) {
      ...OitItemFields
    }
  }
`);

export const OitEvidenceLinksDocument = graphql(`
  query OitEvidenceLinks($organizationId: ID!, $fiscalYear: Int!) {
    evidenceLinks(organizationId: $organizationId, fiscalYear: $fiscalYear) {
      ...EvidenceLinkStatus
    }
  }
`);

export const CheckEvidenceLinksDocument = graphql(`
  mutation CheckEvidenceLinks($organizationId: ID!, $fiscalYear: Int) {
    checkEvidenceLinks(organizationId: $organizationId, fiscalYear: $fiscalYear)
  }
`);
