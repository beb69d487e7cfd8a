import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorReason, isErrorReason } from './error-reason';

describe('ErrorReason', () => {
  const entries = Object.entries(ErrorReason);

  it.each(entries)('%s is UPPER_SNAKE and equal to its key', (key, value) => {
    expect(value).toBe(key);
    expect(value).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
  });

  it('has no value twice', () => {
    const values = entries.map(([, value]) => value);
    expect(new Set(values).size).toBe(values.length);
    expect(values.length).toBeGreaterThan(0);
  });

  it('recognises its own values only', () => {
    expect(isErrorReason('DUE_DATE_AFTER_MEASURE')).toBe(true);
    expect(isErrorReason('due_date_after_measure')).toBe(false);
    expect(isErrorReason(undefined)).toBe(false);
  });

  // Clients build their message tables from these comments; an undocumented reason is a guess for them.
  it('documents every value with a comment right above it', () => {
    const lines = readFileSync(join(__dirname, 'error-reason.ts'), 'utf8').split('\n');
    const undocumented = entries
      .map(([key]) => key)
      .filter((key) => {
        const at = lines.findIndex((line) => line.trim().startsWith(`${key} = `));
        return at < 1 || !lines[at - 1].trim().endsWith('*/');
      });
    expect(undocumented).toEqual([]);
  });
});
