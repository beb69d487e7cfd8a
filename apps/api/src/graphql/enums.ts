import { registerEnumType } from '@nestjs/graphql';
import { OrganizationType, Role } from '@prongsai/common';
import { MeasureStatus } from '@prongsai/measures';
import { OitItemStatus, OitReview } from '@prongsai/oit';
import { ScoreSource } from '@prongsai/scores';
import { ScoreBasis } from '@prongsai/scoring';
import { SurveyTool } from '@prongsai/surveys';

registerEnumType(Role, { name: 'Role' });
registerEnumType(OrganizationType, { name: 'OrganizationType' });
registerEnumType(MeasureStatus, { name: 'MeasureStatus' });
registerEnumType(ScoreSource, { name: 'ScoreSource' });
registerEnumType(ScoreBasis, {
  name: 'ScoreBasis',
  description: 'Why an indicator has its score in an estimate (the estimate rule, in order of precedence)',
  valuesMap: {
    SELF_ASSESSMENT: { description: 'The latest self-assessment of the year' },
    OIT_ITEMS: { description: 'Computed from the OIT items a supervisor accepted (a self-assessment)' },
    OFFICIAL: { description: 'The official (NACC) score of the year' },
    PREVIOUS_YEAR_OFFICIAL: { description: 'The official score of the previous fiscal year' },
  },
});
registerEnumType(OitItemStatus, { name: 'OitItemStatus' });
registerEnumType(OitReview, { name: 'OitReview' });
registerEnumType(SurveyTool, { name: 'SurveyTool' });

export {
  MeasureStatus,
  OitItemStatus,
  OitReview,
  OrganizationType,
  Role,
  ScoreBasis,
  ScoreSource,
  SurveyTool,
};
