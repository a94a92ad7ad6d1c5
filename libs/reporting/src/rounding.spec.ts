import { roundHalfUp } from './rounding';

describe('roundHalfUp', () => {
  it('rounds exact halves up, where binary floating point would round them down', () => {
    expect((84.375).toFixed(1)).toBe('84.4');
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(84.35)).toBe(84.4);
    expect(roundHalfUp(6.25)).toBe(6.3);
  });

  it('rounds the rest to the nearest tenth', () => {
    expect(roundHalfUp(73.42657)).toBe(73.4);
    expect(roundHalfUp(97.27891)).toBe(97.3);
    expect(roundHalfUp(0)).toBe(0);
    expect(roundHalfUp(100)).toBe(100);
  });

  it('refuses negative and non-finite figures', () => {
    expect(() => roundHalfUp(-1.25)).toThrow(RangeError);
    expect(() => roundHalfUp(Number.NaN)).toThrow(RangeError);
  });
});
