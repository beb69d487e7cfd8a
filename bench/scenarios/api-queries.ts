/** The GraphQL operations the API scenarios load, as a client of each screen would send them. */

export const ROLLUP_QUERY = `query Rollup($p: String!, $fy: Int!) {
  provinceRollup(provinceCode: $p, fiscalYear: $fy) {
    province { code nameTh } fiscalYear organizationCount estimatedCount passingCount passingPercent averageScore
    gradeDistribution { grade count }
    byDistrict { district { code nameTh } organizationCount passingCount averageScore measuresOverdue
                 previousYear { organizationCount passingCount averageScore } }
    byType { type organizationCount passingCount averageScore previousYear { passingCount averageScore } }
    measuresTotal measuresCompleted measuresOverdue
    oitItems { itemsExpected published accepted publishedPercent acceptedPercent }
    surveys { tool organizationsWithMinimum minimumResponses responses organizationsMeetingMinimum }
    atRisk(first: 10) { organization { code nameTh district { nameTh } } estimatedScore gapToPass grade measuresOverdue }
    previousYear { organizationCount passingCount averageScore gradeDistribution { grade count }
                   measuresTotal measuresCompleted measuresOverdue oitItems { publishedPercent acceptedPercent } }
  }
}`;

export const NATIONAL_QUERY = `query National($fy: Int!) {
  nationalRollup(fiscalYear: $fy) {
    organizationCount passingCount passingPercent averageScore gradeDistribution { grade count }
    measuresTotal measuresCompleted measuresOverdue
    byType { type organizationCount passingCount averageScore }
    previousYear { organizationCount passingCount averageScore }
    provinces {
      province { code nameTh } organizationCount passingCount averageScore measuresOverdue
      oitItems { acceptedPercent } previousYear { passingCount averageScore }
      atRisk(first: 3) { organization { code nameTh } gapToPass }
    }
  }
}`;

/** Everything a province roll-up has, for every province: what asking for all of it costs. */
export const NATIONAL_EVERYTHING_QUERY = `query NationalEverything($fy: Int!) {
  nationalRollup(fiscalYear: $fy) {
    organizationCount passingCount averageScore gradeDistribution { grade count } byType { type passingCount }
    provinces {
      province { code } organizationCount passingCount averageScore gradeDistribution { grade count }
      byDistrict { district { code nameTh } organizationCount passingCount averageScore measuresOverdue
                   previousYear { passingCount averageScore } }
      byType { type organizationCount passingCount averageScore }
      measuresTotal measuresCompleted measuresOverdue
      oitItems { publishedPercent acceptedPercent } surveys { tool responses minimumResponses }
      atRisk(first: 10) { organization { code nameTh district { nameTh } } gapToPass toolScores { tool score } }
      previousYear { passingCount averageScore gradeDistribution { grade count } }
    }
  }
}`;

export const MEASURES_QUERY = `query Measures($id: ID!, $fy: Int!) {
  measures(organizationId: $id, fiscalYear: $fy) {
    id title dueDate status isOverdue responsible steps { order description }
  }
}`;

export const PROGRESS_QUERY = `query Progress($id: ID!, $fy: Int!) {
  organizationProgress(organizationId: $id, fiscalYear: $fy) {
    estimatedScore grade passing gapToPass measuresTotal measuresCompleted measuresOverdue computedAt
    toolScores { tool score } indicators { indicatorCode score basis }
  }
}`;
