import { ErrorReason } from '@prongsai/common';
import { MeasureStatus } from './measure-status';
import { assertCompletable, assertTransition, canTransition, isFinalStatus } from './measure-transitions';

const { PLANNED, IN_PROGRESS, COMPLETED, CANCELLED } = MeasureStatus;

describe('measure status machine', () => {
  it.each([
    [PLANNED, IN_PROGRESS, true],
    [PLANNED, CANCELLED, true],
    [PLANNED, COMPLETED, false],
    [PLANNED, PLANNED, true],
    [IN_PROGRESS, COMPLETED, true],
    [IN_PROGRESS, CANCELLED, true],
    [IN_PROGRESS, PLANNED, false],
    [COMPLETED, IN_PROGRESS, false],
    [COMPLETED, CANCELLED, false],
    [COMPLETED, PLANNED, false],
    [COMPLETED, COMPLETED, true],
    [CANCELLED, PLANNED, false],
    [CANCELLED, IN_PROGRESS, false],
    [CANCELLED, COMPLETED, false],
  ])('%s → %s allowed: %p', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
    if (allowed) expect(() => assertTransition(from, to)).not.toThrow();
    else
      expect(() => assertTransition(from, to)).toThrow(
        expect.objectContaining({
          code: 'BAD_USER_INPUT',
          field: 'status',
          // A final status is its own reason: the client says "closed", not "pick another status".
          reason: isFinalStatus(from) ? ErrorReason.MEASURE_CLOSED : ErrorReason.STATUS_CHANGE_NOT_ALLOWED,
        }),
      );
  });

  it('names the legal moves in the message', () => {
    expect(() => assertTransition(PLANNED, COMPLETED)).toThrow(
      'a PLANNED measure can become IN_PROGRESS or CANCELLED, not COMPLETED',
    );
    expect(() => assertTransition(CANCELLED, PLANNED)).toThrow(/final/);
  });

  it.each([
    [PLANNED, true],
    [IN_PROGRESS, true],
    [COMPLETED, false],
    [CANCELLED, false],
  ])('completeMeasure from %s allowed: %p', (from, allowed) => {
    if (allowed) expect(() => assertCompletable(from)).not.toThrow();
    else {
      expect(() => assertCompletable(from)).toThrow(
        expect.objectContaining({
          field: 'status',
          reason: ErrorReason.MEASURE_CLOSED,
          message: `a ${from} measure is final and cannot be completed`,
        }),
      );
    }
  });

  it('knows the final states', () => {
    // CARRIED_OVER: the measure lives on as its copy in the next fiscal year (issue 15).
    expect(Object.values(MeasureStatus).filter(isFinalStatus)).toEqual([
      COMPLETED,
      CANCELLED,
      MeasureStatus.CARRIED_OVER,
    ]);
  });
});
