/**
 * First requests started before the console's framework has loaded (docs/web.md "Sizes, repeat visits and
 * Lighthouse"). The entry (`main.tsx`) is a few KiB: it asks here for the GET requests the landing page will make
 * first (`PageDef.first` in pages/registry.ts) while React and antd are still downloading; the API client
 * (`api/client.ts`) then takes each response instead of asking again. A response is taken once, only by a GET of
 * the same path and query with the same token, and only within a minute of the start; otherwise the client
 * fetches as usual. Nothing is stored beyond the page's memory.
 */
const MAX_AGE_MS = 60_000;

interface Early {
  authorization: string;
  at: number;
  response: Promise<Response>;
}
const started = new Map<string, Early>();

/** Starts a GET of `path` (`/v1/…` with its query) with the caller's token. */
export function startEarly(origin: string, path: string, token: string): void {
  const authorization = `Bearer ${token}`;
  const response = fetch(`${origin}${path}`, { headers: { authorization } });
  // A failure is the client's to report when it takes the response; unhandled here it would be logged twice.
  response.catch(() => undefined);
  started.set(path, { authorization, at: Date.now(), response });
}

/** The response of a request started early for this GET (same path, query and token), once; else undefined. */
export function takeEarly(request: Request): Promise<Response> | undefined {
  if (request.method !== 'GET') return undefined;
  const url = new URL(request.url);
  const key = url.pathname + url.search;
  const early = started.get(key);
  if (!early) return undefined;
  started.delete(key);
  if (Date.now() - early.at > MAX_AGE_MS || request.headers.get('authorization') !== early.authorization)
    return undefined;
  return early.response;
}

/**
 * A copy of the response of the request started early for `path`, for the entry's own first paint of the page's
 * content (main.tsx); the client still takes the original. Copied as soon as the response arrives, before the
 * client can have read the original's body.
 */
export function peekEarly(path: string): Promise<Response> | undefined {
  return started.get(path)?.response.then((r) => r.clone());
}
