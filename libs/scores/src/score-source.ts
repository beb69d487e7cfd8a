/** OFFICIAL: a result published by the NACC. SELF_ASSESSMENT: the LAO's own estimate during the year. */
export enum ScoreSource {
  OFFICIAL = 'OFFICIAL',
  SELF_ASSESSMENT = 'SELF_ASSESSMENT',
}
