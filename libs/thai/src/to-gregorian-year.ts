/** 2566 → 2023. */
export function toGregorianYear(be: number): number {
  if (!Number.isInteger(be)) throw new RangeError(`toGregorianYear: ${be} is not an integer year`);
  return be - 543;
}
