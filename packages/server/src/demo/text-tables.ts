/**
 * Demo data tables written as text, one row a line, so that they stay readable (and a
 * formatter keeps them one row a line).
 */

/** "南桂东路 南桂西路" → ["南桂东路", "南桂西路"]. */
export function words(text: string): string[] {
  const t = text.trim();
  return t ? t.split(/\s+/) : [];
}

/** The non-empty lines of a table, each split into words. */
export function rows(text: string): string[][] {
  return text
    .split("\n")
    .map(words)
    .filter((r) => r.length > 0);
}

/** "陈 105 李 75" → [["陈", 105], ["李", 75]]. */
export function weights(text: string): [string, number][] {
  const w = words(text);
  const pairs: [string, number][] = [];
  for (let i = 0; i + 1 < w.length; i += 2) pairs.push([w[i]!, Number(w[i + 1])]);
  return pairs;
}

/** "6 12 7 4" → [[6, 12], [7, 4]]. */
export function numberWeights(text: string): [number, number][] {
  return weights(text).map(([v, w]) => [Number(v), w]);
}
