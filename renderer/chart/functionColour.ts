/**
 * A colour per function (department). Each function asks for the hue its
 * name hashes to, so a function keeps its colour from model to model; when
 * two functions of one model ask for the same hue, the one later in
 * alphabetical order moves on to the next free hue. No two functions of a
 * model share a colour while there are hues to give, and the hues are far
 * enough apart to tell at a glance.
 */

/** A model's hue (0 to 345, a multiple of 15, never the selection's blue) per function name, null for a role without a function. */
export type FunctionHues = (name: string) => number | null;

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

const keyOf = (name: string) => name.trim().toLowerCase();

/** Hues left out: the blue of selection and of the chain to the root (styles.css --selected, about 215 degrees). */
const SELECTION = (hue: number) => hue >= 200 && hue <= 230;
const wheel = (step: number) =>
  Array.from({ length: 360 / step }, (_, i) => i * step).filter((hue) => !SELECTION(hue));
/** 11 hues 30 degrees apart, and 22 of 15 degrees for models with more functions than that. */
const WIDE = wheel(30);
const NARROW = wheel(15);

/**
 * The hues of these functions: 30 degrees apart while there are at most 11
 * functions, 15 degrees apart up to 22; past that, hues repeat.
 */
export function functionHues(names: Iterable<string>): FunctionHues {
  // Names repeat (10,000 roles, a dozen functions): each distinct one is keyed once.
  const keys = [...new Set([...new Set(names)].map(keyOf).filter((k) => k !== ''))].sort();
  const slots = keys.length <= WIDE.length ? WIDE : NARROW;
  const taken = new Set<number>();
  const hues = new Map<string, number>();
  for (const key of keys) {
    const wanted = hash(key) % slots.length;
    let slot = wanted;
    for (let step = 1; taken.has(slot) && step < slots.length; step++) slot = (wanted + step) % slots.length;
    taken.add(slot);
    hues.set(key, slots[slot] as number);
  }
  const byName = new Map<string, number | null>();
  return (name) => {
    let hue = byName.get(name);
    if (hue === undefined) {
      const key = keyOf(name);
      hue = key === '' ? null : (hues.get(key) ?? (NARROW[hash(key) % NARROW.length] as number));
      byName.set(name, hue);
    }
    return hue;
  };
}

const byChart = new WeakMap<object, FunctionHues>();

/** {@link functionHues} of a chart's roles, worked out once per chart. */
export function chartHues(chart: { roles: readonly { function: string }[] }): FunctionHues {
  let hues = byChart.get(chart);
  if (hues === undefined) {
    hues = functionHues(chart.roles.map((r) => r.function));
    byChart.set(chart, hues);
  }
  return hues;
}

/** A solid colour for places without CSS theming (the minimap). */
export function hueColour(hue: number | null): string {
  return hue === null ? 'hsl(215 10% 60%)' : `hsl(${hue} 60% 52%)`;
}
