import { BadInputError, ErrorCode, ErrorReason as Reason } from '@prongsai/common';
import { loadBundledFrameworks } from '@prongsai/frameworks/data';
import { estimate } from './estimate';
import { gradeFor } from './grade';
import { oitIndicatorScores } from './oit-score';
import { gapToPass, isPassing } from './pass-mark';
import { ScoringInputError } from './scoring-input-error';
import { simulate } from './simulate';
import { toolScores } from './tool-scores';
import { totalScore } from './total-score';

const fy2566 = loadBundledFrameworks().find((fw) => fw.fiscalYear === 2566)!;

function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('ScoringInputError: every public function names the bad field', () => {
  it.each<[string, () => unknown, string, Reason]>([
    [
      'unknown indicator code',
      () => toolScores(fy2566, { '11': 50 }),
      'indicatorScores.11',
      Reason.UNKNOWN_INDICATOR,
    ],
    [
      'indicator score above 100',
      () => toolScores(fy2566, { '1': 100.01 }),
      'indicatorScores.1',
      Reason.SCORE_OUT_OF_RANGE,
    ],
    [
      'negative indicator score',
      () => toolScores(fy2566, { '2': -0.01 }),
      'indicatorScores.2',
      Reason.SCORE_OUT_OF_RANGE,
    ],
    [
      'NaN indicator score',
      () => toolScores(fy2566, { '3': NaN }),
      'indicatorScores.3',
      Reason.SCORE_NOT_A_NUMBER,
    ],
    [
      'infinite indicator score',
      () => toolScores(fy2566, { '4': Infinity }),
      'indicatorScores.4',
      Reason.SCORE_OUT_OF_RANGE,
    ],
    [
      'indicator score as text',
      () => toolScores(fy2566, { '5': '85' as never }),
      'indicatorScores.5',
      Reason.SCORE_NOT_A_NUMBER,
    ],
    [
      'estimate with an unknown indicator',
      () => estimate(fy2566, { '0': 50 }),
      'indicatorScores.0',
      Reason.UNKNOWN_INDICATOR,
    ],
    ['unknown tool code', () => totalScore(fy2566, { XIT: 50 }), 'toolScores.XIT', Reason.UNKNOWN_TOOL],
    [
      'NaN tool score',
      () => totalScore(fy2566, { IIT: 80, EIT: 80, OIT: NaN }),
      'toolScores.OIT',
      Reason.SCORE_NOT_A_NUMBER,
    ],
    [
      'tool score above 100',
      () => totalScore(fy2566, { IIT: 101, EIT: 80, OIT: 80 }),
      'toolScores.IIT',
      Reason.SCORE_OUT_OF_RANGE,
    ],
    ['NaN total for a grade', () => gradeFor(fy2566, NaN), 'total', Reason.SCORE_NOT_A_NUMBER],
    ['total above 100 for a grade', () => gradeFor(fy2566, 100.5), 'total', Reason.SCORE_OUT_OF_RANGE],
    ['negative total for passing', () => isPassing(fy2566, -1), 'total', Reason.SCORE_OUT_OF_RANGE],
    ['NaN total for the gap', () => gapToPass(fy2566, NaN), 'total', Reason.SCORE_NOT_A_NUMBER],
    [
      'unknown OIT item',
      () => oitIndicatorScores(fy2566, ['O1', 'O44']),
      'metItemCodes.1',
      Reason.UNKNOWN_OIT_ITEM,
    ],
    [
      'bad base of a simulation',
      () => simulate(fy2566, { '3': 120 }, {}),
      'base.3',
      Reason.SCORE_OUT_OF_RANGE,
    ],
    [
      'unknown OIT item in a simulation',
      () => simulate(fy2566, {}, { metOitItems: ['O99'] }),
      'change.metOitItems.0',
      Reason.UNKNOWN_OIT_ITEM,
    ],
    [
      'bad indicator score in a simulation',
      () => simulate(fy2566, {}, { indicatorScores: { '9': NaN } }),
      'change.indicatorScores.9',
      Reason.SCORE_NOT_A_NUMBER,
    ],
  ])('%s', (_scenario, call, field, reason) => {
    const error = thrownBy(call);
    expect(error).toBeInstanceOf(ScoringInputError);
    expect(error).toMatchObject({ field, reason, name: 'ScoringInputError' });
  });

  // The message is what the API sends beside the reason; each row pins the text and the value it quotes.
  it.each<[string, () => unknown, string]>([
    ['unknown indicator code', () => toolScores(fy2566, { '11': 50 }), 'unknown indicator "11"'],
    [
      'NaN indicator score',
      () => toolScores(fy2566, { '3': NaN }),
      'indicatorScores.3 must be a number, got NaN',
    ],
    [
      'indicator score as text',
      () => toolScores(fy2566, { '5': '85' as never }),
      'indicatorScores.5 must be a number, got 85',
    ],
    ['unknown tool code', () => totalScore(fy2566, { XIT: 50 }), 'unknown tool "XIT"'],
    ['unknown OIT item', () => oitIndicatorScores(fy2566, ['O1', 'O44']), 'unknown OIT item "O44"'],
  ])('%s: its message', (_scenario, call, message) => {
    expect(thrownBy(call)).toMatchObject({ message });
  });

  it('is a BadInputError, so the API reports BAD_USER_INPUT without a mapping of its own', () => {
    const error = thrownBy(() => toolScores(fy2566, { '1': 101 }));
    expect(error).toBeInstanceOf(BadInputError);
    expect(error).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      reason: Reason.SCORE_OUT_OF_RANGE,
      message: 'indicatorScores.1 must be between 0 and 100, got 101',
    });
  });
});
