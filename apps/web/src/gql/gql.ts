/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query OrganizationHeader($id: ID!) {\n    organization(id: $id) {\n      id\n      code\n      nameTh\n      district {\n        nameTh\n      }\n      province {\n        code\n        nameTh\n      }\n    }\n    frameworkYears\n  }\n": typeof types.OrganizationHeaderDocument,
    "\n  query EmailPreferences {\n    myEmailPreferences {\n      kind\n      enabled\n    }\n  }\n": typeof types.EmailPreferencesDocument,
    "\n  mutation UpdateEmailPreferences($preferences: [EmailPreferenceInput!]!) {\n    updateEmailPreferences(preferences: $preferences) {\n      kind\n      enabled\n    }\n  }\n": typeof types.UpdateEmailPreferencesDocument,
    "\n  query Dashboard($organizationId: ID!, $fiscalYear: Int!) {\n    organizationProgress(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      estimatedScore\n      grade\n      gapToPass\n      passThreshold\n      passing\n      measuresTotal\n      measuresCompleted\n      measuresOverdue\n      toolScores {\n        tool\n        nameTh\n        score\n        weight\n      }\n      indicators {\n        indicatorCode\n        nameTh\n        tool\n        score\n        basis\n        fiscalYear\n      }\n    }\n    indicatorScoreHistory(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      id\n      indicatorCode\n      score\n      source\n      recordedAt\n    }\n    measures(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      id\n      title\n      dueDate\n      status\n      isOverdue\n    }\n    surveyTargets(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      id\n      tool\n      minimumResponses\n      responsesSoFar\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query SimulatorItems($organizationId: ID!, $fiscalYear: Int!) {\n    oitItems(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      code\n      nameTh\n      met\n      order\n    }\n  }\n": typeof types.SimulatorItemsDocument,
    "\n  query SimulateScore(\n    $organizationId: ID!\n    $fiscalYear: Int!\n    $indicatorScores: [IndicatorScoreChangeInput!]\n    $metOitItems: [String!]\n  ) {\n    simulateScore(\n      organizationId: $organizationId\n      fiscalYear: $fiscalYear\n      indicatorScores: $indicatorScores\n      metOitItems: $metOitItems\n    ) {\n      before {\n        totalScore\n        grade\n        gapToPass\n        passing\n      }\n      after {\n        totalScore\n        grade\n        gapToPass\n        passing\n        toolScores {\n          tool\n          score\n        }\n      }\n      delta\n    }\n  }\n": typeof types.SimulateScoreDocument,
    "\n  query HomeOrganizations($provinceCode: String!) {\n    organizations(provinceCode: $provinceCode) {\n      id\n      code\n      nameTh\n      district {\n        nameTh\n      }\n    }\n  }\n": typeof types.HomeOrganizationsDocument,
    "\n  query MeasuresTable($organizationId: ID!, $fiscalYear: Int!) {\n    measures(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      ...MeasureRow\n    }\n    framework(fiscalYear: $fiscalYear) {\n      fiscalYear\n      indicators {\n        code\n        nameTh\n        tool\n      }\n    }\n  }\n": typeof types.MeasuresTableDocument,
    "\n  fragment MeasureRow on Measure {\n    id\n    fiscalYear\n    title\n    responsible\n    dueDate\n    status\n    isOverdue\n    result\n    completedAt\n    indicatorCodes\n    provinceMeasureId\n    steps {\n      id\n      order\n      description\n      dueDate\n      completedAt\n      isOverdue\n    }\n  }\n": typeof types.MeasureRowFragmentDoc,
    "\n  mutation CreateMeasure($input: CreateMeasureInput!) {\n    createMeasure(input: $input) {\n      ...MeasureRow\n    }\n  }\n": typeof types.CreateMeasureDocument,
    "\n  mutation UpdateMeasure($id: ID!, $input: UpdateMeasureInput!) {\n    updateMeasure(id: $id, input: $input) {\n      ...MeasureRow\n    }\n  }\n": typeof types.UpdateMeasureDocument,
    "\n  mutation CompleteMeasure($id: ID!, $result: String!) {\n    completeMeasure(id: $id, result: $result) {\n      ...MeasureRow\n    }\n  }\n": typeof types.CompleteMeasureDocument,
    "\n  mutation DeleteMeasure($id: ID!) {\n    deleteMeasure(id: $id)\n  }\n": typeof types.DeleteMeasureDocument,
    "\n  query Measure($id: ID!) {\n    measure(id: $id) {\n      ...MeasureRow\n      organization {\n        id\n        nameTh\n      }\n      assignees {\n        userId\n        displayName\n        email\n      }\n      evidence {\n        id\n        label\n        url\n        createdAt\n      }\n    }\n  }\n": typeof types.MeasureDocument,
    "\n  query MeasureContext($organizationId: ID!, $fiscalYear: Int!) {\n    organizationMembers(organizationId: $organizationId) {\n      userId\n      displayName\n      email\n      role\n    }\n    framework(fiscalYear: $fiscalYear) {\n      fiscalYear\n      indicators {\n        code\n        nameTh\n      }\n    }\n    auditLog(organizationId: $organizationId, first: 100) {\n      id\n      action\n      actorUserId\n      entityType\n      entityId\n      createdAt\n      before\n      after\n    }\n  }\n": typeof types.MeasureContextDocument,
    "\n  mutation UpdateMeasureStep($id: ID!, $input: UpdateMeasureStepInput!) {\n    updateMeasureStep(id: $id, input: $input) {\n      ...MeasureRow\n    }\n  }\n": typeof types.UpdateMeasureStepDocument,
    "\n  mutation AssignMeasure($measureId: ID!, $userId: ID!) {\n    assignMeasure(measureId: $measureId, userId: $userId) {\n      id\n      assignees {\n        userId\n        displayName\n        email\n      }\n    }\n  }\n": typeof types.AssignMeasureDocument,
    "\n  mutation UnassignMeasure($measureId: ID!, $userId: ID!) {\n    unassignMeasure(measureId: $measureId, userId: $userId) {\n      id\n      assignees {\n        userId\n        displayName\n        email\n      }\n    }\n  }\n": typeof types.UnassignMeasureDocument,
    "\n  mutation AddEvidence($measureId: ID!, $input: AddMeasureEvidenceInput!) {\n    addMeasureEvidence(measureId: $measureId, input: $input) {\n      id\n      evidence {\n        id\n        label\n        url\n        createdAt\n      }\n    }\n  }\n": typeof types.AddEvidenceDocument,
    "\n  mutation RemoveEvidence($id: ID!) {\n    removeMeasureEvidence(id: $id) {\n      id\n      evidence {\n        id\n        label\n        url\n        createdAt\n      }\n    }\n  }\n": typeof types.RemoveEvidenceDocument,
    "\n  query MyMeasures($fiscalYear: Int!, $includeClosed: Boolean!) {\n    myMeasures(fiscalYear: $fiscalYear, includeClosed: $includeClosed) {\n      id\n      title\n      dueDate\n      status\n      isOverdue\n      organization {\n        id\n        nameTh\n      }\n    }\n  }\n": typeof types.MyMeasuresDocument,
    "\n  query FrameworkYears {\n    frameworkYears\n  }\n": typeof types.FrameworkYearsDocument,
    "\n  query OitChecklist($organizationId: ID!, $fiscalYear: Int!) {\n    oitItems(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      ...OitItemFields\n    }\n    framework(fiscalYear: $fiscalYear) {\n      fiscalYear\n      oitSubIndicators {\n        code\n        nameTh\n        indicatorCode\n      }\n    }\n  }\n": typeof types.OitChecklistDocument,
    "\n  fragment OitItemFields on OitItem {\n    code\n    nameTh\n    order\n    subIndicatorCode\n    indicatorCode\n    status\n    evidenceUrls\n    note\n    met\n    review\n    reviewComment\n    reviewedAt\n    updatedAt\n  }\n": typeof types.OitItemFieldsFragmentDoc,
    "\n  mutation UpdateOitItem($input: UpdateOitItemInput!) {\n    updateOitItem(input: $input) {\n      ...OitItemFields\n    }\n  }\n": typeof types.UpdateOitItemDocument,
    "\n  query SurveyTargets($organizationId: ID!, $fiscalYear: Int!) {\n    surveyTargets(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      id\n      tool\n      accessCode\n      minimumResponses\n      responsesSoFar\n      eligibleStaffCount\n      surveyUrl\n      updatedAt\n    }\n  }\n": typeof types.SurveyTargetsDocument,
    "\n  mutation SetSurveyTarget($input: SetSurveyTargetInput!) {\n    setSurveyTarget(input: $input) {\n      id\n      tool\n      accessCode\n      minimumResponses\n      responsesSoFar\n      eligibleStaffCount\n      surveyUrl\n      updatedAt\n    }\n  }\n": typeof types.SetSurveyTargetDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      memberships {\n        role\n        organization {\n          id\n          code\n          nameTh\n          district {\n            nameTh\n          }\n        }\n        province {\n          code\n          nameTh\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  query OrganizationHeader($id: ID!) {\n    organization(id: $id) {\n      id\n      code\n      nameTh\n      district {\n        nameTh\n      }\n      province {\n        code\n        nameTh\n      }\n    }\n    frameworkYears\n  }\n": types.OrganizationHeaderDocument,
    "\n  query EmailPreferences {\n    myEmailPreferences {\n      kind\n      enabled\n    }\n  }\n": types.EmailPreferencesDocument,
    "\n  mutation UpdateEmailPreferences($preferences: [EmailPreferenceInput!]!) {\n    updateEmailPreferences(preferences: $preferences) {\n      kind\n      enabled\n    }\n  }\n": types.UpdateEmailPreferencesDocument,
    "\n  query Dashboard($organizationId: ID!, $fiscalYear: Int!) {\n    organizationProgress(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      estimatedScore\n      grade\n      gapToPass\n      passThreshold\n      passing\n      measuresTotal\n      measuresCompleted\n      measuresOverdue\n      toolScores {\n        tool\n        nameTh\n        score\n        weight\n      }\n      indicators {\n        indicatorCode\n        nameTh\n        tool\n        score\n        basis\n        fiscalYear\n      }\n    }\n    indicatorScoreHistory(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      id\n      indicatorCode\n      score\n      source\n      recordedAt\n    }\n    measures(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      id\n      title\n      dueDate\n      status\n      isOverdue\n    }\n    surveyTargets(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      id\n      tool\n      minimumResponses\n      responsesSoFar\n    }\n  }\n": types.DashboardDocument,
    "\n  query SimulatorItems($organizationId: ID!, $fiscalYear: Int!) {\n    oitItems(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      code\n      nameTh\n      met\n      order\n    }\n  }\n": types.SimulatorItemsDocument,
    "\n  query SimulateScore(\n    $organizationId: ID!\n    $fiscalYear: Int!\n    $indicatorScores: [IndicatorScoreChangeInput!]\n    $metOitItems: [String!]\n  ) {\n    simulateScore(\n      organizationId: $organizationId\n      fiscalYear: $fiscalYear\n      indicatorScores: $indicatorScores\n      metOitItems: $metOitItems\n    ) {\n      before {\n        totalScore\n        grade\n        gapToPass\n        passing\n      }\n      after {\n        totalScore\n        grade\n        gapToPass\n        passing\n        toolScores {\n          tool\n          score\n        }\n      }\n      delta\n    }\n  }\n": types.SimulateScoreDocument,
    "\n  query HomeOrganizations($provinceCode: String!) {\n    organizations(provinceCode: $provinceCode) {\n      id\n      code\n      nameTh\n      district {\n        nameTh\n      }\n    }\n  }\n": types.HomeOrganizationsDocument,
    "\n  query MeasuresTable($organizationId: ID!, $fiscalYear: Int!) {\n    measures(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      ...MeasureRow\n    }\n    framework(fiscalYear: $fiscalYear) {\n      fiscalYear\n      indicators {\n        code\n        nameTh\n        tool\n      }\n    }\n  }\n": types.MeasuresTableDocument,
    "\n  fragment MeasureRow on Measure {\n    id\n    fiscalYear\n    title\n    responsible\n    dueDate\n    status\n    isOverdue\n    result\n    completedAt\n    indicatorCodes\n    provinceMeasureId\n    steps {\n      id\n      order\n      description\n      dueDate\n      completedAt\n      isOverdue\n    }\n  }\n": types.MeasureRowFragmentDoc,
    "\n  mutation CreateMeasure($input: CreateMeasureInput!) {\n    createMeasure(input: $input) {\n      ...MeasureRow\n    }\n  }\n": types.CreateMeasureDocument,
    "\n  mutation UpdateMeasure($id: ID!, $input: UpdateMeasureInput!) {\n    updateMeasure(id: $id, input: $input) {\n      ...MeasureRow\n    }\n  }\n": types.UpdateMeasureDocument,
    "\n  mutation CompleteMeasure($id: ID!, $result: String!) {\n    completeMeasure(id: $id, result: $result) {\n      ...MeasureRow\n    }\n  }\n": types.CompleteMeasureDocument,
    "\n  mutation DeleteMeasure($id: ID!) {\n    deleteMeasure(id: $id)\n  }\n": types.DeleteMeasureDocument,
    "\n  query Measure($id: ID!) {\n    measure(id: $id) {\n      ...MeasureRow\n      organization {\n        id\n        nameTh\n      }\n      assignees {\n        userId\n        displayName\n        email\n      }\n      evidence {\n        id\n        label\n        url\n        createdAt\n      }\n    }\n  }\n": types.MeasureDocument,
    "\n  query MeasureContext($organizationId: ID!, $fiscalYear: Int!) {\n    organizationMembers(organizationId: $organizationId) {\n      userId\n      displayName\n      email\n      role\n    }\n    framework(fiscalYear: $fiscalYear) {\n      fiscalYear\n      indicators {\n        code\n        nameTh\n      }\n    }\n    auditLog(organizationId: $organizationId, first: 100) {\n      id\n      action\n      actorUserId\n      entityType\n      entityId\n      createdAt\n      before\n      after\n    }\n  }\n": types.MeasureContextDocument,
    "\n  mutation UpdateMeasureStep($id: ID!, $input: UpdateMeasureStepInput!) {\n    updateMeasureStep(id: $id, input: $input) {\n      ...MeasureRow\n    }\n  }\n": types.UpdateMeasureStepDocument,
    "\n  mutation AssignMeasure($measureId: ID!, $userId: ID!) {\n    assignMeasure(measureId: $measureId, userId: $userId) {\n      id\n      assignees {\n        userId\n        displayName\n        email\n      }\n    }\n  }\n": types.AssignMeasureDocument,
    "\n  mutation UnassignMeasure($measureId: ID!, $userId: ID!) {\n    unassignMeasure(measureId: $measureId, userId: $userId) {\n      id\n      assignees {\n        userId\n        displayName\n        email\n      }\n    }\n  }\n": types.UnassignMeasureDocument,
    "\n  mutation AddEvidence($measureId: ID!, $input: AddMeasureEvidenceInput!) {\n    addMeasureEvidence(measureId: $measureId, input: $input) {\n      id\n      evidence {\n        id\n        label\n        url\n        createdAt\n      }\n    }\n  }\n": types.AddEvidenceDocument,
    "\n  mutation RemoveEvidence($id: ID!) {\n    removeMeasureEvidence(id: $id) {\n      id\n      evidence {\n        id\n        label\n        url\n        createdAt\n      }\n    }\n  }\n": types.RemoveEvidenceDocument,
    "\n  query MyMeasures($fiscalYear: Int!, $includeClosed: Boolean!) {\n    myMeasures(fiscalYear: $fiscalYear, includeClosed: $includeClosed) {\n      id\n      title\n      dueDate\n      status\n      isOverdue\n      organization {\n        id\n        nameTh\n      }\n    }\n  }\n": types.MyMeasuresDocument,
    "\n  query FrameworkYears {\n    frameworkYears\n  }\n": types.FrameworkYearsDocument,
    "\n  query OitChecklist($organizationId: ID!, $fiscalYear: Int!) {\n    oitItems(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      ...OitItemFields\n    }\n    framework(fiscalYear: $fiscalYear) {\n      fiscalYear\n      oitSubIndicators {\n        code\n        nameTh\n        indicatorCode\n      }\n    }\n  }\n": types.OitChecklistDocument,
    "\n  fragment OitItemFields on OitItem {\n    code\n    nameTh\n    order\n    subIndicatorCode\n    indicatorCode\n    status\n    evidenceUrls\n    note\n    met\n    review\n    reviewComment\n    reviewedAt\n    updatedAt\n  }\n": types.OitItemFieldsFragmentDoc,
    "\n  mutation UpdateOitItem($input: UpdateOitItemInput!) {\n    updateOitItem(input: $input) {\n      ...OitItemFields\n    }\n  }\n": types.UpdateOitItemDocument,
    "\n  query SurveyTargets($organizationId: ID!, $fiscalYear: Int!) {\n    surveyTargets(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      id\n      tool\n      accessCode\n      minimumResponses\n      responsesSoFar\n      eligibleStaffCount\n      surveyUrl\n      updatedAt\n    }\n  }\n": types.SurveyTargetsDocument,
    "\n  mutation SetSurveyTarget($input: SetSurveyTargetInput!) {\n    setSurveyTarget(input: $input) {\n      id\n      tool\n      accessCode\n      minimumResponses\n      responsesSoFar\n      eligibleStaffCount\n      surveyUrl\n      updatedAt\n    }\n  }\n": types.SetSurveyTargetDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      memberships {\n        role\n        organization {\n          id\n          code\n          nameTh\n          district {\n            nameTh\n          }\n        }\n        province {\n          code\n          nameTh\n        }\n      }\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationHeader($id: ID!) {\n    organization(id: $id) {\n      id\n      code\n      nameTh\n      district {\n        nameTh\n      }\n      province {\n        code\n        nameTh\n      }\n    }\n    frameworkYears\n  }\n"): (typeof documents)["\n  query OrganizationHeader($id: ID!) {\n    organization(id: $id) {\n      id\n      code\n      nameTh\n      district {\n        nameTh\n      }\n      province {\n        code\n        nameTh\n      }\n    }\n    frameworkYears\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailPreferences {\n    myEmailPreferences {\n      kind\n      enabled\n    }\n  }\n"): (typeof documents)["\n  query EmailPreferences {\n    myEmailPreferences {\n      kind\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEmailPreferences($preferences: [EmailPreferenceInput!]!) {\n    updateEmailPreferences(preferences: $preferences) {\n      kind\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEmailPreferences($preferences: [EmailPreferenceInput!]!) {\n    updateEmailPreferences(preferences: $preferences) {\n      kind\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($organizationId: ID!, $fiscalYear: Int!) {\n    organizationProgress(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      estimatedScore\n      grade\n      gapToPass\n      passThreshold\n      passing\n      measuresTotal\n      measuresCompleted\n      measuresOverdue\n      toolScores {\n        tool\n        nameTh\n        score\n        weight\n      }\n      indicators {\n        indicatorCode\n        nameTh\n        tool\n        score\n        basis\n        fiscalYear\n      }\n    }\n    indicatorScoreHistory(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      id\n      indicatorCode\n      score\n      source\n      recordedAt\n    }\n    measures(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      id\n      title\n      dueDate\n      status\n      isOverdue\n    }\n    surveyTargets(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      id\n      tool\n      minimumResponses\n      responsesSoFar\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($organizationId: ID!, $fiscalYear: Int!) {\n    organizationProgress(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      estimatedScore\n      grade\n      gapToPass\n      passThreshold\n      passing\n      measuresTotal\n      measuresCompleted\n      measuresOverdue\n      toolScores {\n        tool\n        nameTh\n        score\n        weight\n      }\n      indicators {\n        indicatorCode\n        nameTh\n        tool\n        score\n        basis\n        fiscalYear\n      }\n    }\n    indicatorScoreHistory(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      id\n      indicatorCode\n      score\n      source\n      recordedAt\n    }\n    measures(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      id\n      title\n      dueDate\n      status\n      isOverdue\n    }\n    surveyTargets(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      id\n      tool\n      minimumResponses\n      responsesSoFar\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimulatorItems($organizationId: ID!, $fiscalYear: Int!) {\n    oitItems(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      code\n      nameTh\n      met\n      order\n    }\n  }\n"): (typeof documents)["\n  query SimulatorItems($organizationId: ID!, $fiscalYear: Int!) {\n    oitItems(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      code\n      nameTh\n      met\n      order\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimulateScore(\n    $organizationId: ID!\n    $fiscalYear: Int!\n    $indicatorScores: [IndicatorScoreChangeInput!]\n    $metOitItems: [String!]\n  ) {\n    simulateScore(\n      organizationId: $organizationId\n      fiscalYear: $fiscalYear\n      indicatorScores: $indicatorScores\n      metOitItems: $metOitItems\n    ) {\n      before {\n        totalScore\n        grade\n        gapToPass\n        passing\n      }\n      after {\n        totalScore\n        grade\n        gapToPass\n        passing\n        toolScores {\n          tool\n          score\n        }\n      }\n      delta\n    }\n  }\n"): (typeof documents)["\n  query SimulateScore(\n    $organizationId: ID!\n    $fiscalYear: Int!\n    $indicatorScores: [IndicatorScoreChangeInput!]\n    $metOitItems: [String!]\n  ) {\n    simulateScore(\n      organizationId: $organizationId\n      fiscalYear: $fiscalYear\n      indicatorScores: $indicatorScores\n      metOitItems: $metOitItems\n    ) {\n      before {\n        totalScore\n        grade\n        gapToPass\n        passing\n      }\n      after {\n        totalScore\n        grade\n        gapToPass\n        passing\n        toolScores {\n          tool\n          score\n        }\n      }\n      delta\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeOrganizations($provinceCode: String!) {\n    organizations(provinceCode: $provinceCode) {\n      id\n      code\n      nameTh\n      district {\n        nameTh\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeOrganizations($provinceCode: String!) {\n    organizations(provinceCode: $provinceCode) {\n      id\n      code\n      nameTh\n      district {\n        nameTh\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasuresTable($organizationId: ID!, $fiscalYear: Int!) {\n    measures(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      ...MeasureRow\n    }\n    framework(fiscalYear: $fiscalYear) {\n      fiscalYear\n      indicators {\n        code\n        nameTh\n        tool\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeasuresTable($organizationId: ID!, $fiscalYear: Int!) {\n    measures(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      ...MeasureRow\n    }\n    framework(fiscalYear: $fiscalYear) {\n      fiscalYear\n      indicators {\n        code\n        nameTh\n        tool\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureRow on Measure {\n    id\n    fiscalYear\n    title\n    responsible\n    dueDate\n    status\n    isOverdue\n    result\n    completedAt\n    indicatorCodes\n    provinceMeasureId\n    steps {\n      id\n      order\n      description\n      dueDate\n      completedAt\n      isOverdue\n    }\n  }\n"): (typeof documents)["\n  fragment MeasureRow on Measure {\n    id\n    fiscalYear\n    title\n    responsible\n    dueDate\n    status\n    isOverdue\n    result\n    completedAt\n    indicatorCodes\n    provinceMeasureId\n    steps {\n      id\n      order\n      description\n      dueDate\n      completedAt\n      isOverdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeasure($input: CreateMeasureInput!) {\n    createMeasure(input: $input) {\n      ...MeasureRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMeasure($input: CreateMeasureInput!) {\n    createMeasure(input: $input) {\n      ...MeasureRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeasure($id: ID!, $input: UpdateMeasureInput!) {\n    updateMeasure(id: $id, input: $input) {\n      ...MeasureRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeasure($id: ID!, $input: UpdateMeasureInput!) {\n    updateMeasure(id: $id, input: $input) {\n      ...MeasureRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMeasure($id: ID!, $result: String!) {\n    completeMeasure(id: $id, result: $result) {\n      ...MeasureRow\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteMeasure($id: ID!, $result: String!) {\n    completeMeasure(id: $id, result: $result) {\n      ...MeasureRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMeasure($id: ID!) {\n    deleteMeasure(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteMeasure($id: ID!) {\n    deleteMeasure(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Measure($id: ID!) {\n    measure(id: $id) {\n      ...MeasureRow\n      organization {\n        id\n        nameTh\n      }\n      assignees {\n        userId\n        displayName\n        email\n      }\n      evidence {\n        id\n        label\n        url\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Measure($id: ID!) {\n    measure(id: $id) {\n      ...MeasureRow\n      organization {\n        id\n        nameTh\n      }\n      assignees {\n        userId\n        displayName\n        email\n      }\n      evidence {\n        id\n        label\n        url\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasureContext($organizationId: ID!, $fiscalYear: Int!) {\n    organizationMembers(organizationId: $organizationId) {\n      userId\n      displayName\n      email\n      role\n    }\n    framework(fiscalYear: $fiscalYear) {\n      fiscalYear\n      indicators {\n        code\n        nameTh\n      }\n    }\n    auditLog(organizationId: $organizationId, first: 100) {\n      id\n      action\n      actorUserId\n      entityType\n      entityId\n      createdAt\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  query MeasureContext($organizationId: ID!, $fiscalYear: Int!) {\n    organizationMembers(organizationId: $organizationId) {\n      userId\n      displayName\n      email\n      role\n    }\n    framework(fiscalYear: $fiscalYear) {\n      fiscalYear\n      indicators {\n        code\n        nameTh\n      }\n    }\n    auditLog(organizationId: $organizationId, first: 100) {\n      id\n      action\n      actorUserId\n      entityType\n      entityId\n      createdAt\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeasureStep($id: ID!, $input: UpdateMeasureStepInput!) {\n    updateMeasureStep(id: $id, input: $input) {\n      ...MeasureRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeasureStep($id: ID!, $input: UpdateMeasureStepInput!) {\n    updateMeasureStep(id: $id, input: $input) {\n      ...MeasureRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignMeasure($measureId: ID!, $userId: ID!) {\n    assignMeasure(measureId: $measureId, userId: $userId) {\n      id\n      assignees {\n        userId\n        displayName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignMeasure($measureId: ID!, $userId: ID!) {\n    assignMeasure(measureId: $measureId, userId: $userId) {\n      id\n      assignees {\n        userId\n        displayName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnassignMeasure($measureId: ID!, $userId: ID!) {\n    unassignMeasure(measureId: $measureId, userId: $userId) {\n      id\n      assignees {\n        userId\n        displayName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnassignMeasure($measureId: ID!, $userId: ID!) {\n    unassignMeasure(measureId: $measureId, userId: $userId) {\n      id\n      assignees {\n        userId\n        displayName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEvidence($measureId: ID!, $input: AddMeasureEvidenceInput!) {\n    addMeasureEvidence(measureId: $measureId, input: $input) {\n      id\n      evidence {\n        id\n        label\n        url\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddEvidence($measureId: ID!, $input: AddMeasureEvidenceInput!) {\n    addMeasureEvidence(measureId: $measureId, input: $input) {\n      id\n      evidence {\n        id\n        label\n        url\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveEvidence($id: ID!) {\n    removeMeasureEvidence(id: $id) {\n      id\n      evidence {\n        id\n        label\n        url\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveEvidence($id: ID!) {\n    removeMeasureEvidence(id: $id) {\n      id\n      evidence {\n        id\n        label\n        url\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMeasures($fiscalYear: Int!, $includeClosed: Boolean!) {\n    myMeasures(fiscalYear: $fiscalYear, includeClosed: $includeClosed) {\n      id\n      title\n      dueDate\n      status\n      isOverdue\n      organization {\n        id\n        nameTh\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyMeasures($fiscalYear: Int!, $includeClosed: Boolean!) {\n    myMeasures(fiscalYear: $fiscalYear, includeClosed: $includeClosed) {\n      id\n      title\n      dueDate\n      status\n      isOverdue\n      organization {\n        id\n        nameTh\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrameworkYears {\n    frameworkYears\n  }\n"): (typeof documents)["\n  query FrameworkYears {\n    frameworkYears\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OitChecklist($organizationId: ID!, $fiscalYear: Int!) {\n    oitItems(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      ...OitItemFields\n    }\n    framework(fiscalYear: $fiscalYear) {\n      fiscalYear\n      oitSubIndicators {\n        code\n        nameTh\n        indicatorCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query OitChecklist($organizationId: ID!, $fiscalYear: Int!) {\n    oitItems(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      ...OitItemFields\n    }\n    framework(fiscalYear: $fiscalYear) {\n      fiscalYear\n      oitSubIndicators {\n        code\n        nameTh\n        indicatorCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OitItemFields on OitItem {\n    code\n    nameTh\n    order\n    subIndicatorCode\n    indicatorCode\n    status\n    evidenceUrls\n    note\n    met\n    review\n    reviewComment\n    reviewedAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment OitItemFields on OitItem {\n    code\n    nameTh\n    order\n    subIndicatorCode\n    indicatorCode\n    status\n    evidenceUrls\n    note\n    met\n    review\n    reviewComment\n    reviewedAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOitItem($input: UpdateOitItemInput!) {\n    updateOitItem(input: $input) {\n      ...OitItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOitItem($input: UpdateOitItemInput!) {\n    updateOitItem(input: $input) {\n      ...OitItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyTargets($organizationId: ID!, $fiscalYear: Int!) {\n    surveyTargets(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      id\n      tool\n      accessCode\n      minimumResponses\n      responsesSoFar\n      eligibleStaffCount\n      surveyUrl\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query SurveyTargets($organizationId: ID!, $fiscalYear: Int!) {\n    surveyTargets(organizationId: $organizationId, fiscalYear: $fiscalYear) {\n      id\n      tool\n      accessCode\n      minimumResponses\n      responsesSoFar\n      eligibleStaffCount\n      surveyUrl\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSurveyTarget($input: SetSurveyTargetInput!) {\n    setSurveyTarget(input: $input) {\n      id\n      tool\n      accessCode\n      minimumResponses\n      responsesSoFar\n      eligibleStaffCount\n      surveyUrl\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetSurveyTarget($input: SetSurveyTargetInput!) {\n    setSurveyTarget(input: $input) {\n      id\n      tool\n      accessCode\n      minimumResponses\n      responsesSoFar\n      eligibleStaffCount\n      surveyUrl\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      memberships {\n        role\n        organization {\n          id\n          code\n          nameTh\n          district {\n            nameTh\n          }\n        }\n        province {\n          code\n          nameTh\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      email\n      memberships {\n        role\n        organization {\n          id\n          code\n          nameTh\n          district {\n            nameTh\n          }\n        }\n        province {\n          code\n          nameTh\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;