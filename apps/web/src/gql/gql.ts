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
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      memberships {\n        role\n        organization {\n          id\n          code\n          nameTh\n          district {\n            nameTh\n          }\n        }\n        province {\n          code\n          nameTh\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      email\n      memberships {\n        role\n        organization {\n          id\n          code\n          nameTh\n          district {\n            nameTh\n          }\n        }\n        province {\n          code\n          nameTh\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;