/** Runs `fn` over items with at most `limit` in flight; results keep the input order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next;
      next += 1;
      results[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Starts `fn` over every item now, at most `limit` in flight, in the items' order, and returns one promise per
 * item at once — so a caller can use the first results while later ones are still running (mapLimit waits for
 * all). Each promise has a handler attached, so one that fails before the caller awaits it is not an unhandled
 * rejection; the caller still sees the error when it awaits it.
 */
export function startLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R>[] {
  const opens: (() => void)[] = [];
  const gates = items.map(() => new Promise<void>((resolve) => opens.push(resolve)));
  let next = 0;
  const openNext = () => {
    if (next < opens.length) (opens[next++] as () => void)();
  };
  for (let i = 0; i < Math.min(limit, items.length); i += 1) openNext();
  return items.map((item, i) => {
    const result = (gates[i] as Promise<void>).then(() => fn(item, i)).finally(openNext);
    result.catch(() => undefined);
    return result;
  });
}
