/** Progress lines on stdout, stamped with the time of day, and the timings that go into the report. */
export function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

export async function timed<T>(label: string, fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  const ms = Math.round(performance.now() - start);
  log(`${label}: ${ms} ms`);
  return [value, ms];
}
