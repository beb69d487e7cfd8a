const THAI_ZERO = 0x0e50;

/** '2566' → '๒๕๖๖'; every other character is left alone. */
export function toThaiDigits(s: string | number): string {
  return String(s).replace(/[0-9]/g, (digit) => String.fromCharCode(THAI_ZERO + Number(digit)));
}
