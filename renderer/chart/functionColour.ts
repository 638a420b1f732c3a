/**
 * A colour per function (department), derived from its name alone so the
 * same function has the same colour in every model, chart and export.
 */

/** Hue steps: 24 steps of 15 degrees keep neighbouring hues distinguishable. */
const STEPS = 24;

/**
 * FNV-1a over UTF-16 code units, then a finalizer so that names differing
 * in one letter land on distant hues. Small, fast, stable across runs.
 */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** The hue (0 to 345, a multiple of 15) of a function, or null when it has no name. */
export function functionHue(name: string): number | null {
  const key = name.trim().toLowerCase();
  if (key === '') return null;
  return (hash(key) % STEPS) * (360 / STEPS);
}

/** A solid colour for places without CSS theming (the minimap). */
export function functionColour(name: string): string {
  const hue = functionHue(name);
  return hue === null ? 'hsl(215 10% 60%)' : `hsl(${hue} 60% 52%)`;
}
