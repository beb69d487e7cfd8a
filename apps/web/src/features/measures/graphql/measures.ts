import { graphql } from '../../../gql';

export const MeasuresTableDocument = graphql(`
  query MeasuresTable($organizationId: ID!, $fiscalYear: Int!) {
    measures(organizationId: $organizationId, fiscalYear: $fiscalYear) {
      ...MeasureRow
    }
    framework(fiscalYear: $fiscalYear) {
      fiscalYear
      indicators {
        code
        nameTh
        tool
      }
    }
  }
`);

export const MeasureRowFragment = graphql(`
  fragment MeasureRow on Measure {
    id
    fiscalYear
    title
    responsible
    dueDate
    status
    isOverdue
    result
    completedAt
    indicatorCodes
    provinceMeasureId
    steps {
      id
      order
      description
      dueDate
      completedAt
      isOverdue
    }
  }
`);

export const CreateMeasureDocument = graphql(`
  mutation CreateMeasure($input: CreateMeasureInput!) {
    createMeasure(input: $input) {
      ...MeasureRow
    }
  }
`);

export const UpdateMeasureDocument = graphql(`
  mutation UpdateMeasure($id: ID!, $input: UpdateMeasureInput!) {
    updateMeasure(id: $id, input: $input) {
      ...MeasureRow
    }
  }
`);

export const CompleteMeasureDocument = graphql(`
  mutation CompleteMeasure($id: ID!, $result: String!) {
    completeMeasure(id: $id, result: $result) {
      ...MeasureRow
    }
  }
`);

export const DeleteMeasureDocument = graphql(`
  mutation DeleteMeasure($id: ID!) {
    deleteMeasure(id: $id)
  }
`);

export const MeasureDocument = graphql(`
  query Measure($id: ID!) {
    measure(id: $id) {
      ...MeasureRow
      organization {
        id
        nameTh
      }
      assignees {
        userId
        displayName
        email
      }
      evidence {
        id
        label
        url
        createdAt
      }
    }
  }
`);

export const MeasureContextDocument = graphql(`
  query MeasureContext($organizationId: ID!, $fiscalYear: Int!) {
    organizationMembers(organizationId: $organizationId) {
      userId
      displayName
      email
      role
    }
    framework(fiscalYear: $fiscalYear) {
      fiscalYear
      indicators {
        code
        nameTh
      }
    }
    auditLog(organizationId: $organizationId, first: 100) {
      id
      action
      actorUserId
      entityType
      entityId
      createdAt
      before
      after
    }
  }
`);

export const UpdateMeasureStepDocument = graphql(`
  mutation UpdateMeasureStep($id: ID!, $input: UpdateMeasureStepInput!) {
    updateMeasureStep(id: $id, input: $input) {
      ...MeasureRow
    }
  }
`);

export const AssignMeasureDocument = graphql(`
  mutation AssignMeasure($measureId: ID!, $userId: ID!) {
    assignMeasure(measureId: $measureId, userId: $userId) {
      id
      assignees {
        userId
        displayName
        email
      }
    }
  }
`);

export const UnassignMeasureDocument = graphql(`
  mutation UnassignMeasure($measureId: ID!, $userId: ID!) {
    unassignMeasure(measureId: $measureId, userId: $userId) {
      id
      assignees {
        userId
        displayName
        email
      }
    }
  }
`);

export const AddEvidenceDocument = graphql(`
  mutation AddEvidence($measureId: ID!, $input: AddMeasureEvidenceInput!) {
    addMeasureEvidence(measureId: $measureId, input: $input) {
      id
      evidence {
        id
        label
        url
        createdAt
      }
    }
  }
`);

export const RemoveEvidenceDocument = graphql(`
  mutation RemoveEvidence($id: ID!) {
    removeMeasureEvidence(id: $id) {
      id
      evidence {
        id
        label
        url
        createdAt
      }
    }
  }
`);

export const MyMeasuresDocument = graphql(`
  query MyMeasures($fiscalYear: Int!, $includeClosed: Boolean!) {
    myMeasures(fiscalYear: $fiscalYear, includeClosed: $includeClosed) {
      id
      title
      dueDate
      status
      isOverdue
      organization {
        id
        nameTh
      }
    }
  }
`);

export const FrameworkYearsDocument = graphql(`
  query FrameworkYears {
    frameworkYears
  }
`);

export const MeasureEvidenceLinksDocument = graphql(`
  query MeasureEvidenceLinks($organizationId: ID!, $fiscalYear: Int!) {
    evidenceLinks(organizationId: $organizationId, fiscalYear: $fiscalYear) {
      ...EvidenceLinkStatus
    }
  }
`);
