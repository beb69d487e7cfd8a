import { graphql } from '../../../gql';

/** Everything the province dashboard shows, narrowed by its filters on the server (every part at once). */
export const ProvinceDashboardDocument = graphql(`
  query ProvinceDashboard(
    $provinceCode: String!
    $fiscalYear: Int!
    $districtCode: String
    $organizationType: OrganizationType
  ) {
    provinceRollup(
      provinceCode: $provinceCode
      fiscalYear: $fiscalYear
      districtCode: $districtCode
      organizationType: $organizationType
    ) {
      province {
        code
        nameTh
      }
      fiscalYear
      organizationCount
      estimatedCount
      passingCount
      passingPercent
      averageScore
      measuresTotal
      measuresCompleted
      measuresOverdue
      oitItems {
        acceptedPercent
      }
      gradeDistribution {
        grade
        count
      }
      previousYear {
        fiscalYear
        organizationCount
        passingCount
        averageScore
        measuresOverdue
        gradeDistribution {
          grade
          count
        }
      }
      byDistrict {
        district {
          code
          nameTh
        }
        organizationCount
        estimatedCount
        passingCount
        averageScore
        measuresOverdue
        oitItems {
          acceptedPercent
        }
        surveys {
          tool
          minimumResponses
          responses
        }
        previousYear {
          organizationCount
          passingCount
          averageScore
          measuresOverdue
          oitItems {
            acceptedPercent
          }
        }
      }
      byType {
        type
        organizationCount
        estimatedCount
        passingCount
        averageScore
        measuresOverdue
        oitItems {
          acceptedPercent
        }
        surveys {
          tool
          minimumResponses
          responses
        }
        previousYear {
          organizationCount
          passingCount
          averageScore
          measuresOverdue
          oitItems {
            acceptedPercent
          }
        }
      }
      atRisk(first: 25) {
        organization {
          id
          code
          nameTh
          type
          district {
            nameTh
          }
        }
        estimatedScore
        gapToPass
        grade
        measuresOverdue
        measuresTotal
        indicators {
          indicatorCode
          nameTh
          score
        }
      }
    }
    provinceOverdueMeasures(
      provinceCode: $provinceCode
      fiscalYear: $fiscalYear
      districtCode: $districtCode
      organizationType: $organizationType
      first: 50
    ) {
      totalCount
      items {
        id
        title
        responsible
        dueDate
        daysOverdue
        organizationId
        organizationName
      }
    }
  }
`);

/**
 * The dashboard's LAOs below their survey minimum, a query of its own: one row per LAO and tool (517 rows,
 * ~117 KB, in the largest province), so the figures above it need not wait for them.
 */
export const ProvinceSurveyShortfallsDocument = graphql(`
  query ProvinceSurveyShortfalls(
    $provinceCode: String!
    $fiscalYear: Int!
    $districtCode: String
    $organizationType: OrganizationType
  ) {
    provinceSurveyShortfalls(
      provinceCode: $provinceCode
      fiscalYear: $fiscalYear
      districtCode: $districtCode
      organizationType: $organizationType
    ) {
      organizationId
      organizationName
      districtName
      tool
      minimumResponses
      responsesSoFar
      missing
    }
  }
`);

export const CreateProvinceMeasureDocument = graphql(`
  mutation CreateProvinceMeasure($input: CreateProvinceMeasureInput!) {
    createProvinceMeasure(input: $input) {
      provinceMeasureId
      measureCount
    }
  }
`);

export const ProvinceMeasuresProgressDocument = graphql(`
  query ProvinceMeasuresProgress($provinceCode: String!, $fiscalYear: Int!) {
    provinceMeasures(provinceCode: $provinceCode, fiscalYear: $fiscalYear) {
      provinceMeasureId
      title
      responsible
      dueDate
      reached
      completed
      inProgress
      planned
      overdue
      cancelled
      carriedOver
    }
  }
`);

export const ProvinceFrameworkDocument = graphql(`
  query ProvinceFramework($fiscalYear: Int!) {
    framework(fiscalYear: $fiscalYear) {
      fiscalYear
      indicators {
        code
        nameTh
      }
      oitSubIndicators {
        code
        nameTh
      }
    }
  }
`);

export const DigestPreferenceDocument = graphql(`
  query DigestPreference {
    myEmailPreferences {
      kind
      enabled
    }
  }
`);

export const SetDigestPreferenceDocument = graphql(`
  mutation SetDigestPreference($preferences: [EmailPreferenceInput!]!) {
    updateEmailPreferences(preferences: $preferences) {
      kind
      enabled
    }
  }
`);

/** The figures the Monday digest speaks of, as they stand now (the preview says so). */
export const DigestPreviewDocument = graphql(`
  query DigestPreview($provinceCode: String!) {
    supervisorDigestPreview(provinceCode: $provinceCode) {
      asOf
      subject
      text
    }
  }
`);

/** The province report pack: ask the worker for it, then follow its progress until it can be downloaded. */
export const RequestReportPackDocument = graphql(`
  mutation RequestReportPack($provinceCode: String!, $fiscalYear: Int!) {
    requestReportPack(provinceCode: $provinceCode, fiscalYear: $fiscalYear) {
      id
      status
      total
      done
      downloadUrl
    }
  }
`);

export const ReportPackProgressDocument = graphql(`
  query ReportPackProgress($id: ID!) {
    reportPack(id: $id) {
      id
      status
      total
      done
      downloadUrl
      expiresAt
    }
  }
`);
