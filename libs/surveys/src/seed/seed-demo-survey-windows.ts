import { EntityManager } from 'typeorm';
import { SurveyTool } from '../survey-tool';
import { SurveyWindow } from '../survey-window.entity';

/**
 * Demo only (never in production): FY2570's survey windows, so the demo's survey cards count days. The NACC
 * announces the real dates each year; an admin sets them with setSurveyWindow. Existing rows are kept.
 */
export const DEMO_SURVEY_WINDOWS = [
  { fiscalYear: 2570, tool: SurveyTool.IIT, opensOn: '2027-03-01', closesOn: '2027-06-30' },
  { fiscalYear: 2570, tool: SurveyTool.EIT, opensOn: '2027-03-01', closesOn: '2027-06-30' },
] as const;

export async function seedDemoSurveyWindows(em: EntityManager): Promise<number> {
  const result = await em
    .createQueryBuilder()
    .insert()
    .into(SurveyWindow)
    .values(DEMO_SURVEY_WINDOWS.map((w) => ({ ...w, updatedBy: null })))
    .orIgnore()
    .execute();
  return result.identifiers.length;
}
