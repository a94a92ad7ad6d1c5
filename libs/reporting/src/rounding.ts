/**
 * Rounds a non-negative figure half up to `decimals` places, on its decimal representation so
 * that 84.375 gives 84.4 (binary floating point would give 84.37 from `toFixed`).
 */
export function roundHalfUp(value: number, decimals = 1): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`roundHalfUp expects a non-negative number, got ${value}`);
  }
  return Number(`${Math.round(Number(`${value}e${decimals}`))}e-${decimals}`);
}
