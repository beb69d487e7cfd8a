/** 2023 → 2566. */
export function toBuddhistYear(gregorian: number): number {
  if (!Number.isInteger(gregorian))
    throw new RangeError(`toBuddhistYear: ${gregorian} is not an integer year`);
  return gregorian + 543;
}
