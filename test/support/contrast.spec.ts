import { contrast, effectiveBackground, parseColour } from './contrast';

describe('WCAG contrast of computed colours', () => {
  const white = parseColour('rgb(255, 255, 255)');

  it('spans 1:1 to 21:1, with the known grey at the 4.5:1 line', () => {
    expect(contrast(parseColour('rgb(0, 0, 0)'), white)).toBeCloseTo(21, 5);
    expect(contrast(white, white)).toBe(1);
    expect(contrast(parseColour('rgb(118, 118, 118)'), white)).toBeCloseTo(4.54, 2);
    expect(contrast(parseColour('rgb(119, 119, 119)'), white)).toBeLessThan(4.5);
  });

  it('paints translucent colours over what is behind them', () => {
    expect(effectiveBackground(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'])).toEqual({
      ...white,
      a: 1,
    });
    expect(effectiveBackground(['rgba(0, 0, 0, 0.5)', 'rgb(255, 255, 255)'])).toEqual({
      r: 127.5,
      g: 127.5,
      b: 127.5,
      a: 1,
    });
    // Half-transparent black text on white is mid grey, not black.
    expect(contrast(parseColour('rgba(0, 0, 0, 0.5)'), white)).toBeLessThan(4.5);
  });

  it('refuses what is not a computed colour', () => {
    expect(() => parseColour('#ffffff')).toThrow('Not a computed colour: #ffffff');
  });
});
