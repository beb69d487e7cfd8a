import { MeasureStatus, OPEN_MEASURE_STATUSES, isOpenMeasureStatus, openMeasureSql } from './measure-status';
import { isFinalStatus } from './measure-transitions';

describe('open measure', () => {
  it.each([
    [MeasureStatus.PLANNED, true],
    [MeasureStatus.IN_PROGRESS, true],
    [MeasureStatus.COMPLETED, false],
    [MeasureStatus.CANCELLED, false],
  ])('%s is open: %p', (status, open) => {
    expect(isOpenMeasureStatus(status)).toBe(open);
  });

  it('is exactly "not final" in the status machine', () => {
    for (const status of Object.values(MeasureStatus)) {
      expect([status, isOpenMeasureStatus(status)]).toEqual([status, !isFinalStatus(status)]);
    }
  });

  it('writes the same list as SQL, qualified or not', () => {
    expect(openMeasureSql('m')).toBe("m.status IN ('PLANNED', 'IN_PROGRESS')");
    expect(openMeasureSql()).toBe("status IN ('PLANNED', 'IN_PROGRESS')");
    expect(OPEN_MEASURE_STATUSES).toEqual(['PLANNED', 'IN_PROGRESS']);
  });

  it.each(['m; DROP TABLE measures', 'm.x', '', 'M'])('refuses %p as a table alias', (alias) => {
    expect(() => openMeasureSql(alias)).toThrow(/not a table alias/);
  });
});
