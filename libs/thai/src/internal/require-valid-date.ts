export function requireValidDate(d: Date, argName: string): Date {
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) throw new RangeError(`${argName}: invalid Date`);
  return d;
}
