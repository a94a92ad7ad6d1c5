/** WCAG 2.2 contrast of colours as getComputedStyle writes them (`rgb(…)` or `rgba(…)`). */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export function parseColour(css: string): Rgba {
  const parts = /^rgba?\(([^)]+)\)$/.exec(css.trim());
  if (!parts) throw new Error(`Not a computed colour: ${css}`);
  const [r, g, b, a = 1] = parts[1]
    .split(/[,\s/]+/)
    .filter(Boolean)
    .map(Number);
  return { r, g, b, a };
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/**
 * The colour seen behind an element: its own background and its ancestors' (innermost first)
 * painted over a white canvas.
 */
export function effectiveBackground(innermostFirst: string[]): Rgba {
  return innermostFirst
    .map(parseColour)
    .reverse()
    .reduce((below, layer) => over(layer, below), { r: 255, g: 255, b: 255, a: 1 });
}

function luminance({ r, g, b }: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio (1 to 21) of a colour, composited on `background`, against it. */
export function contrast(foreground: Rgba, background: Rgba): number {
  const [a, b] = [luminance(over(foreground, background)), luminance(background)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
