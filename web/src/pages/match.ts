/**
 * The pattern a path matches (`/cases/new` before `/cases/:caseId`: fewer parameters first, as react-router ranks
 * them), if any. Used by the entry (main.tsx), which runs before the router has loaded.
 */
export function bestMatch<T extends { path: string }>(patterns: readonly T[], pathname: string): T | undefined {
  const parts = pathname.replace(/(.)\/+$/, '$1').split('/');
  let best: { item: T; params: number } | undefined;
  for (const item of patterns) {
    const pattern = item.path.split('/');
    if (pattern.length !== parts.length) continue;
    const params = pattern.filter((p) => p.startsWith(':')).length;
    const fits = pattern.every((p, i) => p.startsWith(':') || p === parts[i]);
    if (fits && (!best || params < best.params)) best = { item, params };
  }
  return best?.item;
}
