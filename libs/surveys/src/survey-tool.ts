/** The two ITAS questionnaires answered by people: staff (IIT) and service users (EIT). */
export enum SurveyTool {
  IIT = 'IIT',
  EIT = 'EIT',
}
