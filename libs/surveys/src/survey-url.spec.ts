import { ErrorReason } from '@prongsai/common';
import { normalizeAccessCode, surveyUrl } from './survey-url';
import { SurveyTool } from './survey-tool';

describe('survey links', () => {
  it.each([
    [SurveyTool.IIT, '15596d', 'https://itas.nacc.go.th/go/iit/15596d'],
    [SurveyTool.EIT, 'a1b2c3', 'https://itas.nacc.go.th/go/eit/a1b2c3'],
    [SurveyTool.IIT, null, null],
  ])('%s %p → %p', (tool, code, url) => {
    expect(surveyUrl(tool, code)).toBe(url);
  });

  it('accepts the code of the Ayutthaya poster, trimmed', () => {
    expect(normalizeAccessCode(' 15596d ')).toBe('15596d');
  });

  it.each(['15596', '15596d7', '15596D', '1559-d', 'ก15596', ''])('refuses %p', (code) => {
    expect(() => normalizeAccessCode(code)).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        field: 'accessCode',
        reason: ErrorReason.INVALID_ACCESS_CODE,
      }),
    );
  });
});
