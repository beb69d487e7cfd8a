import { graphql } from '../../../gql';

export const FrameworkVersionsDocument = graphql(`
  query FrameworkVersions {
    frameworkVersions {
      id
      fiscalYear
      revision
      status
      current
      inUse
      confirmedByNacc
      source
      note
      publishedAt
      updatedAt
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
    frameworkYears
  }
`);

/**
 * Everything the version's page shows. The page's query and the save and publish mutations all return it,
 * so Apollo's cache changes in one write: the form never remounts on a new updatedAt with the old content.
 */
export const FrameworkVersionDetailFragment = graphql(`
  fragment FrameworkVersionDetail on FrameworkVersion {
    id
    fiscalYear
    revision
    status
    current
    inUse
    confirmedByNacc
    source
    note
    publishedAt
    updatedAt
    framework {
      fiscalYear
      passThreshold
      assumptions
      noticeTh
      tools {
        code
        nameTh
        weight
      }
      indicators {
        code
        nameTh
        tool
        weight
      }
      oitSubIndicators {
        code
        nameTh
        indicatorCode
        weight
      }
      oitItems {
        code
        nameTh
        order
        subIndicatorCode
      }
      gradeBands {
        grade
        min
        max
      }
    }
  }
`);

export const FrameworkVersionDocument = graphql(`
  query FrameworkVersion($id: ID!) {
    frameworkVersion(id: $id) {
      ...FrameworkVersionDetail
    }
  }
`);

export const FrameworkFileDocument = graphql(`
  query FrameworkFile($id: ID!, $format: FrameworkFileFormat!) {
    frameworkFile(id: $id, format: $format)
  }
`);

export const ValidateFrameworkFileDocument = graphql(`
  query ValidateFrameworkFile($input: FrameworkFileInput!) {
    validateFrameworkFile(input: $input) {
      path
      reason
      message
    }
  }
`);

export const CreateFrameworkDraftDocument = graphql(`
  mutation CreateFrameworkDraft($input: CreateFrameworkDraftInput!) {
    createFrameworkDraft(input: $input) {
      id
      fiscalYear
      status
    }
  }
`);

export const ImportFrameworkDraftDocument = graphql(`
  mutation ImportFrameworkDraft($input: ImportFrameworkDraftInput!) {
    importFrameworkDraft(input: $input) {
      id
      fiscalYear
      status
    }
  }
`);

export const UpdateFrameworkDraftDocument = graphql(`
  mutation UpdateFrameworkDraft($id: ID!, $input: UpdateFrameworkDraftInput!) {
    updateFrameworkDraft(id: $id, input: $input) {
      ...FrameworkVersionDetail
    }
  }
`);

export const PublishFrameworkDraftDocument = graphql(`
  mutation PublishFrameworkDraft($id: ID!, $confirmedByNacc: Boolean) {
    publishFrameworkDraft(id: $id, confirmedByNacc: $confirmedByNacc) {
      ...FrameworkVersionDetail
    }
  }
`);

export const DiscardFrameworkDraftDocument = graphql(`
  mutation DiscardFrameworkDraft($id: ID!) {
    discardFrameworkDraft(id: $id)
  }
`);
